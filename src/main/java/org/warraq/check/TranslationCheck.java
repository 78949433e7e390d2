package org.warraq.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.warraq.links.UrlTarget;
import org.warraq.problem.Problem;

/**
 * Translations link both ways: a page's hreflang alternates lead to pages whose alternates lead
 * back to it under its own language, and every page with alternates names one x-default, the
 * same as its translations do. Pages outside the language folders (the root language chooser,
 * the root 404) are no one's translation and are not checked.
 */
final class TranslationCheck {
    private static final String X_DEFAULT = "x-default";

    private TranslationCheck() {
    }

    static List<Problem> check(BuiltSite site, List<String> languages) {
        List<Problem> problems = new ArrayList<>();
        for (ScannedPage page : site.inOrder()) {
            String folder = page.path().contains("/") ? page.path().substring(0, page.path().indexOf('/')) : "";
            if (languages.contains(folder) && !page.alternates().isEmpty()) {
                checkPage(site, page, problems);
            }
        }
        return problems;
    }

    private static void checkPage(BuiltSite site, ScannedPage page, List<Problem> problems) {
        Optional<ScannedPage.Alternate> xDefault = page.alternates().stream().filter(a -> a.hreflang().equals(X_DEFAULT)).findFirst();
        int headLine = page.alternates().get(0).line();
        if (xDefault.isEmpty()) {
            problems.add(Problem.error(page.path(), headLine, 0,
                    "hreflang alternates without hreflang=\"x-default\" — add one pointing to the default-language version"));
        }
        Optional<String> own = page.alternates().stream().filter(a -> !a.hreflang().equals(X_DEFAULT))
                .filter(a -> page.path().equals(fileOf(site, page, a))).map(ScannedPage.Alternate::hreflang).findFirst();
        if (own.isEmpty()) {
            problems.add(Problem.error(page.path(), headLine, 0,
                    "no hreflang alternate points to this page itself — list the page under its own language too"));
            return;
        }
        String ownDefault = xDefault.map(a -> fileOf(site, page, a)).orElse(null);
        for (ScannedPage.Alternate alternate : page.alternates()) {
            String file = fileOf(site, page, alternate);
            if (file == null) {
                problems.add(Problem.error(page.path(), alternate.line(), 0, "hreflang=\"" + alternate.hreflang() + "\" points to '"
                        + alternate.url() + "', which the build did not produce — fix the alternate"));
                continue;
            }
            if (alternate.hreflang().equals(X_DEFAULT) || file.equals(page.path())) {
                continue;
            }
            ScannedPage other = site.pages().get(file);
            boolean linksBack = other != null && other.alternates().stream()
                    .anyMatch(a -> a.hreflang().equals(own.get()) && page.path().equals(fileOf(site, other, a)));
            if (!linksBack) {
                problems.add(Problem.error(page.path(), alternate.line(), 0, "one-sided translation: hreflang=\""
                        + alternate.hreflang() + "\" points to " + file + ", which has no hreflang=\"" + own.get()
                        + "\" link back — translations must link both ways"));
            } else if (ownDefault != null) {
                String otherDefault = other.alternates().stream().filter(a -> a.hreflang().equals(X_DEFAULT))
                        .map(a -> fileOf(site, other, a)).findFirst().orElse(null);
                if (otherDefault != null && !Objects.equals(ownDefault, otherDefault)) {
                    problems.add(Problem.error(page.path(), alternate.line(), 0, "x-default is " + ownDefault + " here but "
                            + otherDefault + " on its translation " + file + " — give all translations the same x-default"));
                }
            }
        }
    }

    private static String fileOf(BuiltSite site, ScannedPage page, ScannedPage.Alternate alternate) {
        UrlTarget target = site.targets().of(page.path(), alternate.url());
        return target.kind() == UrlTarget.Kind.INTERNAL ? target.file() : null;
    }
}
