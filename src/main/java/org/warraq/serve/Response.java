package org.warraq.serve;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A response: status, headers and a body held in memory or, for files sent as they are, read from
 * a file of an immutable build. The writer adds the headers every response carries
 * (Content-Length, nosniff, no-store, Connection: close).
 */
record Response(int status, Map<String, String> headers, byte[] body, Path file) {
    static final String TEXT = "text/plain; charset=utf-8";

    Response {
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    /** A response with a body of the given content type. */
    static Response of(int status, String contentType, byte[] body) {
        return new Response(status, Map.of("Content-Type", contentType), body, null);
    }

    /** A response whose body is a file, streamed when it is sent. */
    static Response file(String contentType, Path file) {
        return new Response(200, Map.of("Content-Type", contentType), new byte[0], file);
    }

    /** A short plain-text response, e.g. for errors; the text never echoes the request. */
    static Response text(int status, String text) {
        return of(status, TEXT, (status + " " + reason(status) + ": " + text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The same response with one more header. */
    Response with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Response(status, more, body, file);
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            case 505 -> "HTTP Version Not Supported";
            default -> "Status " + status;
        };
    }
}
