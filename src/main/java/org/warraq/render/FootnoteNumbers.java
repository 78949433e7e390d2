package org.warraq.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warraq.config.Language;
import org.warraq.config.Numerals;
import org.warraq.i18n.Localizer;

/**
 * Footnote numbers in the page language's digits. Flexmark numbers references and notes 1, 2, 3
 * whatever the language; a page whose language writes numbers ١، ٢، ٣ (site.yaml's
 * {@code numerals}) shows its footnotes so too, like its dates and counts. The references'
 * addresses ({@code #fn-1}) stay as they are: they are not read.
 */
final class FootnoteNumbers {
    /** A reference as Flexmark writes it: {@code <a class="footnote-ref" href="#fn-2">2</a>}. */
    private static final Pattern REFERENCE = Pattern.compile("(<a class=\"footnote-ref\" href=\"#fn-\\d+\">)(\\d+)</a>");
    /** The list of notes, whose markers CSS numbers ({@code .footnotes__list--arab} in warraq.css). */
    private static final String NOTES = "<div class=\"footnotes\">\n<hr />\n<ol>";

    private FootnoteNumbers() {
    }

    /** {@code html} (a body) with its footnote numbers in {@code language}'s digits; the same string when it has none. */
    static String localized(String html, Language language, Localizer t) {
        if (html == null || language.numerals() == Numerals.LATN || !html.contains("class=\"footnote-ref\"")) {
            return html;
        }
        String references = REFERENCE.matcher(html)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + t.digits(m.group(2)) + "</a>"));
        return references.replace(NOTES, "<div class=\"footnotes\">\n<hr />\n<ol class=\"footnotes__list--"
                + language.numerals().name().toLowerCase(java.util.Locale.ROOT) + "\">");
    }
}
