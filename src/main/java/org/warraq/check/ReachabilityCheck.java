package org.warraq.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warraq.links.UrlTarget;
import org.warraq.problem.Problem;

/**
 * No page is an orphan: every HTML page under {@code <lang>/} can be reached from that
 * language's home page by following links ({@code <a href>}), as a reader would. The root
 * language chooser, the 404 pages and redirect pages (old addresses) are reached by other means and are not checked;
 * feeds, the sitemap and search index files are not pages.
 */
final class ReachabilityCheck {
    private ReachabilityCheck() {
    }

    /** {@code sources}: output file → content file it was made from, named in the finding when known. */
    static List<Problem> check(BuiltSite site, List<String> languages, Map<String, String> sources) {
        List<Problem> problems = new ArrayList<>();
        for (String language : languages) {
            String home = language + "/index.html";
            Set<String> reached = reachableFrom(site, home);
            for (ScannedPage page : site.inOrder()) {
                String path = page.path();
                if (path.startsWith(language + "/") && !path.equals(language + "/404.html") && !reached.contains(path)
                        && !isRedirect(page)) {
                    String source = sources.get(path);
                    problems.add(Problem.error(path, 0, 0, "not reachable from the " + language + " home page (" + home
                            + ") by following links" + (source == null ? "" : " (made from " + source + ")")
                            + " — link to it from a page that is"));
                }
            }
        }
        return problems;
    }

    /** A page that sends the reader elsewhere at once (an article's old address, aliases:) is reached by that address, not by links. */
    private static boolean isRedirect(ScannedPage page) {
        return page.references().stream().anyMatch(r -> r.attribute().equals("content"));
    }

    private static Set<String> reachableFrom(BuiltSite site, String home) {
        Set<String> reached = new HashSet<>();
        if (!site.pages().containsKey(home)) {
            return reached;
        }
        Deque<String> queue = new ArrayDeque<>(List.of(home));
        reached.add(home);
        while (!queue.isEmpty()) {
            ScannedPage page = site.pages().get(queue.poll());
            for (ScannedPage.Reference ref : page.references()) {
                if (!ref.navigation()) {
                    continue;
                }
                UrlTarget target = site.targets().of(page.path(), ref.url());
                if (target.kind() == UrlTarget.Kind.INTERNAL && target.file() != null
                        && site.pages().containsKey(target.file()) && reached.add(target.file())) {
                    queue.add(target.file());
                }
            }
        }
        return reached;
    }
}
