package org.warraq.config;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One language of the site, as configured in site.yaml.
 *
 * @param code           BCP 47 code, also the URL segment ({@code ar}, {@code en}, {@code fa})
 * @param name           the language's own name ("العربية")
 * @param direction      writing direction
 * @param locale         locale for dates, numbers and plural rules
 * @param weight         order in menus and choosers (lower first, then by code)
 * @param numerals       which digits are shown
 * @param calendar       a second calendar shown beside Gregorian dates
 * @param wordsPerMinute reading speed used for the reading-time estimate
 */
public record Language(String code, String name, Direction direction, Locale locale, int weight,
        Numerals numerals, CalendarSystem calendar, int wordsPerMinute) {

    /** Order of languages everywhere: weight, then code. */
    public static final Comparator<Language> ORDER =
            Comparator.comparingInt(Language::weight).thenComparing(Language::code);

    public Language {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(numerals, "numerals");
        Objects.requireNonNull(calendar, "calendar");
    }

    public boolean isRtl() {
        return direction == Direction.RTL;
    }
}
