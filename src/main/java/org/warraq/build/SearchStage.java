package org.warraq.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.warraq.config.SiteConfig;
import org.warraq.config.SiteConfigLoader;
import org.warraq.config.SynonymGroup;
import org.warraq.i18n.Localizer;
import org.warraq.i18n.MessageCatalog;
import org.warraq.links.Permalinks;
import org.warraq.links.SourceHistory;
import org.warraq.model.Article;
import org.warraq.model.Digest;
import org.warraq.model.Edition;
import org.warraq.model.Site;
import org.warraq.model.OutputFile;
import org.warraq.parallel.Parallel;
import org.warraq.problem.Problem;
import org.warraq.search.IndexOptions;
import org.warraq.search.IndexState;
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
     * The index files of every language, per language the manifest's file name and how its index
     * was made, and warnings about search.synonyms groups that analysis makes pointless.
     */
    record Indexes(List<OutputFile> files, Map<String, String> manifests, Map<String, Made> made, List<Problem> problems) {
    }

    /** How a language's index was made: taken over from the output, updated with changed articles, or built afresh. */
    enum Made { KEPT, UPDATED, BUILT }

    /**
     * The index files of every language; {@code progress} hears of each article analyzed for
     * indexing. A language whose documents and synonym groups are those {@code memo} remembers,
     * and whose index files are all still in the output ({@code intact}: path → key), keeps them:
     * they come back as {@link OutputFile#reused} files, and nothing is analyzed. Otherwise the
     * index {@code memo} remembers is updated with the articles that changed (their earlier
     * versions from {@code history}) when it can be, and built afresh when not.
     */
    static Indexes build(Site site, MessageCatalog messages, StageMemo memo, Map<String, String> intact,
            SourceHistory history, org.warraq.problem.Progress progress) {
        return build(site, messages, memo, intact, history, progress, new Documents(false));
    }

    /** As {@link #build(Site, MessageCatalog, StageMemo, Map, SourceHistory, org.warraq.problem.Progress)}, with the documents {@code remembered} keeps. */
    static Indexes build(Site site, MessageCatalog messages, StageMemo memo, Map<String, String> intact,
            SourceHistory history, org.warraq.problem.Progress progress, Documents remembered) {
        // Only the site and its addresses: so the index can be made beside the links stage.
        Addressed addressed = new Addressed(site, new Permalinks(site));
        SearchIndexBuilder builder = new SearchIndexBuilder(IndexOptions.defaults());
        List<SynonymGroup> groups = site.config().search().synonyms();
        List<List<String>> synonyms = groups.stream().map(SynonymGroup::variants).toList();
        List<OutputFile> files = new ArrayList<>();
        Map<String, String> manifests = new TreeMap<>();
        // Languages are indexed side by side: each index has sequential steps (postings, shards)
        // that would otherwise leave a core idle. Results are taken in the site's language order.
        List<Edition> editions = site.editionsInOrder();
        progress.start("search", site.articles().size());
        Map<String, Made> madeBy = new java.util.concurrent.ConcurrentHashMap<>();
        remembered.startBuild(site);
        List<LanguageIndex> indexes = editions.parallelStream().map(edition -> {
            String code = edition.language().code();
            Localizer t = new Localizer(edition.language(), messages);
            List<Article> articles = edition.articles().stream().map(id -> site.article(id)).toList();
            List<Document> made = remembered.of(code, articles, article -> document(addressed, article, t));
            List<SearchDocument> documents = made.stream().map(Document::document).toList();
            List<String> keys = made.stream().map(Document::key).toList();
            String slot = "search/" + code;
            String fingerprint = fingerprint(code, synonyms, keys);
            var kept = memo.recall(slot, fingerprint, LanguageIndex.class, bytes -> StageMemo.decode(bytes, LanguageIndex::read))
                    .filter(index -> index.files().stream().allMatch(f -> intact.containsKey(f.path())))
                    .map(index -> index.reusedFrom(intact));
            if (kept.isPresent()) {
                documents.forEach(d -> progress.advance());
                madeBy.put(code, Made.KEPT);
                return kept.get();
            }
            String stateSlot = "search-state/" + code;
            String statePrint = fingerprint(code, synonyms, List.of());
            Optional<SearchIndex> updated = memo.recall(stateSlot, statePrint, IndexState.class, SearchStage::state)
                    .flatMap(state -> builder.update(code, documents, keys, synonyms, state,
                            earlier(addressed, t, articles, documents, history), gone(addressed, t, code, history),
                            path -> intact.containsKey(code + "/" + path)));
            updated.ifPresent(u -> documents.forEach(d -> progress.advance()));
            madeBy.put(code, updated.isPresent() ? Made.UPDATED : Made.BUILT);
            SearchIndex index = updated.orElseGet(() -> builder.build(code, documents, keys, synonyms, progress));
            IndexState state = index.state();
            memo.keep(stateSlot, statePrint, state, state::encode);
            List<OutputFile> indexFiles = new ArrayList<>();
            index.files().forEach(f -> indexFiles.add(f.output(code)));
            index.unchanged().forEach(path -> indexFiles.add(OutputFile.reused(code + "/" + path, intact.get(code + "/" + path))));
            indexFiles.sort(java.util.Comparator.comparing(OutputFile::path));
            LanguageIndex built = new LanguageIndex(indexFiles,
                    index.manifestPath().substring(index.manifestPath().lastIndexOf('/') + 1), index.synonymUses());
            memo.keep(slot, fingerprint, built, () -> StageMemo.encode(built::write));
            return built;
        }).toList();
        progress.finish();
        for (int i = 0; i < editions.size(); i++) {
            files.addAll(indexes.get(i).files());
            manifests.put(editions.get(i).language().code(), indexes.get(i).manifestName());
        }
        List<Problem> problems = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            int group = g;
            var uses = indexes.stream().map(index -> index.synonymUses().get(group)).toList();
            check(groups.get(g), uses).ifPresent(problems::add);
        }
        return new Indexes(files, manifests, new TreeMap<>(madeBy), problems);
    }

    /** One language's index as the build uses it: its files (paths from the output root), the manifest's name, what became of each synonym group. */
    private record LanguageIndex(List<OutputFile> files, String manifestName, List<SynonymTable.Use> synonymUses) {
        /** The same files, taken over from the previous output. Index file names are content hashes: an intact file is the one remembered. */
        LanguageIndex reusedFrom(Map<String, String> intact) {
            return new LanguageIndex(files.stream().map(f -> OutputFile.reused(f.path(), intact.get(f.path()))).toList(),
                    manifestName, synonymUses);
        }

        /** What is remembered: paths, manifest name and synonym uses; the bytes stay in the output. */
        void write(StageMemo.Output out) {
            out.writeInt(files.size());
            for (OutputFile f : files) {
                StageMemo.string(out, f.path());
            }
            StageMemo.string(out, manifestName);
            out.writeInt(synonymUses.size());
            for (SynonymTable.Use use : synonymUses) {
                StageMemo.string(out, use.name());
            }
        }

        /** Paths only: each file is marked with a placeholder key until {@link #reusedFrom} takes the output's. */
        static LanguageIndex read(StageMemo.Input in) {
            List<OutputFile> files = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                files.add(OutputFile.reused(StageMemo.string(in), "remembered"));
            }
            String manifest = StageMemo.string(in);
            List<SynonymTable.Use> uses = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                uses.add(SynonymTable.Use.valueOf(StageMemo.string(in)));
            }
            return new LanguageIndex(files, manifest, uses);
        }
    }

    private static Optional<IndexState> state(byte[] bytes) {
        try {
            return Optional.of(IndexState.decode(bytes));
        } catch (RuntimeException damaged) {
            return Optional.empty(); // built afresh
        }
    }

    /** The site and its addresses, all that indexing needs of the model and the links stage. */
    private record Addressed(Site site, Permalinks permalinks) {
    }

    /** An article's search document and its key. */
    record Document(SearchDocument document, String key) {
        static Document of(SearchDocument document) {
            return new Document(document, document.key());
        }
    }

    /**
     * Each article's search document with its key, kept from one build to the next of a process
     * that builds again and again (the preview). A document is made of its article, the titles of
     * the site's topics and, through its address and date, the configuration: while those are as
     * they were, an article the model kept (the very object) has the document it had. Making all
     * 17,000 and digesting their keys took 45 ms of the preview's refresh after an edit.
     */
    static final class Documents {
        /** Whether this build's documents are kept for the next: not in a process that ends after its build. */
        private final boolean keeps;
        private SiteConfig config;
        private Map<org.warraq.model.PageId, org.warraq.model.Topic> topics;
        private final Map<String, Map<Article, Document>> byLanguage = new java.util.concurrent.ConcurrentHashMap<>();

        /** Documents kept from build to build when {@code keeps}; otherwise made by every build and dropped after it. */
        Documents(boolean keeps) {
            this.keeps = keeps;
        }

        /** Called before a build's languages are indexed: what was kept is of use only if the site's context is the same. */
        synchronized void startBuild(Site site) {
            if (!site.config().equals(config) || !site.topics().equals(topics)) {
                byLanguage.clear();
            }
            config = site.config();
            topics = site.topics();
        }

        /**
         * The document of each of {@code language}'s {@code articles}, in their order: kept from the
         * last build for the same article object, else made by {@code make} (on all cores).
         */
        List<Document> of(String language, List<Article> articles, java.util.function.Function<Article, SearchDocument> make) {
            Map<Article, Document> known = byLanguage.getOrDefault(language, Map.of());
            List<Article> unknown = articles.stream().filter(article -> !known.containsKey(article)).toList();
            List<Document> fresh = Parallel.map(unknown, article -> Document.of(make.apply(article)));
            Map<Article, Document> byArticle = new java.util.IdentityHashMap<>(articles.size() * 2);
            for (int i = 0; i < unknown.size(); i++) {
                byArticle.put(unknown.get(i), fresh.get(i));
            }
            List<Document> documents = articles.stream().map(article -> byArticle.computeIfAbsent(article, known::get)).toList();
            if (keeps) { // this build's documents only: those of articles it no longer has are dropped
                byLanguage.put(language, byArticle);
            }
            return documents;
        }
    }

    /**
     * A document as the last build indexed it, if its article changed since: made from the
     * article as that build saw it; null for the others.
     */
    private static java.util.function.UnaryOperator<SearchDocument> earlier(Addressed addressed, Localizer t,
            List<Article> articles, List<SearchDocument> documents, SourceHistory history) {
        Map<String, Article> byUrl = new java.util.HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            byUrl.put(documents.get(i).url(), articles.get(i));
        }
        return document -> {
            SourceHistory.Previous previous = history.previous().get(byUrl.get(document.url()).source());
            return previous == null ? null : document(addressed, previous.article(), t);
        };
    }

    /** The documents of {@code language}'s articles deleted since the last build, as it indexed them, by URL; null for others. */
    private static java.util.function.Function<String, SearchDocument> gone(Addressed addressed, Localizer t,
            String language, SourceHistory history) {
        Map<String, Article> byUrl = new java.util.HashMap<>();
        for (SourceHistory.Previous previous : history.removedIn(language)) {
            byUrl.put(addressed.permalinks().link(addressed.permalinks().article(previous.article())), previous.article());
        }
        return url -> byUrl.containsKey(url) ? document(addressed, byUrl.get(url), t) : null;
    }

    /**
     * Everything a language's index is built from besides the generator (the memo's key): the
     * documents by their keys. Without documents, what the index state an update starts from
     * must have been made with.
     */
    private static String fingerprint(String language, List<List<String>> synonyms, List<String> keys) {
        Digest h = new Digest().add(language).add(synonyms.size());
        synonyms.forEach(h::add);
        return h.add(keys).hex();
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

    private static SearchDocument document(Addressed addressed, Article article, Localizer t) {
        String language = article.id().language();
        List<String> topics = article.topics().stream()
                .map(id -> addressed.site().topic(language, id).map(topic -> topic.title()).orElse(id)).toList();
        // The body is read only if the index needs it: an update reads a few, not all 17,000.
        var body = article.body();
        return SearchDocument.withLazyBody(addressed.permalinks().link(addressed.permalinks().article(article)), article.title(),
                article.date().iso(), t.date(article.date().day()), topics,
                article.tags().stream().map(tag -> tag.label()).toList(),
                body.headings().stream().map(h -> h.text()).toList(), article.summary(),
                body::plainText, body.plainTextDigest());
    }
}
