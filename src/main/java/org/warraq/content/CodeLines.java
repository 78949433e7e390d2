package org.warraq.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which lines of a Markdown body are code (fenced blocks with their fences, indented blocks): what
 * a scan for text with a meaning of its own (a Hugo shortcode, the summary divider) leaves alone,
 * since there it is an example.
 */
final class CodeLines {
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private CodeLines() {
    }

    /** For each of {@code lines}, whether it is code. */
    static boolean[] of(String[] lines) {
        boolean[] code = new boolean[lines.length];
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i];
            Matcher opening = FENCE.matcher(text);
            if (opening.find()) {
                String marker = opening.group(1);
                if (fence == null) {
                    fence = marker.substring(0, 3);
                } else if (marker.startsWith(fence)) {
                    fence = null;
                }
                code[i] = true;
                continue;
            }
            code[i] = fence != null || text.startsWith("    ") || text.startsWith("\t");
        }
        return code;
    }
}
