package org.warraq.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Decides what a request gets, in this order: only GET and HEAD (405), only a Host that names this
 * machine (403), only a safe path (400), then the event stream, the live-reload script or a file
 * of the current build. Nothing here sends Access-Control-Allow-Origin.
 */
final class Router {
    private static final String RESERVED = "__warraq";

    private final HostCheck hosts;
    private final SiteVersions versions;
    private final ReloadEvents events;
    private final Supplier<List<String>> problems;
    private final byte[] script = liveScript();

    Router(HostCheck hosts, SiteVersions versions, ReloadEvents events, Supplier<List<String>> problems) {
        this.hosts = hosts;
        this.versions = versions;
        this.events = events;
        this.problems = problems;
    }

    /** Answers one request. */
    void handle(Exchange exchange) throws IOException {
        Request request = exchange.request();
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            exchange.send(Response.text(405, "the preview server only answers GET and HEAD").with("Allow", "GET, HEAD"));
            return;
        }
        if (!hosts.allowsHost(request.header("host"))) {
            exchange.send(Response.text(403, "unknown Host — open the preview at http://localhost:<port>/"));
            return;
        }
        SafePaths.Decoded path;
        try {
            path = SafePaths.decode(request.rawPath());
        } catch (BadRequest e) {
            exchange.send(Response.text(e.status(), e.getMessage()));
            return;
        }
        if (path.first().equals(RESERVED)) {
            own(exchange, path);
            return;
        }
        SiteVersion version = versions.acquire();
        if (version == null) {
            exchange.send(Response.text(503, "the preview server is stopping"));
            return;
        }
        try {
            exchange.send(StaticFileHandler.handle(path, request.rawQuery(), version, problems.get()));
        } finally {
            version.release();
        }
    }

    /** The server's own addresses under /__warraq/. */
    private void own(Exchange exchange, SafePaths.Decoded path) throws IOException {
        String name = path.segments().size() == 2 && !path.trailingSlash() ? path.segments().get(1) : "";
        if (name.equals("events")) {
            if (!hosts.allowsOrigin(exchange.request().header("origin"))) {
                exchange.send(Response.text(403, "the event stream is only for pages of this preview"));
            } else if (exchange.request().isHead()) {
                exchange.send(Response.of(200, "text/event-stream; charset=utf-8", new byte[0]));
            } else {
                events.attach(exchange, versions.currentId(), problems.get());
            }
        } else if (name.equals("live.js")) {
            exchange.send(Response.of(200, "text/javascript; charset=utf-8", script));
        } else {
            exchange.send(Response.text(404, "no such preview resource"));
        }
    }

    /** The live-reload script with the overlay's look filled in from {@link ErrorOverlay}. */
    private static byte[] liveScript() {
        try (InputStream in = Router.class.getResourceAsStream("live.js")) {
            if (in == null) {
                throw new IllegalStateException("live.js is missing from the jar");
            }
            String js = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("__ID__", jsString(ErrorOverlay.ID))
                    .replace("__PRE_STYLE__", jsString(ErrorOverlay.PRE_STYLE))
                    .replace("__STYLE__", jsString(ErrorOverlay.STYLE))
                    .replace("__TITLE__", jsString(ErrorOverlay.TITLE));
            return js.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JavaScript string literal, ASCII only. */
    static String jsString(String text) {
        StringBuilder out = new StringBuilder("'");
        for (char c : text.toCharArray()) {
            if (c >= 0x20 && c < 0x7F && c != '\'' && c != '\\' && c != '<') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.append('\'').toString();
    }
}
