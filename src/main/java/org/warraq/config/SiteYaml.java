package org.warraq.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** site.yaml exactly as written, before defaults and validation; Jackson maps onto it. */
record SiteYaml(
        Titles title,
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

    /**
     * {@code title}: one per language ({@code title: {ar: …, en: …}}), or, as Hugo and Zola write
     * it, one for every language ({@code title: My Archive}, {@code everyLanguage}; then
     * {@code byLanguage} is empty).
     */
    @JsonDeserialize(using = TitleDeserializer.class)
    record Titles(String everyLanguage, Map<String, String> byLanguage) {
    }

    static final class TitleDeserializer extends StdDeserializer<Titles> {
        private static final long serialVersionUID = 1L;

        TitleDeserializer() {
            super(Titles.class);
        }

        @Override
        public Titles deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                return new Titles(parser.getText(), Map.of());
            }
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(parser, "invalid title: write one for every"
                        + " language (title: My Archive) or one per language (title: {ar: …, en: …})", parser.getText(), Titles.class);
            }
            // Read by hand: resolving a map type for Jackson at this point cost every build 20 ms.
            Map<String, String> titles = new LinkedHashMap<>();
            for (String language = parser.nextFieldName(); language != null; language = parser.nextFieldName()) {
                try {
                    JsonToken value = parser.nextToken();
                    if (value == JsonToken.VALUE_NULL) {
                        continue; // "en:" with nothing after it: no title, which is warned of
                    }
                    if (value != JsonToken.VALUE_STRING) {
                        context.handleUnexpectedToken(String.class, parser);
                    }
                    titles.put(language, parser.getText());
                } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
                    throw com.fasterxml.jackson.databind.JsonMappingException.wrapWithPath(e, titles, language);
                }
            }
            return new Titles(null, titles);
        }
    }
}
