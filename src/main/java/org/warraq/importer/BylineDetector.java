package org.warraq.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises byline and outlet lines in the first lines after the title or the last lines of an
 * article: "By Name" / "بقلم الاسم"; "City - Name" at the top (a dateline); "Name – Outlet"; an
 * outlet-looking short line; a name of two or three words right after the title or at the very end.
 * Only short lines that do not end like a sentence qualify, so paragraphs are never taken.
 */
final class BylineDetector {
    /** How many lines after the title may hold a byline. */
    static final int TOP_LINES = 3;
    /** How many lines at the end may hold one. */
    static final int BOTTOM_LINES = 2;
    private static final int MAX_WORDS = 6;
    private static final int MAX_CHARS = 60;
    private static final int MAX_NAME_WORDS = 4;
    private static final Pattern BY = Pattern.compile("(?iu)^(?:by|بقلم|كتب|كتبت|إعداد|اعداد)\\s*:?\\s+(.+)$");
    /** A dash between two parts: a hyphen needs a space before it, so hyphenated words stay whole. */
    private static final Pattern DASH = Pattern.compile(" [-–—] ?| ?[–—] ");

    private enum Place { FIRST, TOP, BOTTOM, LAST }

    /** What one line says: an author, a source, either possibly null. */
    private record Parts(String author, String source) {
        static final Parts NONE = new Parts(null, null);
    }

    private BylineDetector() {
    }

    /** The byline in {@code body} (the kept lines after the title), or {@link Byline#NONE}. */
    static Byline detect(List<SourceLine> body) {
        List<SourceLine> candidates = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        int top = Math.min(TOP_LINES, body.size());
        for (int i = 0; i < top; i++) {
            candidates.add(body.get(i));
            places.add(i == 0 ? Place.FIRST : Place.TOP);
        }
        for (int i = body.size() - 1; i >= Math.max(top, body.size() - BOTTOM_LINES); i--) {
            candidates.add(body.get(i));
            places.add(i == body.size() - 1 ? Place.LAST : Place.BOTTOM);
        }
        String author = null;
        String source = null;
        List<SourceLine> used = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Parts found = parse(candidates.get(i).text(), places.get(i));
            boolean newAuthor = found.author() != null && author == null;
            boolean newSource = found.source() != null && source == null;
            if (newAuthor || newSource) {
                author = newAuthor ? found.author() : author;
                source = newSource ? found.source() : source;
                used.add(candidates.get(i));
            }
        }
        used.sort((a, b) -> Integer.compare(a.number(), b.number()));
        return author == null && source == null ? Byline.NONE : new Byline(author, source, used);
    }

    /** What one line says, if it is a byline. */
    private static Parts parse(String line, Place place) {
        String text = LineText.comparable(line);
        if (text.length() > MAX_CHARS || LineText.words(text) > MAX_WORDS || LineText.endsLikeSentence(text)
                || !LineText.hasLetter(text)) {
            return Parts.NONE;
        }
        Matcher by = BY.matcher(text);
        if (by.matches()) {
            Parts rest = parse(by.group(1), Place.FIRST);
            return rest.author() != null ? rest : new Parts(by.group(1), null);
        }
        String[] parts = DASH.split(text, -1);
        if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
            return dashed(parts[0].strip(), parts[1].strip(), place);
        }
        if (Outlets.looksLikeOutlet(text) && LineText.words(text) <= MAX_NAME_WORDS) {
            return new Parts(null, text);
        }
        boolean edge = place == Place.FIRST || place == Place.LAST;
        int words = LineText.words(text);
        if (edge && words >= 2 && words <= 3 && text.codePoints().noneMatch(Character::isDigit)) {
            return new Parts(text, null);
        }
        return Parts.NONE;
    }

    /** "City - Name" at the top is a dateline and a name; otherwise "Name – Outlet" (or the reverse). */
    private static Parts dashed(String left, String right, Place place) {
        if (LineText.words(left) > MAX_NAME_WORDS || LineText.words(right) > MAX_NAME_WORDS) {
            return Parts.NONE;
        }
        boolean leftOutlet = Outlets.looksLikeOutlet(left);
        boolean rightOutlet = Outlets.looksLikeOutlet(right);
        boolean top = place == Place.FIRST || place == Place.TOP;
        if (top && LineText.words(left) == 1 && !leftOutlet) {
            return rightOutlet ? new Parts(null, right) : new Parts(right, null);
        }
        if (leftOutlet && !rightOutlet) {
            return new Parts(right, left);
        }
        return new Parts(left, right);
    }
}
