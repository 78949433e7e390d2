package org.warraq.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Markdown to HTML with Flexmark: tables, strikethrough, footnotes, readable heading ids, safe URLs.
 *
 * <p>The parser and renderer are built once and shared (Flexmark's are thread-safe); per-document
 * state lives in the document's data holder. Raw HTML is escaped unless the site turns it on.
 * Every URL passes through {@link Links}: dangerous ones lose their attribute, internal ones
 * become placeholders that the links stage replaces with real URLs.
 */
public final class MarkdownRenderer {
    private static final DataKey<Collector> COLLECTOR = new DataKey<>("WARRAQ_LINKS", (Collector) null);
    /** What a URL attribute's value starts with between rendering and {@link #substituteUrls}. */
    private static final String MARKER = "=\"warraq-url:";

    /**
     * Flexmark with the extensions a body needs, one per combination, each built when first
     * needed (index: 1 for footnotes, plus 2 for bare addresses). The footnote extension's block and
     * link processors look at every paragraph and bracket (3% of a cold 1k build's CPU in bodies
     * without any), the autolink extension at every text, so a body gets them only when it has "[^",
     * or "://", "www." or "@": without those the output is the same bytes.
     */
    private final List<Lazy<Flexmark>> flexmarks;

    /** A renderer; {@code rawHtml} passes HTML in Markdown through instead of escaping it. */
    public MarkdownRenderer(boolean rawHtml) {
        this.flexmarks = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> new Lazy<>(() -> Flexmark.of(rawHtml, (i & 1) != 0, (i & 2) != 0))).toList();
    }

    /** A parser and the renderer of what it parses, with the same options. */
    private record Flexmark(Parser parser, HtmlRenderer renderer) {
        static Flexmark of(boolean rawHtml, boolean footnotes, boolean autolinks) {
            MutableDataSet options = new MutableDataSet();
            List<com.vladsch.flexmark.util.misc.Extension> extensions = new ArrayList<>(
                    List.of(TablesExtension.create(), StrikethroughExtension.create()));
            if (footnotes) {
                extensions.add(FootnoteExtension.create());
            }
            if (autolinks) {
                extensions.add(com.vladsch.flexmark.ext.autolink.AutolinkExtension.create());
            }
            options.set(Parser.EXTENSIONS, extensions);
            options.set(HtmlRenderer.ESCAPE_HTML, !rawHtml);
            options.set(HtmlRenderer.RENDER_HEADER_ID, true);
            options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
            options.set(HtmlRenderer.PERCENT_ENCODE_URLS, false);
            // Flexmark would drop javascript: links itself, before the link resolver sees them: all of
            // them go to the resolver instead, where UrlSafety drops the address (and more schemes,
            // disguised too) and the author is told.
            options.set(HtmlRenderer.SUPPRESSED_LINKS, "");
            // Text goes into the HTML as it is, not character by character through Flexmark's line
            // formatting (which a body's HTML never needed: the same bytes for the repository's site and
            // the 1k corpus). Rendering the 1k corpus's 1,704 bodies in a fresh JVM: 1.64 -> 1.32 s.
            options.set(HtmlRenderer.FORMAT_FLAGS, com.vladsch.flexmark.util.sequence.LineAppendable.F_PASS_THROUGH);
            options.set(TablesExtension.CLASS_NAME, "table");
            return new Flexmark(Parser.builder(options).build(), HtmlRenderer.builder(options)
                    .htmlIdGeneratorFactory(new Ids())
                    .attributeProviderFactory(new LazyPictures())
                    .linkResolverFactory(new Links())
                    .nodeRendererFactory(rendererOptions -> new PlainText())
                    .nodeRendererFactory(rendererOptions -> new Figures())
                    .build());
        }
    }

    /**
     * Parses and renders a small document with every construct the parser knows, with a throwaway
     * renderer: the classes it loads and the code it runs for the first time are ready when the
     * build parses its first changed page. Meant for a background thread started with the build.
     * Without a web address: that would warm the Flexmark that links bare addresses, which few bodies need.
     */
    public static void warmUp() {
        new MarkdownRenderer(false).render("# عنوان\n\nفقرة *مائلة* و**عريضة** و~~محذوفة~~ مع [رابط](other.md#part) و"
                + "[خارجي](/ar/) و`رمز`.\n\n## Part\n\n- one\n- two\n\n1. a\n2. b\n\n> quote\n\n"
                + "| a | b |\n|---|---|\n| 1 | 2 |\n\n![image](image.png)\n\n```\ncode\n```\n\n<b>raw</b>\n", 1);
    }

    /** Markdown nested deeper than this many elements (block quotes, lists, emphasis inside each other) is refused: see {@link TooDeep}. */
    public static final int MAX_NESTING = 256;

    /**
     * A body nested more than {@link #MAX_NESTING} elements deep, at its 1-based {@code line} of
     * the file. The renderer and the text collector recurse once per element, and the parser's
     * regular expressions once per character of a long run of list or quote markers: a few
     * hundred levels overflowed the stack (600 nested list items, 1,000 block quotes), a crash at
     * a depth that depends on the thread. Refused at a fixed depth instead: markers counted
     * before the parse, elements after it (neither count recurses).
     */
    public static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;

        TooDeep(int line) {
            super(null, null, false, false);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Renders {@code body}, whose first line is line {@code firstLine} of its file; throws {@link TooDeep}. */
    public RenderedMarkdown render(String body, int firstLine) {
        checkMarkers(body, firstLine);
        boolean footnotes = body.contains("[^");
        boolean addresses = body.contains("://") || body.contains("www.") || body.indexOf('@') >= 0;
        Flexmark flexmark = flexmarks.get((footnotes ? 1 : 0) + (addresses ? 2 : 0)).get();
        Document document;
        try {
            document = flexmark.parser().parse(body);
        } catch (StackOverflowError e) {
            throw new TooDeep(firstLine); // some other construct the parser recurses on; not met in practice
        }
        checkNesting(document, body, firstLine);
        if (body.contains("{#")) {
            takeExplicitHeadingIds(document);
        }
        if (footnotes) {
            numberFootnotesByFirstReference(document);
        }
        Collector collector = new Collector(body, firstLine);
        document.set(COLLECTOR, collector);
        String html = substituteUrls(flexmark.renderer().render(document), collector);
        List<org.warraq.content.Heading> headings = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                headings.add(new org.warraq.content.Heading(heading.getLevel(), heading.getAnchorRefId(),
                        new TextCollectingVisitor().collectAndGetText(heading).strip()));
            }
        }
        String text = new TextCollectingVisitor().collectAndGetText(document);
        return new RenderedMarkdown(html, headings, collector.internal, collector.external, collector.refused, collector.sitePaths,
                text);
    }

    /**
     * Flexmark 0.64 numbers footnotes by where each is referenced last, not first: in
     * {@code a[^x] b[^y] c[^x]} note x came out 2 and y 1. Each note gets the offset of its first
     * reference back before rendering, which numbers the notes (sorting by that offset).
     */
    private static void numberFootnotesByFirstReference(Document document) {
        Map<FootnoteBlock, Integer> first = new java.util.IdentityHashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Footnote reference && reference.getFootnoteBlock() != null) {
                first.merge(reference.getFootnoteBlock(), reference.getStartOffset(), Math::min);
            }
        }
        first.forEach(FootnoteBlock::setFirstReferenceOffset);
    }

    /** Throws {@link TooDeep} at the first line that opens more than {@link #MAX_NESTING} block quotes or list items. */
    private static void checkMarkers(String body, int firstLine) {
        int line = firstLine;
        int at = 0;
        while (at < body.length()) {
            int markers = 0;
            int i = at;
            while (true) { // a line's leading "> ", "- ", "* ", "+ ", "1. ", "1) ", each after up to 3 spaces
                int j = i;
                while (j < body.length() && j - i < 3 && body.charAt(j) == ' ') {
                    j++;
                }
                int marker = j;
                while (j < body.length() && j - marker < 9 && body.charAt(j) >= '0' && body.charAt(j) <= '9') {
                    j++;
                }
                char c = j < body.length() ? body.charAt(j) : '\n';
                boolean ordered = j > marker && (c == '.' || c == ')');
                if (!ordered && (j > marker || c != '>' && c != '-' && c != '*' && c != '+')) {
                    break;
                }
                j++;
                if (j < body.length() && body.charAt(j) != ' ' && body.charAt(j) != '\t' && c != '>') {
                    break;
                }
                if (++markers > MAX_NESTING) {
                    throw new TooDeep(line);
                }
                i = j;
            }
            int end = body.indexOf('\n', at);
            at = end < 0 ? body.length() : end + 1;
            line++;
        }
    }

    /** Throws {@link TooDeep} at the first node below {@link #MAX_NESTING} levels; walks the tree without recursion. */
    private static void checkNesting(Document document, String body, int firstLine) {
        Node node = document.getFirstChild();
        int depth = 1;
        while (node != null) {
            if (depth > MAX_NESTING) {
                int offset = Math.min(node.getStartOffset(), body.length());
                throw new TooDeep(firstLine + (int) body.substring(0, offset).chars().filter(c -> c == '\n').count());
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == document ? null : node.getNext();
        }
    }

    /**
     * Second pass over the HTML: each URL marker (an attribute {@code  href="warraq-url:N"} or
     * {@code  src="warraq-url:N"}) becomes its final form: kept, a placeholder, or dropped with its
     * attribute. A scan for the marker rather than a regular expression: a match per body was a
     * hundredth of a large build.
     */
    private static String substituteUrls(String html, Collector collector) {
        int at = html.indexOf(MARKER);
        if (at < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int copied = 0;
        while (at >= 0) {
            String name = html.startsWith(" href", at - 5) ? "href" : html.startsWith(" src", at - 4) ? "src" : null;
            int digits = at + MARKER.length();
            int end = digits;
            while (end < html.length() && html.charAt(end) >= '0' && html.charAt(end) <= '9') {
                end++;
            }
            if (name == null || end == digits || end == html.length() || html.charAt(end) != '"') {
                at = html.indexOf(MARKER, at + 1);
                continue;
            }
            out.append(html, copied, at - name.length() - 1);
            String replacement = collector.finalUrls.get(Integer.parseInt(html.substring(digits, end)));
            if (replacement != null) {
                out.append(' ').append(name).append("=\"").append(escapeAttribute(replacement)).append('"');
            }
            copied = end + 1;
            at = html.indexOf(MARKER, copied);
        }
        return out.append(html, copied, html.length()).toString();
    }

    private static String escapeAttribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Per-document record of every URL met while rendering. */
    private static final class Collector {
        final List<LinkRef> internal = new ArrayList<>();
        final List<String> external = new ArrayList<>();
        /** Links and images whose URL is left out: it could run code. */
        final List<LinkRef> refused = new ArrayList<>();
        /** Links and images to a path of the site's host ("/img/x.png"), checked once the site is built. */
        final List<LinkRef> sitePaths = new ArrayList<>();
        /** Marker number → final attribute value; null drops the attribute. */
        final Map<Integer, String> finalUrls = new HashMap<>();
        final int[] lineStarts;
        final int firstLine;

        Collector(String body, int firstLine) {
            this.firstLine = firstLine;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < body.length(); i++) {
                if (body.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        String record(Node node, String url, boolean image) {
            int marker = finalUrls.size();
            int offset = node.getStartOffset();
            int index = java.util.Arrays.binarySearch(lineStarts, offset);
            index = index >= 0 ? index : -index - 2;
            int line = index + firstLine;
            int column = offset - lineStarts[index] + 1;
            if (UrlSafety.isDangerous(url, image)) {
                refused.add(new LinkRef(refused.size(), url, image, line, column));
                finalUrls.put(marker, null);
            } else if (isInternal(url)) {
                LinkRef ref = new LinkRef(internal.size(), url, image, line, column);
                internal.add(ref);
                finalUrls.put(marker, ref.placeholder());
            } else {
                if (url.startsWith("http://") || url.startsWith("https://")) {
                    external.add(url);
                } else if (url.startsWith("/") && !url.startsWith("//")) {
                    sitePaths.add(new LinkRef(sitePaths.size(), url, image, line, column));
                }
                finalUrls.put(marker, url);
            }
            return "warraq-url:" + marker;
        }

        /** Relative paths (to files or pages of this site) are resolved later; schemes, '//', '#' and '/' are not. */
        private static boolean isInternal(String url) {
            return !url.isEmpty() && UrlSafety.scheme(url) == null && !url.startsWith("//") && !url.startsWith("/")
                    || url.startsWith("#") && url.length() > 1;
        }
    }

    /** Replaces every URL by a numbered marker and records what it stands for. */
    private static final class Links implements LinkResolverFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            Collector collector = COLLECTOR.get(context.getDocument());
            return (node, ctx, link) -> {
                if (link.getLinkType() == LinkType.LINK_REF || link.getLinkType() == LinkType.IMAGE_REF) {
                    // A reference without a definition ("[sic]", "[1]"): asked about by name, left
                    // unknown, Flexmark writes it as the text it is, as CommonMark says.
                    return link;
                }
                if (node instanceof com.vladsch.flexmark.ast.MailLink) {
                    // An e-mail address (<info@example.org>, or bare with autolinks): Flexmark writes
                    // "mailto:" before what this returns, and the address, matched strictly, runs nothing.
                    return new ResolvedLink(LinkType.LINK, link.getUrl(), link.getAttributes(), LinkStatus.VALID);
                }
                boolean image = link.getLinkType() == LinkType.IMAGE || node instanceof Image || node instanceof ImageRef;
                // A bare "www." address is a web one (Flexmark would add the scheme only to what it is given back).
                String url = node instanceof com.vladsch.flexmark.ast.AutoLink && link.getUrl().startsWith("www.")
                        ? "http://" + link.getUrl() : link.getUrl();
                String marker = collector.record(node, url, image);
                return new ResolvedLink(link.getLinkType(), marker, link.getAttributes(), LinkStatus.VALID)
                        .withTitle(link.getTitle());
            };
        }
    }

    /**
     * Every picture of a body after its first loads when the reader scrolls near it
     * ({@code loading="lazy"}): an article's photos are then not all fetched at once on a slow
     * connection, while the first, often the lead photo at the top, still comes at once.
     */
    private static final class LazyPictures extends com.vladsch.flexmark.html.IndependentAttributeProviderFactory {
        @Override
        public com.vladsch.flexmark.html.AttributeProvider apply(com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
            // One provider per document rendered: it counts that document's pictures.
            java.util.Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            return (node, part, attributes) -> {
                if (node instanceof Image && seen.add(node) && seen.size() > 1) {
                    attributes.replaceValue("loading", "lazy");
                }
            };
        }
    }

    /**
     * A picture alone in its paragraph with a title, {@code ![القاعة](hall.jpg "قاعة الاجتماع في روما")},
     * is a figure with the title as its caption, as a news photo has one (Pandoc reads such an image
     * so; Hugo needs its figure shortcode). Any other paragraph is Flexmark's.
     */
    private static final class Figures implements com.vladsch.flexmark.html.renderer.NodeRenderer {
        @Override
        public Set<com.vladsch.flexmark.html.renderer.NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new com.vladsch.flexmark.html.renderer.NodeRenderingHandler<>(
                    com.vladsch.flexmark.ast.Paragraph.class, (paragraph, context, html) -> {
                        if (paragraph.getFirstChild() instanceof Image image && image.getNext() == null
                                && !image.getTitle().isBlank()) {
                            String caption = image.getTitle().unescape();
                            image.setTitle(com.vladsch.flexmark.util.sequence.BasedSequence.NULL); // said once, in the caption
                            html.tag("figure");
                            context.render(image);
                            html.tag("figcaption").raw(PlainText.escaped(caption)).closeTag("figcaption");
                            html.closeTag("figure").line();
                        } else {
                            context.delegateRender();
                        }
                    }));
        }
    }

    /**
     * Text as Flexmark's core renderer writes it (backslash escapes and entities resolved, line
     * ends normalized, {@code & < > "} escaped), done on a String and only where one of those
     * characters occurs: Flexmark walks every text node character by character through its
     * based sequences, which was a twentieth of a large cold build's CPU time.
     */
    private static final class PlainText implements com.vladsch.flexmark.html.renderer.NodeRenderer {
        @Override
        public Set<com.vladsch.flexmark.html.renderer.NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new com.vladsch.flexmark.html.renderer.NodeRenderingHandler<>(Text.class,
                    (node, context, html) -> html.raw(escaped(unescaped(node.getChars().toString())))));
        }

        /** Flexmark's {@code Escaping.escapeHtml(text, false)}: each of {@code & < > "} as its entity. */
        static String escaped(String text) {
            int at = 0;
            while (at < text.length() && !special(text.charAt(at))) {
                at++;
            }
            if (at == text.length()) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, at);
            for (; at < text.length(); at++) {
                char c = text.charAt(at);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }

        private static boolean special(char c) {
            return c == '&' || c == '<' || c == '>' || c == '"';
        }

        private static String unescaped(String text) {
            String resolved = text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : Escaping.unescapeString(text);
            return resolved.indexOf('\r') < 0 ? resolved : Escaping.normalizeEOL(resolved);
        }
    }

    /** Heading ids from {@link HeadingIds}, made unique within the document with -2, -3 … */
    /** A heading's own id written after its text, as Hugo reads it: {@code ## Background {#background}}. */
    private static final java.util.regex.Pattern EXPLICIT_ID = java.util.regex.Pattern.compile("[ \\t]*\\{#([^\\s{}#\"'<>&]+)\\}[ \\t]*$");

    /**
     * Takes the {@code {#id}} a heading ends with (Hugo's heading attribute, common in moved
     * sites) out of its text and makes it the heading's id; links to {@code #id} then find it.
     * Other attributes are not read: {@code {onclick=…}} would put script in the page.
     */
    private static void takeExplicitHeadingIds(Document document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading && heading.getLastChild() instanceof com.vladsch.flexmark.ast.Text text) {
                java.util.regex.Matcher id = EXPLICIT_ID.matcher(text.getChars());
                if (id.find()) {
                    if (id.start() == 0) {
                        text.unlink(); // the heading's text was only the id
                    } else {
                        text.setChars(text.getChars().subSequence(0, id.start()));
                    }
                    heading.setAnchorRefId(id.group(1));
                    heading.setExplicitAnchorRefId(true);
                }
            }
        }
    }

    private static final class Ids implements HeaderIdGeneratorFactory {
        @Override
        public HtmlIdGenerator create(com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
            return create();
        }

        @Override
        public HtmlIdGenerator create() {
            return new HtmlIdGenerator() {
                @Override
                public void generateIds(Document document) {
                    Map<String, Integer> used = new HashMap<>();
                    for (Node node : document.getDescendants()) {
                        if (node instanceof Heading heading) {
                            String base = heading.isExplicitAnchorRefId() ? heading.getAnchorRefId()
                                    : HeadingIds.of(new TextCollectingVisitor().collectAndGetText(heading));
                            int count = used.merge(base, 1, Integer::sum);
                            heading.setAnchorRefId(count == 1 ? base : base + "-" + count);
                        }
                    }
                }

                @Override
                public String getId(Node node) {
                    return node instanceof Heading heading ? heading.getAnchorRefId() : null;
                }

                @Override
                public String getId(CharSequence text) {
                    return HeadingIds.of(text.toString());
                }
            };
        }
    }
}
