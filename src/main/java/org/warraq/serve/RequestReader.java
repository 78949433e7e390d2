package org.warraq.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one HTTP/1.x request head from a socket, strictly and within limits: the head is at most
 * 16 KiB, lines end in CRLF (or LF), and the request line has exactly three parts. Bytes are read
 * as ISO-8859-1 so that nothing is decoded before {@link SafePaths} looks at the target.
 */
final class RequestReader {
    static final int MAX_HEAD = 16 * 1024;
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern VERSION = Pattern.compile("HTTP/1\\.[01]");

    private RequestReader() {
    }

    /** The request head, or null when the client closed the connection before sending one. */
    static Request read(InputStream in) throws IOException, BadRequest {
        String head = readHead(in);
        if (head == null) {
            return null;
        }
        String[] lines = head.split("\r?\n", -1);
        String[] parts = lines[0].split(" ", -1);
        if (parts.length != 3 || !TOKEN.matcher(parts[0]).matches() || parts[1].isEmpty()) {
            throw new BadRequest(400, "malformed request line");
        }
        if (!VERSION.matcher(parts[2]).matches()) {
            throw new BadRequest(505, "only HTTP/1.0 and HTTP/1.1 are supported");
        }
        return new Request(parts[0], parts[1], parts[2], headers(lines));
    }

    private static Map<String, String> headers(String[] lines) throws BadRequest {
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            if (line.indexOf('\r') >= 0) {
                throw new BadRequest(400, "bare CR in a header line");
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !TOKEN.matcher(line.substring(0, colon)).matches()) {
                throw new BadRequest(400, "malformed header line");
            }
            String name = line.substring(0, colon).toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (name.equals("host") && headers.containsKey("host")) {
                throw new BadRequest(400, "more than one Host header");
            }
            headers.putIfAbsent(name, value);
        }
        return headers;
    }

    /** Reads up to and including the blank line that ends the head. */
    private static String readHead(InputStream in) throws IOException, BadRequest {
        ByteArrayOutputStream head = new ByteArrayOutputStream(512);
        int newlines = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (head.size() == 0) {
                    return null;
                }
                throw new BadRequest(400, "incomplete request head");
            }
            if (head.size() >= MAX_HEAD) {
                throw new BadRequest(431, "request head larger than " + MAX_HEAD + " bytes");
            }
            if (b == '\n') {
                if (++newlines == 2) {
                    String text = head.toString(StandardCharsets.ISO_8859_1);
                    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
                }
            } else if (b != '\r') {
                newlines = 0;
            }
            if (b == 0) {
                throw new BadRequest(400, "NUL byte in the request head");
            }
            head.write(b);
        }
    }
}
