package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {
    private final MarkdownRenderer escaping = new MarkdownRenderer(false);
    private final MarkdownRenderer raw = new MarkdownRenderer(true);

    private static Document html(RenderedMarkdown rendered) {
        return Jsoup.parseBodyFragment(rendered.html());
    }

    /**
     * Golden: the HTML of a body with every kind of block, as Flexmark's own line formatting wrote
     * it before the renderer passed text through as it is. Exact bytes matter: they are the pages.
     */
    @Test
    void everyKindOfBlockRendersToTheSameBytesAsWithFlexmarksLineFormatting() throws java.io.IOException {
        String markdown = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/markdown/every-block.md"));
        String expected = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/markdown/every-block.html"));
        assertEquals(expected, escaping.render(markdown, 1).html());
    }

    @Test
    void rendersTables() {
        Document doc = html(escaping.render("| المدينة | السنة |\n|---|---|\n| الموصل | 2017 |\n", 1));
        Element table = doc.selectFirst("table.table");
        assertTrue(table != null, doc.body().html());
        assertEquals(List.of("المدينة", "السنة"), table.select("thead th").eachText());
        assertEquals(List.of("الموصل", "2017"), table.select("tbody td").eachText());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a \\* b &amp; c &copy; d &#1234; &#x627; e < f > g \"h\" 'i' \\\\ j & k &bogus; l\n",
        "نص *مائل &amp; \\_عريض\\_* و~~محذوف &lt;b&gt;~~ و`<code> &amp;`\r\nسطر ثانٍ \"مقتبس\"\r\n",
        "| a &amp; b | c \\| d |\n|---|---|\n| <x> | \"q\" &quot; |\n",
        "> quote & more\n\n- item <1>\n- item \\<2\\>\n\n    indented <code> &amp;\n",
        "plain text without anything special\n"})
    void writesTextExactlyAsFlexmarksOwnRendererDoes(String markdown) {
        var options = new com.vladsch.flexmark.util.data.MutableDataSet();
        options.set(com.vladsch.flexmark.parser.Parser.EXTENSIONS, List.of(
                com.vladsch.flexmark.ext.tables.TablesExtension.create(),
                com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension.create()));
        options.set(com.vladsch.flexmark.html.HtmlRenderer.ESCAPE_HTML, true);
        options.set(com.vladsch.flexmark.html.HtmlRenderer.PERCENT_ENCODE_URLS, false);
        options.set(com.vladsch.flexmark.ext.tables.TablesExtension.CLASS_NAME, "table");
        String flexmarks = com.vladsch.flexmark.html.HtmlRenderer.builder(options).build()
                .render(com.vladsch.flexmark.parser.Parser.builder(options).build().parse(markdown));
        assertEquals(flexmarks, escaping.render(markdown, 1).html());
    }

    @Test
    void footnotesAreNumberedByTheirFirstReferenceAndListedAtTheEnd() {
        RenderedMarkdown rendered = escaping.render("أول[^a] ثم[^b] ثم[^a] من جديد.\n\n"
                + "[^b]: الملاحظة الثانية، مع [رابط](other.md).\n[^a]: الملاحظة الأولى.\n[^unused]: لا يشار إليها.\n", 1);
        Document doc = html(rendered);
        assertEquals(List.of("1", "2", "1"), doc.select("sup > a.footnote-ref").eachText(), "the note referenced first is 1");
        assertEquals(List.of("#fn-1", "#fn-2", "#fn-1"), doc.select("sup > a.footnote-ref").eachAttr("href"));
        assertEquals(List.of("fnref-1", "fnref-2", "fnref-1-1"), doc.select("sup").eachAttr("id"));
        assertEquals(List.of("fn-1", "fn-2"), doc.select("div.footnotes li").eachAttr("id"), "unreferenced notes are left out");
        assertEquals("الملاحظة الأولى.", doc.selectFirst("#fn-1 > p").text());
        assertEquals(List.of("#fnref-1", "#fnref-1-1"), doc.select("#fn-1 a.footnote-backref").eachAttr("href"));
        assertEquals(List.of("other.md"), rendered.links().stream().map(LinkRef::target).toList(),
                "a note's links are checked like the text's; a note is no link");
    }

    @Test
    void aHeadingsOwnIdWrittenAsHugoReadsItIsItsIdAndLeavesItsText() {
        RenderedMarkdown rendered = escaping.render("## الخلفية {#background}\n\n## الخلفية\n\n## {#only-id}\n\n"
                + "## Steps {.class onclick=alert(1)}\n\n```\n## not {#a-heading}\n```\n", 1);
        Document doc = html(rendered);
        assertEquals(List.of("background", "الخلفية", "only-id", "steps-class-onclickalert1"), doc.select("h2").eachAttr("id"));
        assertEquals(List.of("الخلفية", "الخلفية", "", "Steps {.class onclick=alert(1)}"),
                doc.select("h2").stream().map(Element::text).toList());
        assertTrue(doc.select("[onclick]").isEmpty(), "no attribute but the id is read");
        assertEquals(List.of("background", "الخلفية", "only-id", "steps-class-onclickalert1"),
                rendered.headings().stream().map(Heading::id).toList(), "links to #background find it");
    }

    @Test
    void bareAddressesAreLinksAsInHugosMarkdownAndCodeIsLeftAlone() {
        RenderedMarkdown rendered = escaping.render("المصدر: https://example.org/a?b=1 وأيضاً www.example.com.\n\n"
                + "`https://in-code.org` javascript:alert(1)\n\n```\nhttps://in-block.org\n```\n", 1);
        Document doc = html(rendered);
        assertEquals(List.of("https://example.org/a?b=1", "http://www.example.com"), doc.select("p a").eachAttr("href"));
        assertEquals(List.of("https://example.org/a?b=1", "http://www.example.com"), rendered.externalLinks(),
                "checked with the other external links");
        assertTrue(doc.select("code a").isEmpty(), doc.body().html());
        assertTrue(doc.select("a[href^=javascript]").isEmpty());
    }

    @Test
    void anEmailAddressIsAMailtoLinkNotABrokenLinkToAFile() {
        Document doc = html(escaping.render("راسلنا: <info@example.org> أو news@example.org أو <a&b@example.org>\n", 1));
        assertEquals(List.of("mailto:info@example.org", "mailto:news@example.org", "mailto:a&b@example.org"),
                doc.select("a").eachAttr("href"));
    }

    @Test
    void aPictureAloneWithATitleIsAFigureWithItsCaption() {
        Document doc = html(escaping.render("![القاعة](hall.png \"قاعة الاجتماع <في> روما\")\n\n"
                + "نص ![صورة](a.png \"عنوان\") في سطر.\n\n![بلا عنوان](b.png)\n", 1));
        Element figure = doc.selectFirst("figure");
        assertEquals("قاعة الاجتماع <في> روما", figure.selectFirst("figcaption").text());
        assertEquals("القاعة", figure.selectFirst("img").attr("alt"));
        assertFalse(figure.selectFirst("img").hasAttr("title"), "the caption says it once");
        assertEquals(1, doc.select("figure").size(), "a picture in a line of text, or without a title, stays as it is");
        assertEquals("عنوان", doc.select("p img").first().attr("title"));
    }

    @Test
    void everyPictureAfterABodysFirstLoadsLazily() {
        for (int body = 0; body < 2; body++) { // the same renderer, body after body: each counts its own
            Document doc = html(escaping.render("![الأولى](a.png \"تعليق\")\n\nنص ![ثانية](b.png) و![ثالثة](c.png)\n", 1));
            assertEquals(List.of("", "lazy", "lazy"), doc.select("img").stream().map(i -> i.attr("loading")).toList());
        }
    }

    @Test
    void rendersStrikethrough() {
        Document doc = html(escaping.render("كان ~~خطأ~~ صحيحاً\n", 1));
        assertEquals("خطأ", doc.select("del").text());
    }

    @Test
    void arabicHeadingIdKeepsItsLettersJoinedByHyphens() {
        RenderedMarkdown rendered = escaping.render("## ظروف التأسيس\n", 1);
        assertEquals("ظروف-التأسيس", rendered.headings().get(0).id());
        assertEquals("ظروف-التأسيس", html(rendered).selectFirst("h2").id());
    }

    @Test
    void arabicHeadingIdIgnoresDiacriticsTatweelBidiControlsAndPunctuation() {
        RenderedMarkdown rendered = escaping.render("## ظُرُوفُ التَّـــأسيس؟\n\n## \u200Fظروف التأسيس!\n", 1);
        assertEquals("ظروف-التأسيس", rendered.headings().get(0).id().replace("-2", ""));
        assertEquals(List.of("ظروف-التأسيس", "ظروف-التأسيس-2"), rendered.headings().stream().map(Heading::id).toList());
    }

    @Test
    void headingIdsAreStableAcrossRendersAndDeDuplicatedInOrder() {
        String body = "## الخلفية\n\ntext\n\n## Background\n\n## الخلفية\n\n## الخلفية\n";
        List<String> first = escaping.render(body, 1).headings().stream().map(Heading::id).toList();
        List<String> second = escaping.render(body, 1).headings().stream().map(Heading::id).toList();
        assertEquals(List.of("الخلفية", "background", "الخلفية-2", "الخلفية-3"), first);
        assertEquals(first, second);
    }

    @Test
    void headingWithoutLettersGetsAFallbackId() {
        assertEquals("section", escaping.render("## ؟!\n", 1).headings().get(0).id());
    }

    @Test
    void rawHtmlIsEscapedByDefault() {
        RenderedMarkdown rendered = escaping.render("<script>alert(1)</script>\n\nنص <b onclick=\"x()\">عريض</b>\n", 1);
        Document doc = html(rendered);
        assertTrue(doc.select("script").isEmpty(), rendered.html());
        assertTrue(doc.select("b").isEmpty(), rendered.html());
        assertTrue(doc.text().contains("<script>alert(1)</script>"), doc.text());
        assertTrue(doc.text().contains("<b onclick=\"x()\">عريض</b>"), doc.text());
    }

    @Test
    void rawHtmlPassesThroughWhenTheSiteTurnsItOn() {
        Document doc = html(raw.render("<figure class=\"wide\"><figcaption>صورة</figcaption></figure>\n\nنص <b>عريض</b>\n", 1));
        assertEquals("صورة", doc.select("figure.wide figcaption").text());
        assertEquals("عريض", doc.select("b").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x](&#x6A;avascript:alert(1))",
            "[x](jav&#x09;ascript:alert(1))",
            "[x](jav&#9;ascript:alert(1))",
            "[x](&#74;AVASCRIPT&colon;alert(1))",
            "[x](vbscript:msgbox(1))",
            "[x](VBScript:msgbox(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[x](data:image/png;base64,iVBORw0KGgo=)",
            "<javascript:alert(1)>",
            "[x][r]\n\n[r]: javascript:alert(1)",
    })
    void scriptAndNonImageDataUrlsAreDroppedFromLinks(String markdown) {
        RenderedMarkdown rendered = escaping.render(markdown + "\n", 1);
        Document doc = html(rendered);
        for (Element a : doc.select("a")) {
            assertFalse(a.hasAttr("href"), rendered.html());
        }
        assertNoScriptUrl(rendered);
        assertTrue(rendered.links().isEmpty(), "not treated as an internal link: " + rendered.links());
        assertEquals(1, rendered.refusedLinks().size(), "recorded, for a warning");
        assertEquals(1, rendered.refusedLinks().get(0).line());
        assertFalse(rendered.refusedLinks().get(0).image());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "![i](javascript:alert(1))",
            "![i](&#106;avascript:alert(1))",
            "![i](data:text/html;base64,PHNjcmlwdD4=)",
            "![i](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "![i](DATA:TEXT/HTML,x)",
    })
    void scriptAndNonImageDataUrlsAreDroppedFromImages(String markdown) {
        RenderedMarkdown rendered = escaping.render(markdown + "\n", 1);
        for (Element img : html(rendered).select("img")) {
            assertFalse(img.hasAttr("src"), rendered.html());
        }
        assertNoScriptUrl(rendered);
        assertEquals(1, rendered.refusedLinks().size(), "recorded, for a warning");
        assertTrue(rendered.refusedLinks().get(0).image());
    }

    @Test
    void pngDataUrlIsKeptOnImages() {
        String png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
        Document doc = html(escaping.render("![نقطة](" + png + ")\n", 1));
        assertEquals(png, doc.selectFirst("img").attr("src"));
        assertEquals("نقطة", doc.selectFirst("img").attr("alt"));
    }

    @Test
    void ordinaryExternalLinksAreKept() {
        RenderedMarkdown rendered = escaping.render("[a](https://example.org/x?a=1&b=2) [m](mailto:x@example.org)\n", 1);
        Document doc = html(rendered);
        assertEquals(List.of("https://example.org/x?a=1&b=2", "mailto:x@example.org"), doc.select("a").eachAttr("href"));
        assertEquals(List.of("https://example.org/x?a=1&b=2"), rendered.externalLinks());
    }

    @Test
    void relativeLinksBecomePlaceholdersWithTheirPositionInTheFile() {
        RenderedMarkdown rendered = escaping.render("first line\n\nsee [other](other.md#part) here\n", 10);
        assertEquals(1, rendered.links().size());
        LinkRef link = rendered.links().get(0);
        assertEquals("other.md#part", link.target());
        assertEquals(12, link.line());
        assertEquals(5, link.column());
        assertEquals(link.placeholder(), html(rendered).selectFirst("a").attr("href"));
    }

    /** No attribute anywhere holds a script or HTML URL (link text may still show what was written). */
    private static void assertNoScriptUrl(RenderedMarkdown rendered) {
        for (Element element : html(rendered).getAllElements()) {
            element.attributes().forEach(attribute -> {
                String value = attribute.getValue().toLowerCase(java.util.Locale.ROOT);
                assertFalse(value.contains("script") || value.contains("data:"), rendered.html());
            });
        }
    }
}
