package org.warraq.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.warraq.config.SiteConfigLoader;
import org.warraq.config.SynonymGroup;
import org.warraq.i18n.Localizer;
import org.warraq.i18n.MessageCatalog;
import org.warraq.links.LinkedSite;
import org.warraq.model.Article;
import org.warraq.model.Edition;
import org.warraq.model.OutputFile;
import org.warraq.problem.Problem;
import org.warraq.search.IndexOptions;
import org.warraq.search.SearchDocument;
import org.warraq.search.SearchIndex;
import org.warraq.search.SearchIndexBuilder;
import org.warraq.search.SynonymTable;

/**
 * Feeds each language's articles to the search index builder and places its files under
 * {@code /<lang>/search/}, beside the search page that loads them.
 */
final class SearchStage {
    private SearchStage() {
    }

    /**
     * The index files of every language, per language the manifest's file name, and warnings about
     * search.synonyms groups that analysis makes pointless.
     */
    record Indexes(List<OutputFile> files, Map<String, String> manifests, List<Problem> problems) {
    }

    /** The index files of every language; {@code progress} hears of each article analyzed for indexing. */
    static Indexes build(LinkedSite linked, MessageCatalog messages, org.warraq.problem.Progress progress) {
        SearchIndexBuilder builder = new SearchIndexBuilder(IndexOptions.defaults());
        List<SynonymGroup> groups = linked.site().config().search().synonyms();
        List<List<String>> synonyms = groups.stream().map(SynonymGroup::variants).toList();
        List<OutputFile> files = new ArrayList<>();
        Map<String, String> manifests = new TreeMap<>();
        // Languages are indexed side by side: each index has sequential steps (postings, shards)
        // that would otherwise leave a core idle. Results are taken in the site's language order.
        List<Edition> editions = linked.site().editionsInOrder();
        progress.start("search", linked.site().articles().size());
        List<SearchIndex> indexes = editions.parallelStream().map(edition -> {
            Localizer t = new Localizer(edition.language(), messages);
            List<SearchDocument> documents = edition.articles().stream()
                    .map(id -> document(linked, linked.site().article(id), t)).toList();
            return builder.build(edition.language().code(), documents, synonyms, progress);
        }).toList();
        progress.finish();
        for (int i = 0; i < editions.size(); i++) {
            String code = editions.get(i).language().code();
            SearchIndex index = indexes.get(i);
            index.files().forEach(f -> files.add(new OutputFile(code + "/" + f.path(), f.bytes())));
            manifests.put(code, index.manifestPath().substring(index.manifestPath().lastIndexOf('/') + 1));
        }
        List<Problem> problems = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            int group = g;
            var uses = indexes.stream().map(index -> index.synonymUses().get(group)).toList();
            check(groups.get(g), uses).ifPresent(problems::add);
        }
        return new Indexes(files, manifests, problems);
    }

    // A group is pointless when, in every language whose articles use it, its spellings already
    // analyze alike (إفريقيا and أفريقيا both become افريق). Unused groups are fine: the articles
    // that need them may not be written yet.
    private static Optional<Problem> check(SynonymGroup group, List<SynonymTable.Use> uses) {
        if (uses.contains(SynonymTable.Use.ALIKE) && !uses.contains(SynonymTable.Use.APPLIED)) {
            return Optional.of(Problem.warning(SiteConfigLoader.FILE_NAME, group.line(), group.column(),
                    "search.synonyms: " + String.join(", ", group.variants())
                            + " already match each other (search folds these spellings) — remove the group"));
        }
        return Optional.empty();
    }

    private static SearchDocument document(LinkedSite linked, Article article, Localizer t) {
        String language = article.id().language();
        List<String> topics = article.topics().stream()
                .map(id -> linked.site().topic(language, id).map(topic -> topic.title()).orElse(id)).toList();
        return new SearchDocument(linked.permalinks().link(linked.permalinks().article(article)), article.title(),
                article.date().iso(), t.date(article.date().day()), topics,
                article.tags().stream().map(tag -> tag.label()).toList(),
                article.body().headings().stream().map(h -> h.text()).toList(), article.summary(),
                article.body().plainText());
    }
}
