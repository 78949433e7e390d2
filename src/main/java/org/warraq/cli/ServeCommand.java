package org.warraq.cli;

import java.util.concurrent.Callable;
import org.warraq.serve.PreviewServer;
import org.warraq.serve.ServeOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warraq serve}: builds the site, serves it with live reload and rebuilds on every change. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site, serve it at http://127.0.0.1:8080/ and rebuild and reload on every change.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String bind = "127.0.0.1";

    @Option(names = "--drafts", description = "Include articles marked draft: true.")
    boolean drafts;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        try {
            java.net.InetAddress.getByName(bind);
        } catch (java.net.UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bind: '" + bind
                    + "' is not an address or a known host name — use 127.0.0.1 (this machine only) or an address of this machine");
        }
        var out = spec.commandLine().getOut();
        if (!PreviewServer.isLoopback(bind)) {
            spec.commandLine().getErr().println("warning: --bind " + bind + " makes the preview reachable from other machines;"
                    + " it is a development server — use it on networks you trust, and only while you need it");
        }
        PreviewServer server = PreviewServer.start(new ServeOptions(site.source, bind, port, drafts), out);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "warraq-shutdown"));
        out.println("Serving " + site.source.toAbsolutePath().normalize() + (drafts ? " (drafts included)" : "") + " at " + server.url());
        out.println("Watching site.yaml, content/, templates/ and static/ (" + server.watchedFolders()
                + " folders). Press Ctrl-C to stop.");
        out.flush();
        server.awaitClose();
        return 0;
    }
}
