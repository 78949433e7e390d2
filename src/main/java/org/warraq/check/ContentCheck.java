package org.warraq.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.warraq.model.Article;
import org.warraq.model.Site;
import org.warraq.problem.Problem;

/** Editorial completeness: every article has a summary and at least one topic (warnings). */
final class ContentCheck {
    private ContentCheck() {
    }

    static List<Problem> check(Site site) {
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = site.articles().values().stream().sorted(Comparator.comparing(Article::source)).toList();
        for (Article article : articles) {
            if (article.summary() == null || article.summary().isBlank()) {
                problems.add(Problem.warning(article.source(), 1, 0, "article has no summary — add summary: to its front matter "
                        + "(lists, feeds, search results and the meta description show it)"));
            }
            if (article.topics().isEmpty()) {
                problems.add(Problem.warning(article.source(), 1, 0,
                        "article has no topic — add topics: [<id>] to its front matter so readers can find it by subject"));
            }
        }
        return problems;
    }
}
