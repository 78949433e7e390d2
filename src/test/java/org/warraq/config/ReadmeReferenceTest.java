package org.warraq.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.warraq.content.FrontMatter;

/**
 * The README's reference for site.yaml and front matter names exactly the keys the loaders accept
 * (the records Jackson maps onto, which reject every other key).
 */
class ReadmeReferenceTest {
    private static final Pattern TABLE_KEY = Pattern.compile("(?m)^\\| `([A-Za-z.]+)` \\|");
    private static final Pattern LISTED_KEY = Pattern.compile("`([a-z]+)`");

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    /** The text between a heading line and the next "## " heading. */
    private static String section(String text, String heading) {
        int start = text.indexOf("\n" + heading + "\n");
        int end = text.indexOf("\n## ", start + 1);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static Set<String> tableKeys(String text) {
        Set<String> keys = new TreeSet<>();
        Matcher m = TABLE_KEY.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    /**
     * Keys a record accepts, nested records as dotted keys ("markdown.rawHtml"); lists of records,
     * and records read by a deserializer of their own (title), as their own name.
     */
    private static Set<String> keys(Class<?> record, String prefix, boolean nested) {
        Set<String> keys = new TreeSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
            if (renamed == null) {
                renamed = component.getAnnotation(JsonProperty.class);
            }
            String name = prefix + (renamed != null ? renamed.value() : component.getName());
            if (nested && component.getType().isRecord()
                    && !component.getType().isAnnotationPresent(com.fasterxml.jackson.databind.annotation.JsonDeserialize.class)) {
                keys.addAll(keys(component.getType(), name + ".", false));
            } else {
                keys.add(name);
            }
        }
        return keys;
    }

    @Test
    void siteYamlTablesNameEveryAcceptedKeyAndNoOther() throws IOException {
        String section = section(readme(), "## site.yaml");
        int languages = section.indexOf("Each language:");
        assertEquals(keys(SiteYaml.class, "", true), tableKeys(section.substring(0, languages)), "top-level keys");
        assertEquals(keys(SiteYaml.LanguageYaml.class, "", false), tableKeys(section.substring(languages)), "language keys");
    }

    @Test
    void frontMatterReferenceNamesEveryAcceptedKeyAndNoOther() throws IOException {
        String section = section(readme(), "## Front matter");
        int topics = section.indexOf("Topics (`topics/<id>.md`):");
        int pages = section.indexOf("Pages (`pages/<name>.md`):");
        assertEquals(keys(FrontMatter.Article.class, "", false), tableKeys(section.substring(0, topics)), "article keys");
        assertEquals(keys(FrontMatter.Topic.class, "", false), listed(section.substring(topics, pages)), "topic keys");
        assertEquals(keys(FrontMatter.Page.class, "", false), listed(section.substring(pages, section.indexOf('\n', pages))), "page keys");
    }

    /** Keys written as `key` in one sentence, after its "(`folder/…`):" prefix. */
    private static Set<String> listed(String sentence) {
        Set<String> keys = new TreeSet<>();
        Matcher m = LISTED_KEY.matcher(sentence.substring(sentence.indexOf("):") + 2));
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
