package org.warraq.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.warraq.links.UrlPaths;
import org.warraq.model.Article;
import org.warraq.model.OutputFile;
import org.warraq.problem.Problem;

/**
 * An article's old addresses ({@code aliases:} in front matter, as in Hugo): each is published as
 * a small page that sends the reader, and search engines by its canonical link, to the article's
 * address, so links to a site moved from elsewhere keep working on static hosting.
 */
final class AliasPages {
    private AliasPages() {
    }

    /** The pages and the problems: an alias where the build writes something else, or that another takes, is an error. */
    record Made(List<OutputFile> files, List<Problem> problems) {
    }

    /**
     * Where an alias sends the reader: the article's address from the site's root, which works in
     * the preview as on the host, and its absolute one, the canonical address for search engines;
     * with the direction of its language ("rtl"), which the page carries as every page does.
     */
    record Target(String link, String canonical, String direction) {
    }

    /** The alias pages of {@code articles}; {@code taken}: every file the build writes otherwise. */
    static Made of(List<Article> articles, Set<String> taken, java.util.function.Function<Article, Target> target) {
        List<OutputFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        java.util.Map<String, String> owners = new java.util.HashMap<>();
        articles.stream().filter(a -> !a.aliases().isEmpty()).sorted(Comparator.comparing(Article::source)).forEach(article -> {
            for (String alias : article.aliases()) {
                String file = outputFile(alias);
                String owner = owners.putIfAbsent(file, article.source());
                if (taken.contains(file)) {
                    problems.add(Problem.error(article.source(), 0, 0, "alias '" + alias + "' is an address the site has already ("
                            + file + ") — remove the alias"));
                } else if (owner != null && !owner.equals(article.source())) {
                    problems.add(Problem.error(article.source(), 0, 0, "alias '" + alias + "' is also an alias of " + owner
                            + " — keep it in one of them"));
                } else if (owner == null) {
                    files.add(OutputFile.text(file, page(article, target.apply(article))));
                }
            }
        });
        files.sort(Comparator.comparing(OutputFile::path));
        return new Made(files, problems);
    }

    /** The file an alias is served from: "/2010/old/" and "/2010/old" from 2010/old/index.html, "/old.html" from itself. */
    static String outputFile(String alias) {
        String path = UrlPaths.decode(alias).replaceFirst("^/+", "");
        if (path.isEmpty() || path.endsWith("/")) {
            return path + "index.html";
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".") ? path : path + "/index.html";
    }

    /** A page that sends the reader on at once, in the article's language, with its title for the moment it shows. */
    private static String page(Article article, Target target) {
        String title = Xml.escape(article.title());
        String href = Xml.escape(target.link());
        return "<!DOCTYPE html>\n<html lang=\"" + Xml.escape(article.id().language()) + "\" dir=\"" + target.direction() + "\">\n"
                + "<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + title + "</title>\n<link rel=\"canonical\" href=\"" + Xml.escape(target.canonical()) + "\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n<meta http-equiv=\"refresh\" content=\"0; url=" + href + "\">\n"
                + "</head>\n<body>\n<p><a href=\"" + href + "\">" + title + "</a></p>\n</body>\n</html>\n";
    }
}
