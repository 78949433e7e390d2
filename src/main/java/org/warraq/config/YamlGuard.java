package org.warraq.config;

import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Bounds what a YAML document may cost before it is mapped: aliases, nesting depth and size.
 *
 * <p>Why a separate pass: a "billion laughs" block is small text that expands exponentially
 * when aliases are resolved. Walking the parser's events meets aliases without expanding
 * anything; and since the mapper reads an alias as its anchor's name, every alias is refused at
 * its position.
 */
public final class YamlGuard {
    /** Aliases the mapper's parser may meet; {@link #check} refuses the first, which is what the mapper would misread. */
    public static final int MAX_ALIASES = 20;
    /** Nesting depth of mappings and sequences. */
    public static final int MAX_DEPTH = 16;
    /** Characters in one document (front matter or site.yaml). */
    public static final int MAX_CHARS = 256 * 1024;

    private YamlGuard() {
    }

    /** A limit the document breaks, with its 1-based position; empty when it is within bounds. */
    public record Violation(int line, int column, String message) {
    }

    /** Checks the document; a syntax error is left for the mapper to report in its own words. */
    public static Optional<Violation> check(String yaml) {
        if (yaml.length() > MAX_CHARS) {
            return Optional.of(new Violation(1, 1, "YAML document is " + yaml.length()
                    + " characters long, more than the limit of " + MAX_CHARS + " — make it smaller"));
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        ParserImpl parser = new ParserImpl(new StreamReader(yaml), options);
        int depth = 0;
        try {
            while (true) {
                Event event = parser.getEvent();
                if (event instanceof StreamEndEvent) {
                    return Optional.empty();
                }
                if (event instanceof AliasEvent alias) {
                    // The mapper reads an alias as its anchor's name, never as the value: a
                    // "summary: *t" would publish the word "t". Refused, a "billion laughs" too.
                    return Optional.of(at(event.getStartMark(), "YAML aliases are not supported: '*" + alias.getAnchor()
                            + "' would be read as the word '" + alias.getAnchor() + "' — write the value itself"));
                }
                if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                    return Optional.of(at(event.getStartMark(), "YAML nested more than " + MAX_DEPTH
                            + " levels deep — flatten the structure"));
                }
                if (event instanceof CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (MarkedYAMLException syntaxError) {
            return Optional.empty();
        } catch (ReaderException unprintable) {
            // The reader refuses control characters (YAML allows none but tab and line breaks)
            // before the parser has a position to report, so the mapper's error has none either.
            return Optional.of(unprintable(yaml, unprintable.getCodePoint()));
        }
    }

    /**
     * The violation of the first character YAML does not allow. Found here rather than taken from
     * the reader's exception, whose position counts from the start of the reader's current buffer.
     */
    private static Violation unprintable(String yaml, int reported) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < yaml.length(); i += Character.charCount(yaml.codePointAt(i))) {
            int c = yaml.codePointAt(i);
            if (!StreamReader.isPrintable(c)) {
                return new Violation(line, column, refused(c));
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Violation(1, 1, refused(reported));
    }

    private static String refused(int codePoint) {
        return String.format("control character U+%04X is not allowed in YAML — remove it (in a double-quoted value, write it as \"\\u%04X\")",
                codePoint, codePoint);
    }

    private static Violation at(Mark mark, String message) {
        return new Violation(mark.getLine() + 1, mark.getColumn() + 1, message);
    }
}
