package org.warraq.serve;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The box that shows a failed rebuild's problems over the page. The server writes it into HTML
 * responses (text escaped here); the live-reload script builds the same box from an event with
 * {@code textContent}. Both use {@link #STYLE} and {@link #TITLE}, so they look the same.
 */
final class ErrorOverlay {
    static final String ID = "warraq-overlay";
    static final String TITLE = "Build failed \u2014 still serving the last good build";
    static final String STYLE = "position:fixed;inset:auto 0 0 0;z-index:2147483647;max-height:60vh;overflow:auto;"
            + "margin:0;padding:1rem 1.25rem;background:#2b0b0e;color:#ffe3e3;border-top:4px solid #e5484d;"
            + "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;text-align:left";
    static final String PRE_STYLE = "margin:.5rem 0 0;white-space:pre-wrap;unicode-bidi:plaintext;font:inherit";

    private ErrorOverlay() {
    }

    /** The overlay element for these problem lines, every character the user controls escaped. */
    static String html(List<String> lines) {
        return "<div id=\"" + ID + "\" role=\"alert\" dir=\"ltr\" lang=\"en\" style=\"" + STYLE + "\">"
                + "<strong>" + TITLE + "</strong>"
                + "<pre style=\"" + PRE_STYLE + "\">" + lines.stream().map(ErrorOverlay::escape)
                        .collect(Collectors.joining("\n")) + "</pre></div>";
    }

    /** Escapes text for an HTML text node or a quoted attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
