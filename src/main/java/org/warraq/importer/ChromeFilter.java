package org.warraq.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.warraq.config.SiteConfig;

/**
 * Removes what a web page wraps around an article's text: the lines site.yaml lists as
 * boilerplate, everything from an end marker on, reading-time widgets, blank lines (including
 * ones holding only no-break spaces) and a line repeating the one kept before it.
 */
final class ChromeFilter {
    private static final Pattern READING_TIME = Pattern.compile("(?iu).*(دقائق القراءة|دقيقة القراءة|دقائق للقراءة"
            + "|دقيقة للقراءة|دقائق قراءة|دقيقة قراءة|وقت القراءة|مدة القراءة|زمن القراءة"
            + "|reading time|time reading|reading icon|min read|mins read|minute read|minutes read|read time).*");
    /** A widget is a few words; a sentence that mentions reading time is text. */
    private static final int WIDGET_MAX_CHARS = 60;

    private final Set<String> boilerplate = new HashSet<>();
    private final Set<String> endMarkers = new HashSet<>();

    ChromeFilter(SiteConfig.ImportSettings settings) {
        settings.boilerplate().forEach(line -> boilerplate.add(LineText.comparable(line)));
        settings.endMarkers().forEach(line -> endMarkers.add(LineText.comparable(line)));
    }

    /** The lines that remain, with their edges stripped, and the ones removed, in input order. */
    record Result(List<SourceLine> kept, List<Removal> removed) {
        Result {
            kept = List.copyOf(kept);
            removed = List.copyOf(removed);
        }
    }

    Result filter(List<SourceLine> lines) {
        List<SourceLine> kept = new ArrayList<>();
        List<Removal> removed = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String text = LineText.comparable(line.text());
            if (text.isEmpty()) {
                if (!line.text().isBlank()) {
                    removed.add(new Removal(line.number(), Removal.Reason.INVISIBLE, ""));
                }
            } else if (endMarkers.contains(text)) {
                removed.add(new Removal(line.number(), Removal.Reason.END_MARKER, text));
                lines.subList(i + 1, lines.size()).stream()
                        .filter(rest -> !LineText.comparable(rest.text()).isEmpty())
                        .forEach(rest -> removed.add(new Removal(rest.number(), Removal.Reason.AFTER_END_MARKER,
                                LineText.comparable(rest.text()))));
                break;
            } else if (boilerplate.contains(text)) {
                removed.add(new Removal(line.number(), Removal.Reason.BOILERPLATE, text));
            } else if (text.length() <= WIDGET_MAX_CHARS && READING_TIME.matcher(text).matches()) {
                removed.add(new Removal(line.number(), Removal.Reason.READING_TIME, text));
            } else if (text.equals(previous)) {
                removed.add(new Removal(line.number(), Removal.Reason.DUPLICATE, text));
            } else {
                kept.add(new SourceLine(line.number(), LineText.strip(line.text())));
                previous = text;
            }
        }
        return new Result(kept, removed);
    }
}
