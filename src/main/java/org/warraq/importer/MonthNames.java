package org.warraq.importer;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Month names as news texts write them: the Egyptian and Gulf names (مايو), the Levantine and
 * Iraqi ones (أيار), the Maghrebi ones (ماي, جوان), and English names with their abbreviations.
 */
final class MonthNames {
    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

    static {
        add(1, "يناير", "كانون الثاني", "جانفي", "january", "jan");
        add(2, "فبراير", "شباط", "فيفري", "february", "feb");
        add(3, "مارس", "آذار", "اذار", "march", "mar");
        add(4, "أبريل", "إبريل", "ابريل", "نيسان", "أفريل", "افريل", "april", "apr");
        add(5, "مايو", "أيار", "ايار", "ماي", "may");
        add(6, "يونيو", "يونيه", "حزيران", "جوان", "june", "jun");
        add(7, "يوليو", "يوليه", "يوليوز", "تموز", "جويلية", "july", "jul");
        add(8, "أغسطس", "اغسطس", "آب", "أوت", "اوت", "غشت", "august", "aug");
        add(9, "سبتمبر", "أيلول", "ايلول", "شتنبر", "september", "sept", "sep");
        add(10, "أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول", "october", "oct");
        add(11, "نوفمبر", "تشرين الثاني", "نونبر", "november", "nov");
        add(12, "ديسمبر", "كانون الأول", "كانون الاول", "دجنبر", "december", "dec");
    }

    private MonthNames() {
    }

    private static void add(int month, String... names) {
        for (String name : names) {
            MONTHS.put(name, month);
        }
    }

    /** A regex alternation of all names, longest first so "مايو" is tried before "ماي". */
    static String alternation() {
        List<String> names = MONTHS.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        return names.stream().map(n -> n.replace(" ", "\\s+")).collect(Collectors.joining("|"));
    }

    /** The month number (1–12) of a name the alternation matched. */
    static int number(String name) {
        Integer month = MONTHS.get(LineText.comparable(name).toLowerCase(Locale.ROOT));
        if (month == null) {
            throw new IllegalArgumentException("not a month name: " + name);
        }
        return month;
    }
}
