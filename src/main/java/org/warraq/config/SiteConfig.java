package org.warraq.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole site configuration, validated: what site.yaml says plus defaults.
 *
 * @param titles           site title per language code
 * @param baseUrl          where the site is published
 * @param defaultLanguage  code of the language "/" sends visitors to
 * @param languages        all languages, in {@link Language#ORDER}
 * @param topics           topic ids known to the site, in display order
 * @param pageSize         articles per page on paginated lists
 * @param relatedCount     how many related articles an article page shows
 * @param rawHtml          whether raw HTML in Markdown is passed through (off: escaped)
 * @param brokenLinksAreErrors whether a broken internal link fails the build (else a warning)
 * @param otherLanguageArticles what lists do with articles that exist only in another language
 * @param importSettings   what {@code warraq import} removes from plain-text articles
 * @param search           search settings
 */
public record SiteConfig(Map<String, String> titles, BaseUrl baseUrl, String defaultLanguage,
        List<Language> languages, List<String> topics, int pageSize, int relatedCount, boolean rawHtml,
        boolean brokenLinksAreErrors, OtherLanguageArticles otherLanguageArticles,
        ImportSettings importSettings, SearchSettings search) {

    /** What lists in one language do with articles that exist only in other languages. */
    public enum OtherLanguageArticles {
        /** Listed, with a marker such as "Arabic only". */
        MARKER,
        /** Left out. */
        HIDE
    }

    /** Markers for {@code warraq import}: whole lines to drop, and lines after which nothing belongs. */
    public record ImportSettings(List<String> boilerplate, List<String> endMarkers) {
        public ImportSettings {
            boilerplate = List.copyOf(boilerplate);
            endMarkers = List.copyOf(endMarkers);
        }
    }

    /** Search settings: groups of spellings that match each other at query time. */
    public record SearchSettings(List<SynonymGroup> synonyms) {
        public SearchSettings {
            synonyms = List.copyOf(synonyms);
        }
    }

    public SiteConfig {
        titles = Map.copyOf(titles);
        Objects.requireNonNull(baseUrl, "baseUrl");
        languages = languages.stream().sorted(Language.ORDER).toList();
        topics = List.copyOf(topics);
        Objects.requireNonNull(importSettings, "importSettings");
        Objects.requireNonNull(search, "search");
    }

    /** The language with this code, if the site has it. */
    public Optional<Language> language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** The default language. */
    public Language defaultLanguageConfig() {
        return language(defaultLanguage).orElseThrow();
    }

    /** The site title in a language, falling back to the default language's. */
    public String title(String languageCode) {
        return titles.getOrDefault(languageCode, titles.getOrDefault(defaultLanguage, "Warraq"));
    }

    /** A copy with another base URL (for {@code --base-url}). */
    public SiteConfig withBaseUrl(BaseUrl url) {
        return new SiteConfig(titles, url, defaultLanguage, languages, topics, pageSize, relatedCount, rawHtml,
                brokenLinksAreErrors, otherLanguageArticles, importSettings, search);
    }
}
