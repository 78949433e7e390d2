package org.warraq.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import org.warraq.problem.BuildFailure;
import org.warraq.problem.Problem;

/**
 * Turns exceptions from commands into messages and exit codes. A user's error never prints a
 * stack trace unless {@code --debug} was given.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        CommandLine.ParseResult leaf = parsed;
        while (leaf.subcommand() != null) {
            leaf = leaf.subcommand(); // "new article --debug": the option belongs to the innermost command
        }
        boolean debug = leaf.hasMatchedOption("--debug");
        return report(e, err, debug, ". The previous output, if any, is unchanged.");
    }

    /**
     * Prints what went wrong on {@code err} (with its stack trace if {@code debug}); returns the
     * exit code it deserves. {@code afterFailedBuild} ends the line that counts a build's errors.
     */
    static int report(Exception e, PrintWriter err, boolean debug, String afterFailedBuild) {
        if (e instanceof BuildFailure failure) {
            Reports.problems(err, failure.problems());
            long errors = failure.problems().stream().filter(p -> p.isError()).count();
            err.println("Build failed: " + errors + (errors == 1 ? " error" : " errors") + afterFailedBuild);
            if (debug) {
                e.printStackTrace(err);
            }
            return Main.CONTENT_ERRORS;
        }
        if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException) {
            err.println(Problem.printable("error: " + e.getMessage())); // a message may quote a file's name or text
            if (debug) {
                e.printStackTrace(err);
            }
            return Main.CONTENT_ERRORS;
        }
        err.println(Problem.printable("warraq: internal error: " + e) + (debug ? "" : " (run with --debug for details)"));
        if (debug) {
            e.printStackTrace(err);
        }
        return 70;
    }
}
