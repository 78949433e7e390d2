package org.warraq.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about the user's sources, with the place it was found.
 *
 * <p>Problems are values: stages collect them instead of throwing, so one build reports all of
 * them. {@code line} and {@code column} are 1-based; 0 means "not known".
 */
public record Problem(Severity severity, String path, int line, int column, String message) {

    /** Orders problems by file, then position, then text: reports are deterministic. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** An error at a position in a file. */
    public static Problem error(String path, int line, int column, String message) {
        return new Problem(Severity.ERROR, path, line, column, message);
    }

    /** A warning at a position in a file. */
    public static Problem warning(String path, int line, int column, String message) {
        return new Problem(Severity.WARNING, path, line, column, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem moved down by {@code lines} lines (for text embedded in a file). */
    public Problem shiftedBy(int lines) {
        return line == 0 ? this : new Problem(severity, path, line + lines, column, message);
    }

    /**
     * {@code path:line:col: message}, leaving out what is not known, on one line that a terminal
     * shows as it is: control characters (which a message may quote from content, say a link to
     * {@code #%1b[2J}) are written as escapes (a backslash, 'u' and four hex digits), so a source
     * can neither send the terminal commands nor start a line that looks like another finding.
     */
    public String format() {
        StringBuilder out = new StringBuilder();
        printable(path, out);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ");
        printable(message, out);
        return out.toString();
    }

    /** {@code text} cut to 60 code points, with an ellipsis, for quoting a value in a message (a data: URL can be long). */
    public static String shorten(String text) {
        return shorten(text, 60);
    }

    /** {@code text} cut to {@code codePoints} code points (never inside a surrogate pair), with an ellipsis. */
    public static String shorten(String text, int codePoints) {
        return text.codePointCount(0, text.length()) > codePoints ? text.substring(0, text.offsetByCodePoints(0, codePoints)) + "…" : text;
    }

    /** {@code text} with its control characters written as escapes, fit for a terminal (see {@link #format}). */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        printable(text, out);
        return out.toString();
    }

    private static void printable(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
    }
}
