package org.warraq.build;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.warraq.content.ContentKind;
import org.warraq.links.RelatedArticles;
import org.warraq.model.Article;
import org.warraq.model.PageId;
import org.warraq.model.Tag;

/**
 * Related lists per language, kept in a {@link StageMemo}: a language none of whose articles
 * changed (in anything related articles read) gets its lists back without its articles being
 * analyzed again. At 10,000 articles that is most of the links stage for every language an edit
 * did not touch.
 */
final class RememberedRelated implements RelatedArticles.Memo {
    private final StageMemo memo;

    RememberedRelated(StageMemo memo) {
        this.memo = memo;
    }

    @Override
    public Map<PageId, List<PageId>> lists(String language, List<Article> articles, int count,
            Supplier<Map<PageId, List<PageId>>> compute) {
        String slot = "related/" + language;
        String fingerprint = fingerprint(articles, count);
        var remembered = memo.recall(slot, fingerprint).flatMap(bytes -> StageMemo.decode(bytes, in -> read(in, language)));
        if (remembered.isPresent()) {
            return remembered.get();
        }
        Map<PageId, List<PageId>> lists = compute.get();
        memo.remember(slot, fingerprint, StageMemo.encode(out -> write(out, articles, lists)));
        return lists;
    }

    /**
     * Everything the lists are computed from, in the edition's order (which the model keeps
     * stable): each article hashed on its own, on all cores (17,000 bodies take a while), then the
     * list of their hashes.
     */
    private static String fingerprint(List<Article> articles, int count) {
        List<String> perArticle = articles.parallelStream().map(a -> new CacheKeys.Hasher().add(a.id().name())
                .add(a.date().iso()).add(a.title()).add(a.body().plainText())
                .add(a.tags().stream().map(Tag::key).toList()).add(a.topics()).hex()).toList();
        return new CacheKeys.Hasher().add("count=" + count).add(perArticle).hex();
    }

    private static void write(DataOutputStream out, List<Article> articles, Map<PageId, List<PageId>> lists)
            throws IOException {
        out.writeInt(articles.size());
        for (Article a : articles) {
            List<PageId> related = lists.getOrDefault(a.id(), List.of());
            StageMemo.string(out, a.id().name());
            out.writeInt(related.size());
            for (PageId id : related) {
                StageMemo.string(out, id.name());
            }
        }
    }

    private static Map<PageId, List<PageId>> read(DataInputStream in, String language) throws IOException {
        int n = in.readInt();
        Map<PageId, List<PageId>> lists = new HashMap<>();
        for (int i = 0; i < n; i++) {
            PageId article = new PageId(language, ContentKind.ARTICLE, StageMemo.string(in));
            int m = in.readInt();
            List<PageId> related = new ArrayList<>(m);
            for (int j = 0; j < m; j++) {
                related.add(new PageId(language, ContentKind.ARTICLE, StageMemo.string(in)));
            }
            lists.put(article, List.copyOf(related));
        }
        return lists;
    }
}
