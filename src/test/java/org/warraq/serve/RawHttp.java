package org.warraq.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A test client that writes requests byte for byte (java.net.http normalizes paths, so it cannot
 * send traversal attempts) and reads the whole answer until the server closes the connection.
 */
final class RawHttp {
    private static final int TIMEOUT_MILLIS = 20_000;

    private RawHttp() {
    }

    /** A parsed answer. Header names are lower case. */
    record Answer(int status, Map<String, String> headers, byte[] body, boolean complete) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + text().substring(0, Math.min(200, body.length));
        }
    }

    /** GET {@code target} with a Host the server accepts. */
    static Answer get(int port, String target) {
        return send(port, "GET " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n\r\n");
    }

    /** Sends {@code request} as ISO-8859-1 bytes (one char = one byte). */
    static Answer send(int port, String request) {
        return send(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    static Answer send(int port, byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an answer from a stream that ends when the server closes the connection. */
    static Answer read(InputStream in) throws IOException {
        return parse(in.readAllBytes());
    }

    private static Answer parse(byte[] all) {
        int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (end < 0) {
            throw new AssertionError("no complete response head in: " + new String(all, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(all, 0, end, StandardCharsets.UTF_8).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).toLowerCase(Locale.ROOT);
            if (headers.put(name, lines[i].substring(colon + 1).strip()) != null) {
                throw new AssertionError("header sent twice: " + name);
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(all, end + 4, all.length - end - 4);
        String length = headers.get("content-length");
        boolean complete = length != null && Long.parseLong(length) == body.size();
        return new Answer(status, headers, body.toByteArray(), complete);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
