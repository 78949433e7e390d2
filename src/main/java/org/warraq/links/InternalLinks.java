package org.warraq.links;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.warraq.content.ContentKind;
import org.warraq.content.ContentScanner;
import org.warraq.content.Heading;
import org.warraq.content.LinkRef;
import org.warraq.content.RenderedMarkdown;
import org.warraq.content.UrlSafety;
import org.warraq.model.Article;
import org.warraq.model.PageId;
import org.warraq.model.PageResource;
import org.warraq.model.Site;
import org.warraq.problem.Problem;
import org.warraq.problem.Severity;

/**
 * Resolves Markdown links between content files ({@code other.md}, {@code ../topics/x.md#part},
 * {@code #part}) to the URLs of the pages they name, and reports links to missing files or anchors.
 */
public final class InternalLinks {
    private final Site site;
    private final Permalinks permalinks;
    private final Severity brokenSeverity;

    public InternalLinks(Site site, Permalinks permalinks) {
        this.site = site;
        this.permalinks = permalinks;
        this.brokenSeverity = site.config().brokenLinksAreErrors() ? Severity.ERROR : Severity.WARNING;
    }

    /** A body's HTML with links resolved, the pages it links to, and the problems found. */
    public record Resolved(String html, Set<PageId> targets, List<Problem> problems) {
    }

    /**
     * What a body's links resolve to, without the HTML: the URL each link gets ({@code #} for a
     * broken one; in the order of {@link #links}), the pages it links to, and the problems found.
     * With the body, the URLs decide the resolved HTML.
     */
    public record Checked(List<String> urls, Set<PageId> targets, List<Problem> problems) {
    }

    /** Resolves the links of {@code body}, which belongs to page {@code from} stored at {@code sourcePath}. */
    public Resolved resolve(PageId from, String sourcePath, RenderedMarkdown body) {
        Checked checked = check(from, sourcePath, body);
        return new Resolved(html(body, checked.urls()), checked.targets(), checked.problems());
    }

    /** {@code body}'s HTML with its links pointing to {@code urls}, what {@link #check} found for them. */
    static String html(RenderedMarkdown body, List<String> urls) {
        String html = body.html();
        List<LinkRef> links = links(body);
        for (int i = 0; i < links.size(); i++) {
            html = html.replace("\"" + links.get(i).placeholder() + "\"", "\"" + escape(urls.get(i)) + "\"");
        }
        return html;
    }

    /**
     * Checks an article's links as {@link #check(PageId, String, RenderedMarkdown)} does, and then
     * its {@code images:}: their URLs follow the body's, in the order written (a path of the site or
     * a web address as it is, for {@link SitePathLinks} and the reader to check).
     */
    public Checked check(Article article) {
        Checked body = check(article.id(), article.source(), article.body());
        if (article.images().isEmpty()) {
            return body;
        }
        List<String> urls = new ArrayList<>(body.urls());
        List<Problem> problems = new ArrayList<>(body.problems());
        for (LinkRef image : article.images()) {
            String url = "#";
            try {
                url = imageUrl(article.id(), article.source(), image);
            } catch (Broken broken) {
                problems.add(problem(article.source(), image, broken));
            }
            urls.add(url);
        }
        return new Checked(urls, body.targets(), problems);
    }

    /** The URL of an article's image: a file of a page's folder, or a path of the site or an address as written. */
    private String imageUrl(PageId from, String sourcePath, LinkRef image) throws Broken {
        String written = image.target();
        if (written.startsWith("/") || UrlSafety.isWebAddress(written)) {
            return written;
        }
        if (UrlPaths.decode(written).endsWith(".md")) {
            throw new Broken(" names a page, not a picture — name an image file of the article's folder");
        }
        return target(from, sourcePath, image).url;
    }

    /** Checks the links of {@code body} as {@link #resolve} does, without making the HTML. */
    public Checked check(PageId from, String sourcePath, RenderedMarkdown body) {
        List<String> urls = new ArrayList<>();
        Set<PageId> targets = new TreeSet<>();
        List<Problem> problems = new ArrayList<>();
        for (LinkRef link : links(body)) {
            String url = "#";
            try {
                Target target = target(from, sourcePath, link);
                url = target.url;
                if (target.page != null && !target.page.equals(from)) {
                    targets.add(target.page);
                }
            } catch (Broken broken) {
                problems.add(problem(sourcePath, link, broken));
            }
            urls.add(url);
        }
        return new Checked(urls, targets, problems);
    }

    /** The body's links, highest index first, so "warraq-link:1" is never replaced inside "warraq-link:12". */
    private static List<LinkRef> links(RenderedMarkdown body) {
        List<LinkRef> links = new ArrayList<>(body.links());
        links.sort((a, b) -> Integer.compare(b.index(), a.index()));
        return links;
    }

    private record Target(PageId page, String url) {
    }

    /** A broken link's problem, where it is written, naming it as written: "link to 'x.md': …", or "image 'x.png': …". */
    private Problem problem(String sourcePath, LinkRef link, Broken broken) {
        return new Problem(brokenSeverity, sourcePath, link.line(), link.column(), link.named() + broken.getMessage());
    }

