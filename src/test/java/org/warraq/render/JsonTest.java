package org.warraq.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void escapesWhatCouldCloseAScriptElementOrBreakOldParsers() {
        String json = Json.write("</script><!-- & \u2028\u2029");
        assertEquals("\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029\"", json);
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\u0001\"", Json.write("a\"b\\c\nd\te\u0001"));
    }

    @Test
    void everyStringReadsBackUnchanged() throws Exception {
        String nasty = "عنوان </script><script>alert(1)</script> & \"quotes\" \\ \u2028 \u2029 \u0000 \u001F 📚";
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("headline", nasty);
        value.put("keywords", List.of(nasty, "b"));
        value.put("count", 3);
        value.put("ok", true);
        String json = Json.write(value);
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&") || json.contains("\u2028"), json);
        assertEquals(value, JACKSON.readValue(json, Map.class));
    }

    @Test
    void keepsInsertionOrderAndLeavesOutNullValues() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("@context", "https://schema.org");
        value.put("@type", "NewsArticle");
        value.put("author", null);
        value.put("about", List.of());
        assertEquals("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"about\":[]}", Json.write(value));
    }
}
