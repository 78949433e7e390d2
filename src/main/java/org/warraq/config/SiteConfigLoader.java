package org.warraq.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.warraq.problem.BuildFailure;
import org.warraq.problem.Problem;

/** Reads and validates site.yaml into a {@link SiteConfig}; every problem names file, line and column. */
public final class SiteConfigLoader {
    public static final String FILE_NAME = "site.yaml";
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private final List<Problem> problems = new ArrayList<>();
    private final String text;
    private final String path;

    private SiteConfigLoader(String text, String path) {
        this.text = text;
        this.path = path;
    }

    /** Loads {@code site.yaml} from a source directory; throws {@link BuildFailure} on errors. */
    public static LoadedConfig load(Path sourceDir) {
        Path file = sourceDir.resolve(FILE_NAME);
        try {
            Utf8Reader.Decoded decoded = Utf8Reader.decode(Files.readAllBytes(file), FILE_NAME);
            if (decoded.problem() != null) {
                throw new BuildFailure(List.of(decoded.problem()));
            }
            return parse(decoded.text(), FILE_NAME);
        } catch (NoSuchFileException e) {
            throw new BuildFailure(List.of(Problem.error(FILE_NAME, 0, 0,
                    "no site.yaml in " + sourceDir.toAbsolutePath().normalize() + " — run warraq in a site's directory or pass --source DIR")));
        } catch (IOException e) {
            throw new BuildFailure(List.of(Problem.error(FILE_NAME, 0, 0, "cannot read site.yaml: " + e.getMessage())));
        }
    }

    /** Parses site.yaml text; {@code path} is how the file is named in messages. */
    public static LoadedConfig parse(String text, String path) {
        return new SiteConfigLoader(text.startsWith("\uFEFF") ? text.substring(1) : text, path).parse();
    }

    /** A valid configuration and the warnings found while reading it. */
    public record LoadedConfig(SiteConfig config, List<Problem> warnings) {
        public LoadedConfig {
            warnings = List.copyOf(warnings);
        }
    }