    /** Why a link leads nowhere, said after the link as written (see {@link #problem}): ": x.md does not exist …". */
    private static final class Broken extends Exception {
        private static final long serialVersionUID = 1L;

        Broken(String message) {
            super(message, null, false, false);
        }
    }

    private Target target(PageId from, String sourcePath, LinkRef link) throws Broken {
        String written = link.target();
        int hash = written.indexOf('#');
        String file = hash < 0 ? written : written.substring(0, hash);
        String fragment = hash < 0 ? null : UrlPaths.decode(written.substring(hash + 1));
        if (!file.isEmpty() && !UrlPaths.decode(file).endsWith(".md")) {
            PageResource resource = resourceAt(sourcePath, UrlPaths.decode(file), link.image());
            // The fragment as written: what it means (a PDF's "#page=2") is for the file's reader.
            return new Target(null, permalinks.link(permalinks.resource(resource)) + (hash < 0 ? "" : written.substring(hash)));
        }
        PageId page = file.isEmpty() ? from : pageOf(sourcePath, UrlPaths.decode(file));
        if (fragment != null && !fragment.isEmpty()) {
            checkAnchor(page, fragment);
        }
        String base = file.isEmpty() ? "" : permalinks.link(permalinks.pathOf(page));
        return new Target(page, base + (fragment == null || fragment.isEmpty() ? "" : "#" + UrlPaths.encode(fragment)));
    }

    /**
     * The file of a page bundle that {@code file} (decoded, not Markdown) names from {@code sourcePath}:
     * one beside the linking page in its folder, or in another page's.
     */
    private PageResource resourceAt(String sourcePath, String file, boolean image) throws Broken {
        String normalized = resolve(sourcePath, file).toString().replace('\\', '/');
        PageResource resource = site.resources().get(normalized);
        if (resource != null) {
            return resource;
        }
        String bundle = sourcePath.endsWith("/index.md") ? sourcePath.substring(0, sourcePath.length() - "index.md".length()) : null;
        if (bundle != null && normalized.startsWith(bundle)) {
            List<String> names = site.resources().keySet().stream().filter(p -> p.startsWith(bundle))
                    .map(p -> p.substring(bundle.length())).sorted().toList();
            String hint = org.warraq.config.Suggestions.closest(normalized.substring(bundle.length()), names)
                    .map(near -> " — did you mean '" + near + "'?").orElse(" — check the file name");
            throw new Broken(": " + normalized + " does not exist" + hint);
        }
        String name = String.valueOf(Path.of(file).getFileName());
        if (image) {
            throw new Broken(" is not a file of a page's folder (or its page is a draft) — put the"
                    + " file beside the page (as articles/<name>/index.md and articles/<name>/" + name + "), or in static/"
                    + " and write its path from the site's root");
        }
        if (!name.contains(".")) {
            String hint = pageMeant(sourcePath, file).map(page -> " ('" + page + "')").orElse("");
            throw new Broken(" is not a Markdown file of this site — link to a .md file" + hint
                    + ", or use an absolute URL");
        }
        throw new Broken(" is not a Markdown file of this site nor a file of a page's folder (or"
                + " its page is a draft) — link to a .md file, put the file beside the page (as articles/<name>/index.md and"
                + " articles/<name>/" + name + "), or use an absolute URL");
    }

    /**
     * The file of the page a link without an extension means, relative to {@code sourcePath}:
     * "other" for other.md, or an address as Hugo sites write it, relative to the page's own
     * address ("../other/" from articles/source.md, whose page is articles/source/).
     */
    private Optional<String> pageMeant(String sourcePath, String file) throws Broken {
        Path folder = Path.of(sourcePath).getParent();
        String base = file.endsWith("/") ? file.substring(0, file.length() - 1) : file;
        String name = ContentScanner.nameOf(Path.of(sourcePath).getFileName());
        for (Path from : List.of(folder, folder.resolve(name))) {
            for (String candidate : List.of(base + ".md", base + "/index.md")) {
                String page = folder.relativize(resolve(from.resolve("x").toString(), candidate)).toString().replace('\\', '/');
                if (tryPageOf(sourcePath, page)) {
                    return Optional.of(page);
                }
            }
        }
        return Optional.empty();
    }

    private boolean tryPageOf(String sourcePath, String file) {
        try {
            pageOf(sourcePath, file);
            return true;
        } catch (Broken notThere) {
            return false;
        }
    }

    private static Path resolve(String sourcePath, String file) throws Broken {
        try {
            return Path.of(sourcePath).getParent().resolve(file).normalize();
        } catch (java.nio.file.InvalidPathException e) { // "%00" decodes to a character no file name holds
            throw new Broken(" names no possible file (" + e.getReason().toLowerCase(java.util.Locale.ROOT)
                    + ") — check the link's path");
        }
    }

