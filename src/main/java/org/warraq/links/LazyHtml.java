package org.warraq.links;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.warraq.model.Article;
import org.warraq.model.PageId;
import org.warraq.model.Site;

/**
 * The resolved HTML of every page of a site, each resolved when first asked for. The preview
 * applies an article edit by rendering a handful of pages; resolving all 17,000 bodies of a large
 * site for that (and holding them) would cost more than the whole edit. Resolution is a pure
 * function of the site, so a lazily filled map holds exactly what an eager one would.
 */
final class LazyHtml extends AbstractMap<PageId, String> {
    private final Site site;
    private final InternalLinks links;
    private final Map<PageId, String> resolved = new ConcurrentHashMap<>();
    /** Where each article's links lead, in the order {@link InternalLinks#check} gives. */
    private final Map<PageId, List<String>> urls = new ConcurrentHashMap<>();

    /** Resolves what {@code known} lacks; {@code knownUrls} holds articles' links already checked. */
    LazyHtml(Site site, InternalLinks links, Map<PageId, String> known, Map<PageId, List<String>> knownUrls) {
        this.site = site;
        this.links = links;
        resolved.putAll(known);
        urls.putAll(knownUrls);
    }

    /** Where the links of {@code article}'s body lead; checked when first asked for. */
    List<String> urls(PageId article) {
        return urls.computeIfAbsent(article, id -> {
            return links.check(site.article(id)).urls();
        });
    }

    @Override
    public String get(Object key) {
        if (!(key instanceof PageId id) || !site.exists(id)) {
            return null;
        }
        return resolved.computeIfAbsent(id, this::resolve);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    private String resolve(PageId id) {
        return switch (id.kind()) {
            case ARTICLE -> {
                yield InternalLinks.html(site.article(id).body(), urls(id));
            }
            case TOPIC -> {
                var topic = site.topics().get(id);
                yield topic.intro() == null ? null : links.resolve(id, topic.source(), topic.intro()).html();
            }
            case PAGE -> {
                var page = site.pages().get(id);
                yield links.resolve(id, page.source(), page.body()).html();
            }
        };
    }

    /** Every entry, all resolved: for the rare reader that walks the whole map. */
    @Override
    public Set<Entry<PageId, String>> entrySet() {
        Map<PageId, String> all = new LinkedHashMap<>();
        site.articles().keySet().forEach(id -> all.put(id, get(id)));
        site.topics().keySet().forEach(id -> {
            String html = get(id);
            if (html != null) {
                all.put(id, html);
            }
        });
        site.pages().keySet().forEach(id -> all.put(id, get(id)));
        return java.util.Collections.unmodifiableMap(all).entrySet();
    }
}
