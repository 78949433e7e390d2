package org.warraq.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.warraq.config.Language;
import org.warraq.i18n.Localizer;
import org.warraq.i18n.MessageCatalog;
import org.warraq.links.LinkedSite;
import org.warraq.model.Article;
import org.warraq.model.Edition;
import org.warraq.model.OutputFile;
import org.warraq.search.IndexOptions;
import org.warraq.search.SearchDocument;
import org.warraq.search.SearchIndex;
import org.warraq.search.SearchIndexBuilder;

/**
 * Feeds each language's articles to the search index builder and places its files under
 * {@code /<lang>/search/}, beside the search page that loads them.
 */
final class SearchStage {
    private SearchStage() {
    }

    /** The index files of every language, and per language the manifest's file name. */
    record Indexes(List<OutputFile> files, Map<String, String> manifests) {
    }

    static Indexes build(LinkedSite linked, MessageCatalog messages) {
        SearchIndexBuilder builder = new SearchIndexBuilder(IndexOptions.defaults());
        List<OutputFile> files = new ArrayList<>();
        Map<String, String> manifests = new TreeMap<>();
        for (Edition edition : linked.site().editionsInOrder()) {
            Language language = edition.language();
            Localizer t = new Localizer(language, messages);
            List<SearchDocument> documents = edition.articles().stream()
                    .map(id -> document(linked, linked.site().article(id), t)).toList();
            SearchIndex index = builder.build(language.code(), documents);
            index.files().forEach(f -> files.add(new OutputFile(language.code() + "/" + f.path(), f.bytes())));
            manifests.put(language.code(), index.manifestPath().substring(index.manifestPath().lastIndexOf('/') + 1));
        }
        return new Indexes(files, manifests);
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
