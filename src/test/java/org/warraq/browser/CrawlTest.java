package org.warraq.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.warraq.testing.RepositorySite;

/**
 * The repository site built with a base URL that has a path (/archive/), served under that path
 * by a plain static server, crawled from the root: every page and every link and asset it
 * references answers 200, and nothing points outside the base path.
 */
class CrawlTest {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyLinkFromTheRootResolvesUnderTheBasePath() throws Exception {
        String root = RepositorySite.get().url("");
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(root));
        List<String> broken = new ArrayList<>();
        while (!queue.isEmpty() && seen.size() < 2000) {
            String url = queue.poll();
            if (!seen.add(url)) {
                continue;
            }
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                broken.add(response.statusCode() + " " + url);
                continue;
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(response.body(), url);
            for (Element element : page.select("a[href], link[href], script[src], img[src], meta[http-equiv=refresh]")) {
                String target = target(element);
                if (target.startsWith("http://127.0.0.1") || target.startsWith("https://127.0.0.1")) {
                    assertTrue(target.startsWith(root), "link outside the base path on " + url + ": " + target);
                    queue.add(target.replaceFirst("#.*$", ""));
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(seen.size() > 50, "crawled only " + seen.size() + " URLs");
    }

    @Test
    void missingPageAtAnyDepthGetsTheRoot404WhoseLinksAndAssetsWork() throws Exception {
        String root = RepositorySite.get().url("");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(root + "no/such/deep/page/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        Document page = Jsoup.parse(response.body(), root + "no/such/deep/page/");
        assertEquals("ar", page.selectFirst("html").attr("lang"));
        List<Element> references = page.select("a[href]:not([href^=#]), link[rel=stylesheet], script[src]");
        assertTrue(references.size() > 5);
        for (Element element : references) {
            String target = target(element);
            assertTrue(target.startsWith(root), target);
            int status = http.send(HttpRequest.newBuilder(URI.create(target.replaceFirst("#.*$", ""))).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            assertEquals(200, status, target);
        }
    }

    private static String target(Element element) {
        if (element.hasAttr("http-equiv")) {
            String content = element.attr("content");
            return element.absUrl("content").isEmpty() ? URI.create(element.baseUri())
                    .resolve(content.substring(content.indexOf("url=") + 4)).toString() : "";
        }
        return element.hasAttr("href") ? element.absUrl("href") : element.absUrl("src");
    }
}
