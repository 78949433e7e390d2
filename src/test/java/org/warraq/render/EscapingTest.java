package org.warraq.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import org.warraq.testing.TestSite;

/** What authors write lands escaped for where it lands: JSON-LD in a script element, Atom XML, HTML. */
class EscapingTest {
    @TempDir
    Path dir;

    private TestSite site(String frontMatter, String body) {
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/en/articles/nasty.md", "---\n" + frontMatter + "date: 2022-05-11\n---\n" + body);
    }

    @Test
    void scriptEndTagInATitleCannotBreakOutOfJsonLd() throws Exception {
        TestSite site = site("""
                title: "Breaking </script><script>alert(1)</script> & <!-- news"
                summary: "</SCRIPT > \\u2028 line"  # YAML escape: a raw U+2028 is a YAML line break
                author: "Eve </script>"
                """, "Text.\n");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        Document page = Jsoup.parse(site.read("en/articles/nasty/index.html"));
        List<Element> scripts = page.select("script");
        assertTrue(scripts.stream().noneMatch(s -> s.data().contains("alert(1)") && !s.attr("type").equals("application/ld+json")),
                "no script element made of the title");
        Element ld = page.selectFirst("script[type=application/ld+json]");
        JsonNode json = new ObjectMapper().readTree(ld.data());
        assertEquals("Breaking </script><script>alert(1)</script> & <!-- news", json.get("headline").asText());
        assertEquals("</SCRIPT > \u2028 line", json.get("description").asText());
        assertEquals("Eve </script>", json.get("author").get("name").asText());
        assertEquals("Breaking </script><script>alert(1)</script> & <!-- news", page.selectFirst("h1").text());
    }

    @Test
    void aSourceUrlThatIsNotAWebAddressIsLeftOutOfThePageAndItsDataWithAWarning() throws Exception {
        TestSite site = site("""
                title: "Nasty"
                source:
                  name: "Wire <b>"
                  url: " JavaScript:alert(1)"
                """, "Text.\n");
        for (int build = 1; build <= 2; build++) { // the second from the parse cache
            TestSite.Run run = site.build();
            assertEquals(0, run.exitCode(), run.all());
            assertTrue(run.err().contains("content/en/articles/nasty.md:5:3: warning: source url 'JavaScript:alert(1)' left out:"
                    + " only http:// and https:// addresses are linked — write the full address (https://…)"), run.err());
            String html = site.read("en/articles/nasty/index.html");
            assertTrue(!html.toLowerCase(java.util.Locale.ROOT).contains("javascript:"), html);
            Document page = Jsoup.parse(html);
            JsonNode source = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data())
                    .get("sourceOrganization");
            assertEquals("Wire <b>", source.get("name").asText());
            assertTrue(source.get("url") == null, source.toString());
            assertEquals("Wire <b>", page.selectFirst(".source bdi").text());
        }
    }

    @Test
    void atomFeedStaysWellFormedWhateverTitlesHold() throws Exception {
        String title = "Q&A: <b>bold</b> ]]> \u0001start\u000Bend";
        TestSite site = site("""
                title: "Q&A: <b>bold</b> ]]> \\x01start\\vend"
                summary: "a ]]> b & c < d"
                author: "Tom & Jerry <tj@example.org>"
                tags: ["R&D", "<tag>", "]]>"]
                """, "Body with <raw> & ]]> and `code <x>`.\n");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        byte[] feed = site.read("en/feed.xml").getBytes(StandardCharsets.UTF_8);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        DocumentBuilder parser = factory.newDocumentBuilder();
        parser.setErrorHandler(null);
        org.w3c.dom.Document xml = parser.parse(new ByteArrayInputStream(feed));
        NodeList entries = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertEquals(1, entries.getLength());
        org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(0);
        // Characters XML cannot carry are dropped; everything else arrives as written.
        assertEquals(title.replace("\u0001", "").replace("\u000B", ""), text(entry, "title"));
        assertEquals("a ]]> b & c < d", text(entry, "summary"));
        assertEquals("Tom & Jerry <tj@example.org>", text(entry, "name"));
        NodeList categories = entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "category");
        assertEquals("R&D", ((org.w3c.dom.Element) categories.item(0)).getAttribute("term"));
        String content = text(entry, "content");
        assertTrue(content.contains("&lt;raw&gt; &amp; ]]&gt;"), content);
        assertTrue(content.contains("<code>code &lt;x&gt;</code>"), content);
    }

    @Test
    void titlesAreEscapedInHtmlTextAndAttributes() {
        TestSite site = site("title: \"\\\"><img src=x onerror=alert(1)>\"\nsummary: \"' onmouseover='alert(1)\"\n", "Text.\n");
        assertEquals(0, site.build().exitCode());
        Document page = Jsoup.parse(site.read("en/articles/nasty/index.html"));
        assertTrue(page.select("img[onerror]").isEmpty(), page.head().html());
        assertTrue(page.select("[onmouseover]").isEmpty(), page.head().html());
        assertEquals("' onmouseover='alert(1)", page.selectFirst("meta[name=description]").attr("content"));
    }

    private static String text(org.w3c.dom.Element parent, String name) {
        return parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
    }
}
