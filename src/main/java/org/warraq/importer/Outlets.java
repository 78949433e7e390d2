package org.warraq.importer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a short line looks like the name of a news outlet ("أخبار ليبيا24", "الخليج أونلاين",
 * "Sky News"): it holds a word newsrooms put in their names, a domain, or a number glued to a name.
 */
final class Outlets {
    private static final Set<String> WORDS = Set.of(
            "أخبار", "اخبار", "الأخبار", "الاخبار", "جريدة", "الجريدة", "صحيفة", "الصحيفة", "موقع", "وكالة",
            "قناة", "مجلة", "المجلة", "نيوز", "أونلاين", "اونلاين", "بوابة", "شبكة", "إذاعة", "اذاعة", "راديو",
            "تلفزيون", "التلفزيون", "نت", "بوست", "تايمز", "برس", "رويترز", "إندبندنت", "اندبندنت",
            "news", "times", "post", "online", "press", "agency", "reuters", "afp", "bbc", "cnn", "tribune",
            "herald", "journal", "gazette", "daily", "radio", "tv", "magazine", "network", "monitor");
    private static final Pattern DOMAIN = Pattern.compile("(?i)[\\p{L}\\p{Nd}-]+\\.(com|net|org|info|news|[a-z]{2})");
    /** A name with a number glued to it, as outlets write it: ليبيا24, 24. */
    private static final Pattern NUMBERED = Pattern.compile("\\p{L}+\\p{Nd}{1,3}|24");

    private Outlets() {
    }

    /** Whether the text looks like an outlet's name. */
    static boolean looksLikeOutlet(String text) {
        for (String word : LineText.comparable(text).split(" ")) {
            String w = word.toLowerCase(Locale.ROOT);
            if (WORDS.contains(w) || DOMAIN.matcher(w).matches() || NUMBERED.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }
}
