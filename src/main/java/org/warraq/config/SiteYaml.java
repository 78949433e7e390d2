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
        @JsonDeserialize(using = TitleDeserializer.class) Map<String, String> title,
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
     * The key under which a title given as plain text ({@code title: My Archive}) stands for every
     * language: a NUL, which no language code holds and no key written in site.yaml does by chance.
     */
    static final String EVERY_LANGUAGE = "\0";

    /**
     * {@code title}: a mapping of language codes to titles, or, as Hugo and Zola write it, one
     * title for every language (under {@link #EVERY_LANGUAGE}).
     */
    static final class TitleDeserializer extends StdDeserializer<Map<String, String>> {
        private static final long serialVersionUID = 1L;

        TitleDeserializer() {
            super(Map.class);
        }

        @Override
        public Map<String, String> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                return Map.of(EVERY_LANGUAGE, parser.getText());
            }
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(parser, "invalid title: write one for every"
                        + " language (title: My Archive) or one per language (title: {ar: …, en: …})", parser.getText(), Map.class);
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
            return titles;
        }
    }
}
