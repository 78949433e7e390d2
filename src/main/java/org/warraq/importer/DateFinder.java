package org.warraq.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds explicit calendar dates in an article's text: day, month name and year ("11 مايو 2022",
 * "10 نوفمبر2020", "11 أيار/مايو 2022", "May 11, 2022") or ISO ("2022-05-11"), in any decimal
 * digits (٢٠٢٢ too). A month and year without a day is not explicit enough to date an article.
 */
final class DateFinder {
    private static final String MONTH = "(?:" + MonthNames.alternation() + ")";
    private static final String DAY = "(?<!\\p{Nd})(\\p{Nd}{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(\\p{Nd}{4})(?!\\p{Nd})";
    /** "11 مايو 2022", "10 نوفمبر2020", "11 من مايو 2022", "11 أيار (مايو) 2022", "11th May 2022". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(DAY + "\\s*(?:من\\s+|of\\s+)?(" + MONTH + ")\\.?"
            + "(?:\\s*[/(]\\s*" + MONTH + "\\s*\\)?)?\\s*[,،]?\\s*(?:عام\\s+|سنة\\s+)?" + YEAR,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "May 11, 2022". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<!\\p{L})(" + MONTH + ")\\.?\\s+" + DAY + ",?\\s+" + YEAR,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ISO = Pattern.compile("(?<!\\p{Nd})(\\p{Nd}{4})-(\\p{Nd}{2})-(\\p{Nd}{2})(?!\\p{Nd})");

    private DateFinder() {
    }

    /** The latest date in the lines; of equal dates, the first written. */
    static Optional<TextDate> latest(List<SourceLine> lines) {
        return lines.stream().flatMap(line -> all(line).stream())
                .max(Comparator.comparing(TextDate::date).thenComparing(TextDate::line, Comparator.reverseOrder()));
    }

    /** Every date on one line, in order. */
    static List<TextDate> all(SourceLine line) {
        List<TextDate> found = new ArrayList<>();
        String text = line.text();
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            day(number(m.group(3)), MonthNames.number(m.group(2)), number(m.group(1)), m.group(), line, found);
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            day(number(m.group(3)), MonthNames.number(m.group(1)), number(m.group(2)), m.group(), line, found);
        }
        m = ISO.matcher(text);
        while (m.find()) {
            day(number(m.group(1)), number(m.group(2)), number(m.group(3)), m.group(), line, found);
        }
        return found;
    }

    private static void day(int year, int month, int day, String text, SourceLine line, List<TextDate> found) {
        try {
            found.add(new TextDate(LocalDate.of(year, month, day), LineText.comparable(text), line.number()));
        } catch (DateTimeException e) {
            // 31 June is not a date; the text's other dates still count
        }
    }

    /** A number in any decimal digits: 2022 or ٢٠٢٢. */
    private static int number(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); ) {
            int cp = digits.codePointAt(i);
            value = value * 10 + Character.digit(cp, 10);
            i += Character.charCount(cp);
        }
        return value;
    }
}
