package org.warraq.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.warraq.config.SiteConfig;
import org.warraq.content.ContentKind;

/**
 * The model of the whole site: pages by id and, per language, what it publishes; and the files
 * published beside pages, by their path in the site ({@code content/ar/articles/rome/cover.jpg}).
 * Immutable; later stages derive from it and never change it.
 */
public record Site(SiteConfig config, Map<PageId, Article> articles, Map<PageId, Topic> topics,
        Map<PageId, StandalonePage> pages, Map<String, Edition> editions, Map<String, PageResource> resources) {

    public Site {
        articles = Map.copyOf(articles);
        topics = Map.copyOf(topics);
        pages = Map.copyOf(pages);
        editions = Map.copyOf(editions);
        resources = Map.copyOf(resources);
    }

    /** A site without files beside its pages. */
    public Site(SiteConfig config, Map<PageId, Article> articles, Map<PageId, Topic> topics,
            Map<PageId, StandalonePage> pages, Map<String, Edition> editions) {
        this(config, articles, topics, pages, editions, Map.of());
    }

    /** The editions in language order. */
    public List<Edition> editionsInOrder() {
        return config.languages().stream().map(l -> editions.get(l.code())).toList();
    }

    public Article article(PageId id) {
        return articles.get(id);
    }

    /** Whether a page with this id exists (article, topic or standalone page). */
    public boolean exists(PageId id) {
        return switch (id.kind()) {
            case ARTICLE -> articles.containsKey(id);
            case TOPIC -> topics.containsKey(id);
            case PAGE -> pages.containsKey(id);
        };
    }

    /** The page itself and its translations: language code → id, in language order. */
    public SortedMap<String, PageId> translations(PageId id) {
        SortedMap<String, PageId> found = new TreeMap<>((a, b) -> Integer.compare(position(a), position(b)));
        for (var language : config.languages()) {
            PageId other = id.inLanguage(language.code());
            if (exists(other)) {
                found.put(language.code(), other);
            }
        }
        return found;
    }

    /**
     * Whether every list of this site (home, topics, tags, in each language, with other languages'
     * articles where shown) holds the same articles in the same order as {@code before}'s, and
     * every article the same neighbours: the same configuration and editions, and each article as it
     * was or at the same date and in the same topics. An edit to an article's text keeps them.
     */
    public boolean sameListsAs(Site before) {
        if (before == this) {
            return true;
        }
        if (articles.size() != before.articles().size() || !config.equals(before.config())
                || !editions.equals(before.editions())) {
            return false;
        }
        for (Article now : articles.values()) {
            Article was = before.article(now.id());
            if (was != now && (was == null || !was.date().equals(now.date()) || !was.topics().equals(now.topics()))) {
                return false;
            }
        }
        return true;
    }

    /** The topic with this id in a language, if that language has it. */
    public Optional<Topic> topic(String language, String topicId) {
        return Optional.ofNullable(topics.get(new PageId(language, ContentKind.TOPIC, topicId)));
    }

    private int position(String code) {
        for (int i = 0; i < config.languages().size(); i++) {
            if (config.languages().get(i).code().equals(code)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
