package org.warraq.render;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.warraq.links.LinkedSite;
import org.warraq.links.TopicNeighbours;
import org.warraq.model.Article;
import org.warraq.model.Digest;
import org.warraq.model.PageId;
import org.warraq.model.StandalonePage;
import org.warraq.model.Topic;
import org.warraq.theme.Assets;

/**
 * Keys of article and list pages made from what a page is built from rather than from its view,
 * so that a build can tell a page is unchanged without building its view: at 17,000 articles,
 * building the views of unchanged pages and digesting them was most of a rebuild's render stage.
 *
 * <p>An article page shows its own article (its source file, through its hash), its body with
 * links resolved (the source's body and the URL each link resolves to), its route (its address
 * and those of its translations), the cards of its related articles and backlinks, its
 * neighbours in each topic, and what every page of the site shares: topics' titles, the
 * standalone pages' addresses, the published assets. A list page shows its route, the cards of
 * its slice of the list, and what {@link ListPages} says of it (the list's length, the page's
 * number …). Everything else a page shows comes from site.yaml, the templates, the UI strings,
 * the build options or the generator, which key the output manifest as a whole: when one of them
 * changes, no earlier file is reused at all.
 *
 * <p>Input keys start with {@code in:}, so they never equal a view key.
 */
final class InputKeys {
    private final LinkedSite linked;
    private final Map<String, String> sourceHashes;
    private final byte[] shared;
    /** The inputs of each article's card, digested once per build: an article is shown by many pages. */
    private final Map<PageId, byte[]> cards = new ConcurrentHashMap<>();

    /** Keys for the pages of {@code linked}; {@code sourceHashes} maps each content file's path to its hash. */
    InputKeys(LinkedSite linked, Assets assets, Map<String, String> sourceHashes) {
        this.linked = linked;
        this.sourceHashes = sourceHashes;
        Digest d = new Digest();
        List<Assets.Asset> published = assets.all().stream()
                .sorted(java.util.Comparator.comparing(Assets.Asset::source)).toList();
        d.add(published.size());
        published.forEach(a -> d.add(a.source()).add(a.published()).add(a.integrity()));
        Map<PageId, Topic> topics = new TreeMap<>(linked.site().topics());
        d.add(topics.size());
        topics.forEach((id, topic) -> d.add(id.toString()).add(topic.title()).add(topic.description()));
        Map<PageId, StandalonePage> pages = new TreeMap<>(linked.site().pages());
        d.add(pages.size());
        pages.forEach((id, page) -> d.add(id.toString()).add(linked.permalinks().pathOf(id)));
        this.shared = d.bytes();
    }

    /** The key of {@code article}'s page at {@code route}, or null when its source's hash is unknown. */
    String article(Article article, Route route) {
        String source = sourceHashes.get(article.source());
        if (source == null) {
            return null;
        }
        Digest d = new Digest().add(shared).add("article").add(article.id().toString()).add(source);
        route(d, route);
        // The body comes from the source; where its links lead, from the pages they name.
        d.add(linked.linkUrls(article.id()));
        cards(d, linked.related().get(article.id()));
        cards(d, linked.backlinks().get(article.id()));
        List<TopicNeighbours> neighbours = linked.neighbours().get(article.id());
        d.add(neighbours == null ? -1 : neighbours.size());
        if (neighbours != null) {
            for (TopicNeighbours n : neighbours) {
                d.add(n.topicId());
                card(d, n.previous());
                card(d, n.next());
            }
        }
        return "in:" + d.hex();
    }

    /**
     * The key of a list page at {@code route} showing the cards of {@code shown}; {@code texts}
     * holds everything else it shows that the site's shared inputs do not (the list's name and
     * length, the page's number, a tag's label, a topic's introduction …).
     */
    String list(Route route, List<String> texts, List<PageId> shown) {
        Digest d = new Digest().add(shared).add("list");
        route(d, route);
        d.add(texts);
        cards(d, shown);
        return "in:" + d.hex();
    }

    /** A page's language, address, and the addresses of its translations. */
    private static void route(Digest d, Route route) {
        d.add(route.language()).add(route.sitePath()).add(route.xDefault());
        Map<String, String> alternates = new TreeMap<>(route.alternates());
        d.add(alternates.size());
        alternates.forEach((language, path) -> d.add(language).add(path));
    }

    private void cards(Digest d, List<PageId> ids) {
        d.add(ids == null ? -1 : ids.size());
        if (ids != null) {
            ids.forEach(id -> card(d, id));
        }
    }

    private void card(Digest d, PageId id) {
        if (id == null) {
            d.add(-1);
            return;
        }
        d.add(cards.computeIfAbsent(id, this::card));
    }

    /**
     * What a card or a neighbour link shows of an article: all from its source file (title, slug,
     * date, summary, topics), so its hash stands for them where it is known; digesting the fields
     * themselves for all 17,000 cards of a large site took a third of a rebuild's key making.
     */
    private byte[] card(PageId id) {
        Article a = linked.site().article(id);
        String source = sourceHashes.get(a.source());
        if (source != null) {
            return new Digest().add(id.toString()).add("source").add(source).bytes();
        }
        Digest d = new Digest().add(id.toString()).add("fields").add(a.title()).add(a.slug()).add(String.valueOf(a.date()))
                .add(a.summary());
        d.add(a.topics());
        return d.bytes();
    }
}
