package org.warraq.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** site.yaml exactly as written, before defaults and validation; Jackson maps onto it. */
record SiteYaml(
        Map<String, String> title,
        @JsonProperty("baseURL") String baseUrl,
        String defaultLanguage,
        List<LanguageYaml> languages,
        List<String> topics,
        Integer pageSize,
        Integer related,
        MarkdownYaml markdown,
        LinksYaml links,
        SiteConfig.OtherLanguageArticles otherLanguageArticles,
        @JsonProperty("import") ImportYaml importSettings,
        SearchYaml search) {

    record LanguageYaml(String code, String name, Direction direction, String locale, Integer weight,
            Numerals numerals, String calendar, Integer wordsPerMinute) {
    }

    record MarkdownYaml(Boolean rawHtml) {
    }

    record LinksYaml(Severity broken) {
        enum Severity { ERROR, WARNING }
    }

    record ImportYaml(List<String> boilerplate, List<String> endMarkers) {
    }

    record SearchYaml(List<List<String>> synonyms) {
    }
}
