package org.warraq.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Answers a request for a file of one build: the file, a directory's index.html, a redirect that
 * adds a directory's missing '/', or the site's own 404 page for the language of the path. No
 * directory is ever listed. HTML gets the live-reload snippet; everything else goes out as built.
 */
final class StaticFileHandler {
    private static final String FALLBACK_404 = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Not found</title></head><body><h1>Not found</h1>"
            + "<p>This build has no page here (and no 404.html).</p></body></html>\n";

    private StaticFileHandler() {
    }

    /** The response for {@code path} in {@code version}, while {@code problems} describe a failing rebuild. */
    static Response handle(SafePaths.Decoded path, String rawQuery, SiteVersion version, List<String> problems)
            throws IOException {
        Path root = version.root();
        Optional<Path> found = SafePaths.resolve(root, path);
        if (found.isPresent() && Files.isDirectory(found.get())) {
            found = SafePaths.inside(root, found.get().resolve("index.html")).filter(Files::isRegularFile);
            if (found.isPresent() && !path.trailingSlash()) {
                return Response.text(301, "moved to the directory's address")
                        .with("Location", path.encoded() + "/" + asciiQuery(rawQuery));
            }
        } else if (path.trailingSlash() && !path.segments().isEmpty()) {
            found = Optional.empty();
        }
        if (found.isEmpty() || !Files.isRegularFile(found.get())) {
            return notFound(path, version, problems);
        }
        return file(200, found.get(), version, problems);
    }

    private static Response file(int status, Path file, SiteVersion version, List<String> problems) throws IOException {
        String type = ContentTypes.of(file.getFileName().toString());
        if (!ContentTypes.isHtml(type)) {
            return Response.file(type, file);
        }
        byte[] page = LiveReloadInjector.inject(Files.readAllBytes(file), LiveReloadInjector.snippet(version.id(), problems));
        return Response.of(status, type, page);
    }

    /** The site's 404 page for the path's language ({@code /<lang>/404.html}), else {@code /404.html}. */
    private static Response notFound(SafePaths.Decoded path, SiteVersion version, List<String> problems)
            throws IOException {
        Path root = version.root();
        Optional<Path> page = Optional.empty();
        if (path.segments().size() > 1 || path.trailingSlash() && !path.segments().isEmpty()) {
            page = regularFile(root, new SafePaths.Decoded(List.of(path.first(), "404.html"), false));
        }
        if (page.isEmpty()) {
            page = regularFile(root, new SafePaths.Decoded(List.of("404.html"), false));
        }
        if (page.isPresent()) {
            return file(404, page.get(), version, problems);
        }
        byte[] fallback = FALLBACK_404.getBytes(StandardCharsets.UTF_8);
        return Response.of(404, ContentTypes.HTML,
                LiveReloadInjector.inject(fallback, LiveReloadInjector.snippet(version.id(), problems)));
    }

    private static Optional<Path> regularFile(Path root, SafePaths.Decoded path) {
        return SafePaths.resolve(root, path).filter(Files::isRegularFile);
    }

    /** The query string, with anything outside printable ASCII percent-encoded, fit for a Location header. */
    private static String asciiQuery(String rawQuery) {
        StringBuilder out = new StringBuilder();
        for (byte b : rawQuery.getBytes(StandardCharsets.ISO_8859_1)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
