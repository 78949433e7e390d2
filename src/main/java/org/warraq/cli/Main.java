package org.warraq.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code warraq}: the command-line entry point. It only wires commands; the work is in the stages. */
@Command(name = "warraq", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Static sites for multilingual, right-to-left-first publishing.")
public final class Main implements Runnable {
    /** Exit code for content or configuration errors. */
    public static final int CONTENT_ERRORS = 1;
    /** Exit code for bad command-line usage. */
    public static final int USAGE = 2;

    /** The commands in the order the usage help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("build", BuildCommand::new);
        COMMANDS.put("serve", ServeCommand::new);
        COMMANDS.put("check", CheckCommand::new);
        COMMANDS.put("new", NewCommand::new);
        COMMANDS.put("import", ImportCommand::new);
        COMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        try {
            System.exit(run(new PrintWriter(System.out, true), err, args));
        } catch (OutOfMemoryError e) {
            // The heap is capped by the launcher; the output is only replaced on success, so nothing is lost.
            err.println(outOfMemory(String.join(" ", args), "the previous output is unchanged"));
            System.exit(CONTENT_ERRORS);
        }
    }

    /** What to say when the heap ran out running {@code ./warraq command}, and what became of the output. */
    static String outOfMemory(String command, String outcome) {
        return "error: out of memory (Java heap limit " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MiB) — raise it, e.g. WARRAQ_JAVA_OPTS=-Xmx2g ./warraq " + command + "; " + outcome;
    }

    /** Runs the CLI with the given streams; returns the exit code (tests call this). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        // Picocli reads a command's annotations when it is added: a run that names its command
        // ("warraq build …") sets up only that one. Anything else (help, a typo) gets them all.
        String named = args.length > 0 && !args[0].equals("help") && COMMANDS.containsKey(args[0]) ? args[0] : null;
        COMMANDS.forEach((name, command) -> {
            if (named == null || named.equals(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new Failures());
        cli.setParameterExceptionHandler((ex, arguments) -> {
            err.println("warraq: " + ex.getMessage());
            // The whole command ("warraq new article"): the sub-subcommand's own name alone is no command.
            err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports the jar's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"warraq " + (version == null ? "development" : version)};
        }
    }
}
