package org.warraq.content;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warraq.problem.Problem;

/**
 * Finds Hugo shortcodes ({@code {{< youtube id >}}}, {@code {{% notice %}}}) in a body moved
 * from Hugo: Warraq has none, so each would be published as the text it is. Those inside code
 * (fenced blocks, indented blocks, {@code `spans`}) are examples and are left alone.
 */
final class HugoShortcodes {
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{[<%]\\s*/?\\s*([\\w.-]+)[^\\n]*?[>%]\\}\\}");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)[^`]*?\\1");

    private HugoShortcodes() {
    }

    /** Whether "{{<" or "{{%" occurs: one scan of every body of a build, which all but a few end without a find. */
    private static boolean mayHaveOne(String body) {
        for (int at = body.indexOf("{{"); at >= 0; at = body.indexOf("{{", at + 1)) {
            if (at + 2 < body.length() && (body.charAt(at + 2) == '<' || body.charAt(at + 2) == '%')) {
                return true;
            }
        }
        return false;
    }

    /** A warning at the first shortcode outside code, counting the others, or nothing. */
    static List<Problem> check(String body, String path, int firstLine) {
        if (!mayHaveOne(body)) {
            return List.of();
        }
        String[] lines = body.split("\n", -1);
        boolean[] code = CodeLines.of(lines);
        int count = 0;
        int line = 0;
        int column = 0;
        String first = null;
        String firstName = null;
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i];
            if (code[i]) {
                continue;
            }
            // Code spans blanked out, so positions in the line stay as written.
            Matcher span = CODE_SPAN.matcher(text);
            StringBuilder visible = new StringBuilder(text);
            while (span.find()) {
                for (int c = span.start(); c < span.end(); c++) {
                    visible.setCharAt(c, ' ');
                }
            }
            Matcher shortcode = SHORTCODE.matcher(visible);
            while (shortcode.find()) {
                if (first == null) {
                    first = text.substring(shortcode.start(), shortcode.end());
                    firstName = shortcode.group(1);
                    line = firstLine + i;
                    column = shortcode.start() + 1;
                }
                count++;
            }
        }
        if (first == null) {
            return List.of();
        }
        String instead = switch (firstName) {
            case "ref", "relref" -> "link to the .md file itself, [text](other.md)";
            case "figure" -> "write it as a picture with its caption as title, ![what it shows](photo.jpg \"caption\")";
            default -> "write it in Markdown, as a link or an image";
        };
        return List.of(Problem.warning(path, line, column, "Hugo shortcode '" + Problem.shorten(first) + "' is published as text"
                + (count > 1 ? " (and " + (count - 1) + " more in this file)" : "") + " — Warraq has no shortcodes: " + instead));
    }
}
