package org.warraq.i18n;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.warraq.config.Language;
import org.warraq.problem.Problem;

/**
 * CLDR plural categories: which form of a counted phrase a number takes in a language
 * (Arabic has six: zero, one, two, few, many, other).
 */
public final class PluralForms {
    static final Set<String> CATEGORIES = Set.of("zero", "one", "two", "few", "many", "other");

    private PluralForms() {
    }

    /** The plural category of {@code n} in the language. */
    public static String category(Language language, long n) {
        return rules(language).select(n);
    }

    static PluralRules rules(Language language) {
        return PluralRules.forLocale(ULocale.forLocale(language.locale()));
    }

    /** Problems in a language's strings: keys missing against the reference, plural forms missing. */
    static List<Problem> check(Language language, Map<String, String> own, Map<String, String> reference, String path) {
        List<Problem> problems = new ArrayList<>();
        Set<String> pluralStems = new TreeSet<>();
        for (String key : reference.keySet()) {
            String stem = stem(key);
            if (stem != null) {
                pluralStems.add(stem);
            } else if (!own.containsKey(key)) {
                problems.add(Problem.error(path, 0, 0, "missing UI string '" + key + "' for language '" + language.code()
                        + "' — add it (the English file has it)"));
            }
        }
        Set<String> needed = rules(language).getKeywords();
        for (String stem : pluralStems) {
            for (String category : new TreeSet<>(needed)) {
                if (!own.containsKey(stem + "." + category)) {
                    problems.add(Problem.error(path, 0, 0, "missing UI string '" + stem + "." + category + "' for language '"
                            + language.code() + "' — its plural rules use the form '" + category + "'"));
                }
            }
        }
        return problems;
    }

    /** For "articles.count.few" the stem "articles.count"; null for a key that is not a plural form. */
    static String stem(String key) {
        int dot = key.lastIndexOf('.');
        return dot > 0 && CATEGORIES.contains(key.substring(dot + 1)) ? key.substring(0, dot) : null;
    }
}
