package org.warraq.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Adds the live-reload script (and, while a rebuild is failing, the error overlay) to an HTML page
 * that {@code serve} sends. It works on bytes and looks only for the ASCII {@code </body}, so it
 * never re-encodes the page. {@code build} output never passes through here.
 */
final class LiveReloadInjector {
    static final String SCRIPT_PATH = "/__warraq/live.js";

    private LiveReloadInjector() {
    }

    /** The snippet for a page of build {@code buildId}, with the overlay when {@code problems} is not empty. */
    static String snippet(String buildId, List<String> problems) {
        String overlay = problems.isEmpty() ? "" : ErrorOverlay.html(problems);
        return overlay + "<script src=\"" + SCRIPT_PATH + "\" data-build=\"" + ErrorOverlay.escape(buildId) + "\"></script>";
    }

    /** The page with {@code snippet} inserted before its last {@code </body>}, or appended when it has none. */
    static byte[] inject(byte[] html, String snippet) {
        byte[] insert = snippet.getBytes(StandardCharsets.UTF_8);
        int at = lastBodyClose(html);
        if (at < 0) {
            at = html.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(html.length + insert.length);
        out.write(html, 0, at);
        out.write(insert, 0, insert.length);
        out.write(html, at, html.length - at);
        return out.toByteArray();
    }

    private static int lastBodyClose(byte[] html) {
        byte[] needle = "</body".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = html.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                int b = html[i + j];
                if (b >= 'A' && b <= 'Z') {
                    b += 'a' - 'A';
                }
                if (b != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
