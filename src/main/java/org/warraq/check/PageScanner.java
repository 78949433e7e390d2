package org.warraq.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads a built HTML file into a {@link ScannedPage}, with the line of each element. */
final class PageScanner {
    private static final String REFERENCES = "a[href], link[href], img[src], script[src], source[src], iframe[src], "
            + "video[src], audio[src], meta[http-equiv=refresh][content]";

    private PageScanner() {
    }

    /** Scans {@code relative} inside {@code outputDir}. */
    static ScannedPage scan(Path outputDir, String relative) {
        String html;
        try {
            html = Files.readString(outputDir.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Set<String> ids = new HashSet<>();
        doc.select("[id]").forEach(e -> ids.add(e.id()));
        doc.select("a[name]").forEach(e -> ids.add(e.attr("name")));
        List<ScannedPage.Reference> references = new ArrayList<>();
        List<ScannedPage.Alternate> alternates = new ArrayList<>();
        for (Element e : doc.select(REFERENCES)) {
            if (e.tagName().equals("link") && e.hasAttr("hreflang") && e.attr("rel").equals("alternate")) {
                alternates.add(new ScannedPage.Alternate(e.attr("hreflang"), e.attr("href").strip(), line(e)));
            } else if (e.tagName().equals("meta")) {
                refreshTarget(e.attr("content")).ifPresent(url -> references.add(new ScannedPage.Reference("content", url, line(e), true)));
            } else {
                String attribute = e.hasAttr("href") ? "href" : "src";
                references.add(new ScannedPage.Reference(attribute, e.attr(attribute).strip(), line(e), e.tagName().equals("a")));
            }
        }
        List<ScannedPage.Reference> withoutAlt = new ArrayList<>();
        for (Element img : doc.select("img")) {
            boolean decorative = img.attr("role").equals("presentation") || img.attr("aria-hidden").equals("true");
            if (!decorative && img.attr("alt").isBlank()) {
                withoutAlt.add(new ScannedPage.Reference("src", img.attr("src"), line(img), false));
            }
        }
        return new ScannedPage(relative, ids, references, alternates, withoutAlt);
    }

    private static int line(Element e) {
        return Math.max(0, e.sourceRange().start().lineNumber());
    }

    /** The URL of {@code <meta http-equiv="refresh" content="0; url=…">}. */
    private static java.util.Optional<String> refreshTarget(String content) {
        int at = content.toLowerCase(java.util.Locale.ROOT).indexOf("url=");
        return at < 0 ? java.util.Optional.empty() : java.util.Optional.of(content.substring(at + 4).strip().replaceAll("^['\"]|['\"]$", ""));
    }
}
