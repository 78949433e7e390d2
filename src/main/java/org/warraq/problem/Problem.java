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

    /** {@code path:line:col: message}, leaving out what is not known. */
    public String format() {
        StringBuilder out = new StringBuilder(path);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ").append(message).toString();
    }
}
