package org.warraq.i18n;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.warraq.config.Language;
import org.warraq.config.SiteConfig;
import org.warraq.problem.Problem;
import org.warraq.theme.Theme;

/**
 * UI strings per language, from {@code templates/i18n/<lang>.properties} (UTF-8).
 *
 * <p>English is the reference: every key it has must exist in every other language's file, and
 * plural keys ({@code key.one}, {@code key.few} …) must have every form the language's CLDR
 * plural rules use. A language without a file falls back to English, with a warning.
 */
public final class MessageCatalog {
    static final String REFERENCE = "en";

    private final Map<String, Map<String, String>> strings;

    private MessageCatalog(Map<String, Map<String, String>> strings) {
        this.strings = strings;
    }

    /** The catalog and what was wrong with the message files. */
    public record Loaded(MessageCatalog catalog, List<Problem> problems) {
    }

    /** Loads the message files of every configured language. */
    public static Loaded load(Theme theme, SiteConfig config) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> reference = read(theme, REFERENCE, problems);
        if (reference == null) {
            problems.add(Problem.error(path(REFERENCE), 0, 0, "the English message file is missing — it is the fallback for every language; add it"));
            reference = Map.of();
        }
        Map<String, Map<String, String>> strings = new TreeMap<>();
        for (Language language : config.languages()) {
            Map<String, String> own = language.code().equals(REFERENCE) ? reference : read(theme, language.code(), problems);
            if (own == null) {
                problems.add(Problem.warning(path(language.code()), 0, 0, "no message file for language '" + language.code()
                        + "' — its UI falls back to English; add " + path(language.code())));
                strings.put(language.code(), reference);
                continue;
            }
            problems.addAll(PluralForms.check(language, own, reference, path(language.code())));
            strings.put(language.code(), own);
        }
        return new Loaded(new MessageCatalog(strings), problems);
    }

    /** The string for a key in a language, or null when the language's file lacks it. */
    public String get(String language, String key) {
        Map<String, String> own = strings.get(language);
        return own == null ? null : own.get(key);
    }

    /** Where a language's message file lives, for messages. */
    public static String path(String language) {
        return "templates/i18n/" + language + ".properties";
    }

    private static Map<String, String> read(Theme theme, String language, List<Problem> problems) {
        var bytes = theme.templateFile("i18n/" + language + ".properties");
        if (bytes.isEmpty()) {
            return null;
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(new String(bytes.get(), StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(Problem.error(path(language), 0, 0, "cannot read message file: " + e.getMessage()));
            return Map.of();
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put(k.toString(), v.toString()));
        return map;
    }
}
