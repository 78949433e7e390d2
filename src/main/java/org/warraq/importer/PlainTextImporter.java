package org.warraq.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warraq.config.SiteConfig;

/**
 * Turns the text of one plain-text article into a {@link Draft}: chrome removed, the first
 * remaining line as title (unless it is longer than any headline), a byline recognised near the
 * top or bottom, short unpunctuated lines as headings, the latest explicit date as the date.
 * Paragraph text is copied unchanged.
 */
public final class PlainTextImporter {
    private final ChromeFilter chrome;

    /** An importer that removes what {@code settings} lists besides the built-in chrome. */
    public PlainTextImporter(SiteConfig.ImportSettings settings) {
        this.chrome = new ChromeFilter(settings);
    }

    /**
     * The draft and the lines left out of it.
     *
     * @param draft   the article
     * @param removed lines removed as chrome, boilerplate, end marker or duplicate, in input order
     */
    public record Conversion(Draft draft, List<Removal> removed) {
        public Conversion {
            removed = List.copyOf(removed);
        }
    }

    /**
     * Converts {@code text}; {@code fileDate} dates the article when its text has no explicit date.
     * Empty when nothing but chrome is left.
     */
    public Optional<Conversion> convert(String text, LocalDate fileDate) {
        ChromeFilter.Result filtered = chrome.filter(SourceLine.split(text));
        if (filtered.kept().isEmpty()) {
            return Optional.empty();
        }
        SourceLine first = filtered.kept().get(0);
        // A first line longer than any headline is the text itself (scraped pages often lose the
        // break after the title): it stays in the body, and the title is left for a person to write.
        boolean titled = first.text().codePointCount(0, first.text().length()) <= Draft.MAX_TITLE_LENGTH;
        List<SourceLine> body = filtered.kept().subList(titled ? 1 : 0, filtered.kept().size());
        Byline byline = BylineDetector.detect(body);
        Set<Integer> bylineLines = new HashSet<>();
        byline.lines().forEach(l -> bylineLines.add(l.number()));
        List<SourceLine> rest = body.stream().filter(l -> !bylineLines.contains(l.number())).toList();
        Optional<TextDate> found = DateFinder.latest(filtered.kept());
        Draft draft = new Draft(titled ? first.text() : Draft.NO_TITLE, titled ? first.number() : 0,
                found.map(TextDate::date).orElse(fileDate), found.orElse(null), byline, blocks(rest));
        return Optional.of(new Conversion(draft, filtered.removed()));
    }

    /** Headings and paragraphs; a short line with nothing after it is not a heading of anything. */
    private static List<Draft.Block> blocks(List<SourceLine> lines) {
        List<Draft.Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            boolean heading = i + 1 < lines.size() && HeadingDetector.isHeading(line.text());
            blocks.add(new Draft.Block(heading, line.text(), line.number()));
        }
        return blocks;
    }
}
