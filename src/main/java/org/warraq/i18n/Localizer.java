package org.warraq.i18n;

import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import org.warraq.config.CalendarSystem;
import org.warraq.config.Language;
import org.warraq.config.Numerals;

/**
 * Everything language-specific a template shows: UI strings with plural forms, numbers in the
 * language's digits, dates with CLDR month names and the optional Hijri date.
 *
 * <p>One per language, shared by all pages of it; thread-safe. Keys that templates ask for and
 * the file lacks are remembered (and fail the build) instead of showing a blank.
 */
public final class Localizer {
    private final Language language;
    private final MessageCatalog catalog;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter hijriFormat;
    /** The language's locale for ICU (null unless its calendar is persian). */
    private final com.ibm.icu.util.ULocale persianLocale;
    /** Solar Hijri month names in the language (null unless its calendar is persian). */
    private final String[] persianMonths;
    private final Set<String> missing = new ConcurrentSkipListSet<>();

    public Localizer(Language language, MessageCatalog catalog) {
        this.language = language;
        this.catalog = catalog;
        this.dateFormat = DateTimeFormatter.ofPattern("d MMMM y", language.locale()).withDecimalStyle(DecimalStyle.STANDARD);
        this.hijriFormat = DateTimeFormatter.ofPattern("d MMMM y", language.locale())
                .withChronology(HijrahChronology.INSTANCE).withDecimalStyle(DecimalStyle.STANDARD);
        // ICU's locale and calendar data load only for a language that asks for the Persian calendar.
        boolean persian = language.calendar() == CalendarSystem.PERSIAN;
        this.persianLocale = persian ? com.ibm.icu.util.ULocale.forLocale(language.locale()) : null;
        this.persianMonths = persian ? new com.ibm.icu.text.DateFormatSymbols(com.ibm.icu.util.PersianCalendar.class, persianLocale)
                .getMonths(com.ibm.icu.text.DateFormatSymbols.FORMAT, com.ibm.icu.text.DateFormatSymbols.WIDE) : null;
    }

    public Language language() {
        return language;
    }

    /** The UI string for {@code key}; the key itself (and a recorded error) when it is missing. */
    public String msg(String key) {
        String value = catalog.get(language.code(), key);
        if (value == null) {
            missing.add(key);
            return key;
        }
        return value;
    }

    /** The UI string with {0} replaced by {@code argument}. */
    public String msg(String key, Object argument) {
        return msg(key).replace("{0}", argument instanceof Number n ? number(n.longValue()) : String.valueOf(argument));
    }

    /** The plural form of {@code key} for {@code n}, with {0} replaced by {@code n} in the language's digits. */
    public String plural(String key, long n) {
        return msg(key + "." + PluralForms.category(language, n)).replace("{0}", number(n));
    }

    /**
     * One plural form of {@code key} with its {0} placeholder kept, for scripts that count at
     * run time; null when the language's plural rules do not use {@code category}.
     */
    public String form(String key, String category) {
        return PluralForms.rules(language).getKeywords().contains(category) ? msg(key + "." + category) : null;
    }

    /** A whole number in the language's digits. */
    public String number(long n) {
        return digits(Long.toString(n));
    }

    /** Latin digits in {@code text} replaced by the language's digits. */
    public String digits(String text) {
        if (language.numerals() == Numerals.LATN) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (language.numerals().zero() + (c - '0')) : c);
        }
        return out.toString();
    }

    /** A date as readers of the language write it ("12 مايو 2022" in Arabic digits for ar). */
    public String date(LocalDate day) {
        return digits(dateFormat.format(day));
    }

    /**
     * The date in the language's second calendar, if it has one: the Hijri (Umm al-Qura) date
     * with its suffix ("١٠ شوال ١٤٤٣ هـ"), or the Solar Hijri date ("۱۶ آذر ۱۴۰۵"), which
     * needs none where it is the calendar of everyday life. Null otherwise.
     */
    public String hijri(LocalDate day) {
        return switch (language.calendar()) {
            case GREGORIAN -> null;
            case ISLAMIC_UMALQURA -> {
                try {
                    yield digits(hijriFormat.format(HijrahDate.from(day))) + " " + msg("date.hijriSuffix");
                } catch (java.time.DateTimeException outOfRange) {
                    yield null;
                }
            }
            case PERSIAN -> digits(solarHijri(day));
        };
    }

    /**
     * "d MMMM y" in the Solar Hijri calendar with the locale's month names (Persian آذر, Dari
     * قوس with fa-AF, English Azar), in ASCII digits. ICU4J's calendar, which java.time lacks;
     * a calendar per call, since ICU's are not thread-safe and pages are rendered in parallel.
     */
    private String solarHijri(LocalDate day) {
        var calendar = new com.ibm.icu.util.PersianCalendar(com.ibm.icu.util.TimeZone.GMT_ZONE, persianLocale);
        calendar.setTimeInMillis(day.toEpochDay() * 86_400_000L);
        return calendar.get(com.ibm.icu.util.Calendar.DAY_OF_MONTH) + " " + persianMonths[calendar.get(com.ibm.icu.util.Calendar.MONTH)]
                + " " + calendar.get(com.ibm.icu.util.Calendar.EXTENDED_YEAR);
    }

    /** Keys templates asked for that the language's strings lack. */
    public Set<String> missingKeys() {
        return Set.copyOf(missing);
    }
}
