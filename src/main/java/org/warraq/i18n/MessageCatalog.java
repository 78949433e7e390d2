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
 * <p>A site's file changes the default theme's strings key by key. English is the reference:
 * every key it has must exist in every other language's file, and
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
        Files english = read(theme, REFERENCE, problems);
        if (english == null) {
            problems.add(Problem.error(path(REFERENCE), 0, 0, "the English message file is missing — it is the fallback for every language; add it"));
        }
        Map<String, String> reference = english == null ? Map.of() : english.strings();
        Map<String, Map<String, String>> strings = new TreeMap<>();
        for (Language language : config.languages()) {
            boolean isEnglish = language.code().equals(REFERENCE);
            Files files = isEnglish ? english : read(theme, language.code(), problems);
            if (files == null) {
                problems.add(Problem.warning(path(language.code()), 0, 0, "no message file for language '" + language.code()
                        + "' — its UI falls back to English; add " + path(language.code())));
                strings.put(language.code(), reference);
                continue;
            }
            if (!files.strings().isEmpty()) { // empty: the site's file could not be read, which is reported
                problems.addAll(PluralForms.check(language, files.strings(), reference, path(language.code())));
                // English strings are held to the default theme's; the others to English.
                problems.addAll(droppedPlaceholders(language.code(), files, isEnglish ? files.defaults() : reference));
            }
            strings.put(language.code(), files.strings());
        }
        return new Loaded(new MessageCatalog(strings), problems);
    }

    /**
     * A language's message files as read: the strings in force ({@code defaults} with {@code own}
     * over them), and the site's own file (null when it has none) with its text, for positions.
     */
    private record Files(Map<String, String> strings, Map<String, String> defaults, Map<String, String> own, String ownText) {
    }

    /**
     * A warning for each string of the site's file that lacks the {@code {0}} its model has (the
     * English string; for English, the default theme's): the value it stands for, a tag's name or
     * a count, would be left out of every page, as with a mistyped {@code {0 }}. Plural forms are
     * exempt: "one minute" may spell its number.
     */
    private static List<Problem> droppedPlaceholders(String language, Files files, Map<String, String> model) {
        List<Problem> problems = new ArrayList<>();
        if (files.own() == null) {
            return problems; // the default theme's files are right
        }
        files.own().forEach((key, value) -> {
            String expected = model.get(key);
            if (PluralForms.stem(key) == null && expected != null && expected.contains("{0}") && !value.contains("{0}")) {
                problems.add(Problem.warning(path(language), lineOf(files.ownText(), key), 1, "UI string '" + key + "' has no {0}, where the"
                        + " value goes (English: \"" + expected + "\") — put {0} in it, or the value is left out of the pages"));
            }
        });
        return problems;
    }

    /** The line of a properties file on which {@code key} is given, or 0. */
    private static int lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripLeading();
            if (line.startsWith(key) && (line.length() == key.length() || "=: \t".indexOf(line.charAt(key.length())) >= 0)) {
                return i + 1;
            }
        }
        return 0;
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

    /**
     * A language's strings: the default theme's file with the site's own file over it, key by key
     * (as Hugo merges a project's translations over its theme's), so a site can change one string
     * without copying the rest. Null when neither has a file; no strings when the site's file cannot
     * be read (its problem is reported, and no missing strings on top of it).
     */
    private static Files read(Theme theme, String language, List<Problem> problems) {
        String relative = "i18n/" + language + ".properties";
        byte[] defaultBytes = theme.defaultTemplateFile(relative).orElse(null);
        byte[] ownBytes = theme.siteTemplateFile(relative).orElse(null);
        if (defaultBytes == null && ownBytes == null) {
            return null;
        }
        Map<String, String> defaults = defaultBytes == null ? Map.of()
                : java.util.Objects.requireNonNullElse(parse(defaultBytes, path(language), problems), Map.of());
        Map<String, String> own = ownBytes == null ? null : parse(ownBytes, path(language), problems);
        if (ownBytes != null && own == null) {
            return new Files(Map.of(), defaults, null, null);
        }
        Map<String, String> strings = new TreeMap<>(defaults);
        if (own != null) {
            strings.putAll(own);
        }
        return new Files(strings, defaults, own, own == null ? null : new String(ownBytes, StandardCharsets.UTF_8));
    }

    /** A message file's strings, or null (with the problem added) when it is not UTF-8 or not a properties file. */
    private static Map<String, String> parse(byte[] bytes, String path, List<Problem> problems) {
        // Strictly: a Latin-1 byte would otherwise become U+FFFD in the pages, unreported.
        var decoded = org.warraq.config.Utf8Reader.decode(bytes, path);
        if (decoded.problem() != null) {
            problems.add(decoded.problem());
            return null;
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(decoded.text()));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(malformedEscape(decoded.text(), path)
                    .orElse(Problem.error(path, 0, 0, "cannot read message file: " + e.getMessage())));
            return null;
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put(k.toString(), v.toString()));
        return map;
    }

    /**
     * Where a message file has a {@code \\u} escape without four hexadecimal digits after it, the
     * one thing {@link Properties#load} refuses ("Malformed \\uxxxx encoding", with no place).
     */
    static java.util.Optional<Problem> malformedEscape(String text, String path) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if ((c == '#' || c == '!') && text.substring(lineStart, i).isBlank()) {
                int end = text.indexOf('\n', i);
                i = (end < 0 ? text.length() : end) - 1; // a comment: escapes in it mean nothing
            } else if (c == '\\' && i + 1 < text.length()) {
                if (text.charAt(i + 1) == 'u' && !fourHexDigits(text, i + 2)) {
                    String written = text.substring(i, Math.min(text.length(), i + 6)).strip();
                    return java.util.Optional.of(Problem.error(path, line, i - lineStart + 1, "'" + written + "' is not a"
                            + " Unicode escape: \\u takes four hexadecimal digits — write the character itself (the file is UTF-8)"));
                }
                if (text.charAt(i + 1) != '\n') {
                    i++; // an escaped character, a backslash too ("\\\\u" is a backslash and a u)
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean fourHexDigits(String text, int from) {
        if (from + 4 > text.length()) {
            return false;
        }
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