    private LoadedConfig parse() {
        var result = YamlMapping.read(text, SiteYaml.class, path, 1);
        if (!result.ok()) {
            throw new BuildFailure(result.problems());
        }
        SiteYaml yaml = Objects.requireNonNullElseGet(result.value(),
                () -> new SiteYaml(null, null, null, null, null, null, null, null, null, null, null, null));
        List<Language> languages = languages(yaml);
        String defaultLanguage = defaultLanguage(yaml, languages);
        BaseUrl baseUrl = baseUrl(yaml);
        Map<String, String> titles = titles(yaml, languages);
        List<String> topics = topics(yaml);
        int pageSize = positive(yaml.pageSize(), 10, List.of("pageSize"));
        int related = atLeast(0, "0 (none shown) or more", yaml.related(), 3, List.of("related"));
        var search = new SiteConfig.SearchSettings(SynonymGroups.read(text, path, problems));
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new BuildFailure(problems);
        }
        SiteConfig config = new SiteConfig(titles, baseUrl, defaultLanguage, languages, topics, pageSize, related,
                yaml.markdown() != null && Boolean.TRUE.equals(yaml.markdown().rawHtml()),
                yaml.links() == null || yaml.links().broken() != SiteYaml.LinksYaml.Severity.WARNING,
                Objects.requireNonNullElse(yaml.otherLanguageArticles(), SiteConfig.OtherLanguageArticles.MARKER),
                importSettings(yaml), search);
        return new LoadedConfig(config, problems);
    }

    private List<Language> languages(SiteYaml yaml) {
        if (yaml.languages() == null || yaml.languages().isEmpty()) {
            error(List.of("languages"), "no languages configured — add a 'languages:' list with at least one language");
            return List.of();
        }
        List<Language> languages = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < yaml.languages().size(); i++) {
            SiteYaml.LanguageYaml l = yaml.languages().get(i);
            if (l.code() == null || !LANGUAGE_CODE.matcher(l.code()).matches()) {
                error(List.of("languages", i, "code"), "language code '" + l.code() + "' is not a BCP 47 code — use a lower-case code like ar, en, fa");
                continue;
            }
            if (!seen.add(l.code())) {
                error(List.of("languages", i, "code"), "language '" + l.code() + "' is configured twice — remove one");
                continue;
            }
            if (l.direction() == null) {
                error(List.of("languages", i), "language '" + l.code() + "' has no direction — add 'direction: rtl' or 'direction: ltr'");
                continue;
            }
            if (l.name() != null && l.name().isBlank()) {
                error(List.of("languages", i, "name"), "language '" + l.code() + "' has an empty name — write the language's own"
                        + " name (العربية, English), or leave 'name' out to show its code");
            }
            Locale locale = locale(l, i);
            CalendarSystem calendar = calendar(l, i);
            languages.add(new Language(l.code(), l.name() == null ? l.code() : l.name(), l.direction(), locale,
                    l.weight() == null ? 0 : l.weight(),
                    l.numerals() == null ? Numerals.LATN : l.numerals(),
                    calendar,
                    positive(l.wordsPerMinute(), 200, List.of("languages", i, "wordsPerMinute"))));
        }
        return languages;
    }

    /**
     * The language's locale: its {@code locale} or else its code. A tag that is not well-formed
     * BCP 47 is an error: {@link Locale#forLanguageTag} would quietly make it the root locale,
     * and dates and plurals would come out in no language at all.
     */
    private Locale locale(SiteYaml.LanguageYaml l, int index) {
        String tag = l.locale() == null ? l.code() : l.locale();
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (!locale.getLanguage().isEmpty()) {
                return locale;
            }
        } catch (java.util.IllformedLocaleException e) {
            // reported below
        }
        error(List.of("languages", index, "locale"), "locale '" + tag + "' is not a BCP 47 language tag — use one like ar, ar-EG, en-GB or fa-IR");
        return Locale.forLanguageTag(l.code());
    }

    private CalendarSystem calendar(SiteYaml.LanguageYaml l, int index) {
        if (l.calendar() == null || l.calendar().equals("gregorian")) {
            return CalendarSystem.GREGORIAN;
        }
        if (l.calendar().equals("islamic-umalqura")) {
            return CalendarSystem.ISLAMIC_UMALQURA;
        }
        if (l.calendar().equals("persian")) {
            return CalendarSystem.PERSIAN;
        }
        error(List.of("languages", index, "calendar"), "unknown calendar '" + l.calendar()
                + "' — use gregorian, islamic-umalqura or persian");
        return CalendarSystem.GREGORIAN;
    }

    private String defaultLanguage(SiteYaml yaml, List<Language> languages) {
        if (languages.isEmpty()) {
            return "";
        }
        if (yaml.defaultLanguage() == null) {
            return languages.stream().sorted(Language.ORDER).findFirst().orElseThrow().code();
        }
        if (languages.stream().noneMatch(l -> l.code().equals(yaml.defaultLanguage()))) {
            error(List.of("defaultLanguage"), "default language '" + yaml.defaultLanguage()
                    + "' is not among the configured languages — add it to 'languages' or pick one of them");
        }
        return yaml.defaultLanguage();
    }

    private BaseUrl baseUrl(SiteYaml yaml) {
        if (yaml.baseUrl() == null) {
            return BaseUrl.parse("http://localhost:8080/");
        }
        try {
            return BaseUrl.parse(yaml.baseUrl());
        } catch (IllegalArgumentException e) {
            error(List.of("baseURL"), "baseURL " + e.getMessage());
            return BaseUrl.parse("http://localhost:8080/");
        }
    }

    private Map<String, String> titles(SiteYaml yaml, List<Language> languages) {
        Map<String, String> titles = new LinkedHashMap<>();
        if (yaml.title() != null && yaml.title().everyLanguage() != null) {
            languages.forEach(l -> titles.put(l.code(), yaml.title().everyLanguage()));
        } else if (yaml.title() != null) {
            titles.putAll(yaml.title().byLanguage());
        }
        titles.values().removeIf(String::isBlank); // "en: ''" is as good as no title
        // A language dropped for another error is still declared: do not report its title as well.
        Set<String> declared = new HashSet<>();
        if (yaml.languages() != null) {
            yaml.languages().forEach(l -> declared.add(l.code()));
        }
        for (String code : titles.keySet()) {
            if (!declared.isEmpty() && !declared.contains(code)) {
                error(List.of("title", code), "title given for language '" + code + "', which is not configured — add it to 'languages' or remove the title");
            }
        }
        for (Language language : languages) {
            if (!titles.containsKey(language.code())) {
                warning(List.of("title"), "no site title for language '" + language.code() + "' — add 'title: {" + language.code() + ": …}'");
            }
        }
        return titles;
    }

    private List<String> topics(SiteYaml yaml) {
        List<String> topics = yaml.topics() == null ? List.of() : yaml.topics();
        for (int i = 0; i < topics.size(); i++) {
            String topic = topics.get(i);
            String problem = TopicIds.problem(topic);
            if (problem != null) {
                error(List.of("topics", i), problem);
            }
        }
        if (new HashSet<>(topics).size() != topics.size()) {
            error(List.of("topics"), "a topic id is listed twice — remove the duplicate");
        }
        return topics.stream().filter(Objects::nonNull).toList();
    }

    private static SiteConfig.ImportSettings importSettings(SiteYaml yaml) {
        var i = yaml.importSettings();
        return new SiteConfig.ImportSettings(
                i == null || i.boilerplate() == null ? List.of() : i.boilerplate(),
                i == null || i.endMarkers() == null ? List.of() : i.endMarkers());
    }

    private int positive(Integer value, int fallback, List<Object> at) {
        return atLeast(1, "at least 1", value, fallback, at);
    }

    /** {@code value}, or {@code fallback} when absent or (an error) below {@code minimum}, which {@code said} puts in words. */
    private int atLeast(int minimum, String said, Integer value, int fallback, List<Object> at) {
        if (value == null) {
            return fallback;
        }
        if (value < minimum) {
            String key = (String) at.get(at.size() - 1);
            error(at, "'" + key + "' must be " + said + ", not " + value + " — fix the value");
            return fallback;
        }
        return value;
    }

    /** An error at the place of {@code at}: keys and list indexes leading to the value (see {@link YamlPositions}). */
    private void error(List<Object> at, String message) {
        int[] position = YamlPositions.find(text, at);
        problems.add(Problem.error(path, position[0], position[1], message));
    }

    private void warning(List<Object> at, String message) {
        int[] position = YamlPositions.find(text, at);
        problems.add(Problem.warning(path, position[0], position[1], message));
    }
}
