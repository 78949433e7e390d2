package org.warraq.content;

import org.warraq.problem.Problem;

/**
 * Splits a content file into its YAML front matter and its Markdown body.
 *
 * <p>Tolerates a UTF-8 byte-order mark and CRLF or CR line ends (files from Windows editors),
 * which are normalized to LF before anything else reads the text.
 */
public final class FrontMatterSplitter {
    private static final String FENCE = "---";

    private FrontMatterSplitter() {
    }

    /**
     * The two parts of a file; {@code yamlLine} and {@code bodyLine} are the 1-based lines where
     * they start, so positions inside them map back to the file.
     */
    public record Split(String yaml, int yamlLine, String body, int bodyLine, Problem problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /** Normalizes line ends and removes a BOM. */
    public static String normalize(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Splits the text of {@code path}. */
    public static Split split(String text, String path) {
        String normalized = normalize(text);
        String[] lines = normalized.split("\n", -1);
        if (lines.length > 0 && (lines[0].strip().equals("+++") || lines[0].strip().startsWith("{"))) {
            // Hugo's other two formats: an author moving a site over meets this first.
            String format = lines[0].strip().equals("+++") ? "TOML front matter ('+++')" : "JSON front matter ('{')";
            return failed(Problem.error(path, 1, 1, format + " is not read here — write it as YAML between '---' lines"
                    + " (title: \"…\", date: 2022-05-11)"));
        }
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            return failed(Problem.error(path, 1, 1,
                    "no front matter: the file must start with a line '---' — add front matter with at least title and date"));
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.equals(FENCE) || line.equals("...")) {
                String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return new Split(yaml, 2, body, i + 2, null);
            }
        }
        return failed(Problem.error(path, 1, 1,
                "front matter is not closed: no '---' line after the opening one — add a line '---' after the last key"));
    }

    private static Split failed(Problem problem) {
        return new Split(null, 0, null, 0, problem);
    }
}