    private PageId pageOf(String sourcePath, String file) throws Broken {
        Located located = sibling(sourcePath, file);
        if (located == null) {
            Path resolved = resolve(sourcePath, file);
            if (resolved.getNameCount() < 4 || !resolved.getName(0).toString().equals("content")) {
                throw new Broken(" points outside content/<lang>/<kind>/ — check the path");
            }
            // A page's id comes from its path (ContentScanner.nameOf).
            located = new Located(resolved.toString().replace('\\', '/'), resolved.getName(1).toString(),
                    resolved.getName(2).toString(), ContentScanner.nameOf(resolved.subpath(3, resolved.getNameCount())));
        }
        String normalized = located.path();
        String language = located.language();
        Optional<ContentKind> kind = ContentKind.ofFolder(located.kindFolder());
        if (kind.isEmpty() || site.config().language(language).isEmpty()) {
            throw new Broken(" points to " + normalized + ", which is not a content file — check the path");
        }
        // Its source says whether that page lives at this path.
        PageId id = new PageId(language, kind.get(), located.name());
        if (!site.exists(id) || !sourceOf(id).equals(normalized)) {
            String hint = (site.exists(id) ? Optional.of(id) : closestName(id))
                    .map(near -> " — did you mean '" + Path.of(sourcePath).getParent().relativize(Path.of(sourceOf(near)))
                            .toString().replace('\\', '/') + "'?")
                    .orElse(" — check the file name");
            throw new Broken(": " + normalized + " does not exist (or is a draft)" + hint);
        }
        return id;
    }

    /** Where a link leads in content/: the file's path, and the language, kind folder and page name it stands for. */
    private record Located(String path, String language, String kindFolder, String name) {
    }

    /**
     * Where a link to a Markdown file beside an article leads ({@code a-00123.md} from
     * {@code content/ar/articles/x.md}, most internal links), found with a few string operations;
     * null for any other link, which {@link #pageOf} resolves as a path. The path arithmetic took
     * 123 of the 173 ms of CPU that checking every link of the 10k corpus took in a rebuild.
     */
    private static Located sibling(String sourcePath, String file) {
        int slash = sourcePath.lastIndexOf('/');
        int kindSlash = slash < 0 ? -1 : sourcePath.lastIndexOf('/', slash - 1);
        int languageSlash = kindSlash < 0 ? -1 : sourcePath.lastIndexOf('/', kindSlash - 1);
        if (languageSlash != "content".length() || !sourcePath.startsWith("content/") || !file.endsWith(".md")
                || file.equals("index.md") || file.startsWith(".") || file.indexOf('/') >= 0 || file.indexOf('\\') >= 0
                || file.indexOf('\0') >= 0 || sourcePath.indexOf('\\') >= 0) {
            return null;
        }
        String language = sourcePath.substring(languageSlash + 1, kindSlash);
        String kindFolder = sourcePath.substring(kindSlash + 1, slash);
        if (language.isEmpty() || language.equals(".") || language.equals("..") || kindFolder.isEmpty()
                || kindFolder.equals(".") || kindFolder.equals("..")) {
            return null;
        }
        return new Located(sourcePath.substring(0, slash + 1) + file, language, kindFolder,
                file.substring(0, file.length() - ".md".length()));
    }

    /** The page whose name is closest to {@code missing}'s, in its language and kind. */
    private Optional<PageId> closestName(PageId missing) {
        List<String> names = switch (missing.kind()) {
            case ARTICLE -> site.articles().keySet().stream().filter(i -> i.language().equals(missing.language()))
                    .map(PageId::name).toList();
            case TOPIC -> site.topics().keySet().stream().filter(i -> i.language().equals(missing.language()))
                    .map(PageId::name).toList();
            case PAGE -> site.pages().keySet().stream().filter(i -> i.language().equals(missing.language()))
                    .map(PageId::name).toList();
        };
        return org.warraq.config.Suggestions.closest(missing.name(), names)
                .map(name -> new PageId(missing.language(), missing.kind(), name));
    }

    private void checkAnchor(PageId page, String fragment) throws Broken {
        List<Heading> headings = headingsOf(page);
        if (headings.stream().noneMatch(h -> h.id().equals(fragment))) {
            String known = headings.stream().map(Heading::id).collect(Collectors.joining(", "));
            throw new Broken(": no heading with id '" + fragment + "' in " + sourceOf(page)
                    + (known.isEmpty() ? " — it has no headings: link to the page without '#" + fragment + "'"
                            : " — its heading ids are: " + known));
        }
    }

    private String sourceOf(PageId page) {
        return switch (page.kind()) {
            case ARTICLE -> site.article(page).source();
            case TOPIC -> site.topics().get(page).source();
            case PAGE -> site.pages().get(page).source();
        };
    }

    private List<Heading> headingsOf(PageId page) {
        return switch (page.kind()) {
            case ARTICLE -> site.article(page).body().headings();
            case TOPIC -> site.topics().get(page).intro() == null ? List.of() : site.topics().get(page).intro().headings();
            case PAGE -> site.pages().get(page).body().headings();
        };
    }

    private static String escape(String url) {
        return url.replace("&", "&amp;").replace("\"", "&quot;");
    }
}
