package org.warraq.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.warraq.content.ContentKind;
import org.warraq.links.KeyTermIndex;
import org.warraq.links.RelatedArticles;
import org.warraq.model.PageId;

/**
 * Related lists and the key terms they were ranked by, per language, kept in a {@link StageMemo}:
 * the next build applies its edits to the key terms instead of analyzing every article, and keeps
 * the lists when no vector, tag or topic they read changed. At 10,000 articles that was most of
 * the links stage.
 */
final class RememberedRelated implements RelatedArticles.Memo {
    /** The layout below; the memo's key (the generator) covers the rest. */
    private static final String LAYOUT = "key-terms-4";

    private final StageMemo memo;
    /**
     * What the remembered source hashes stand for: a file's bytes give an article's text only under
     * the same parse settings, so key terms kept under other settings are never updated, only
     * computed again.
     */
    private final String fingerprint;

    /** Related lists in {@code memo}, for articles parsed under {@code parseKey}. */
    RememberedRelated(StageMemo memo, String parseKey) {
        this.memo = memo;
        this.fingerprint = LAYOUT + " " + parseKey;
    }

    @Override
    public Optional<RelatedArticles.Remembered> recall(String language) {
        return memo.recall(slot(language), fingerprint, RelatedArticles.Remembered.class,
                bytes -> StageMemo.decode(bytes, in -> read(in, language)));
    }

    @Override
    public void remember(String language, RelatedArticles.Remembered remembered) {
        memo.keep(slot(language), fingerprint, remembered, () -> StageMemo.encode(out -> write(out, language, remembered)));
    }

    private static String slot(String language) {
        return "related/" + language;
    }

    /** Terms sorted (the memo's bytes must not depend on a map's order) with their listed holders, vectors by term number. */
    private static void write(StageMemo.Output out, String language, RelatedArticles.Remembered remembered) {
        KeyTermIndex index = remembered.index();
        out.writeInt(remembered.count());
        Map<String, KeyTermIndex.TermStats> terms = new TreeMap<>(index.terms());
        Map<String, Integer> number = new HashMap<>();
        out.writeInt(terms.size());
        for (var e : terms.entrySet()) {
            number.put(e.getKey(), number.size());
            StageMemo.string(out, e.getKey());
            out.writeInt(e.getValue().documents());
            int[] holders = index.holders().get(e.getKey());
            out.writeInt(holders == null ? -1 : holders.length);
            for (int j = 0; holders != null && j < holders.length; j++) {
                out.writeInt(holders[j]);
            }
        }
        out.writeInt(index.names().size());
        for (int i = 0; i < index.names().size(); i++) {
            String name = index.names().get(i);
            StageMemo.string(out, name);
            String hash = index.hashes().get(i);
            out.writeBoolean(hash != null);
            if (hash != null) {
                StageMemo.string(out, hash);
            }
            StageMemo.string(out, index.labels().get(i));
            KeyTermIndex.KeyVector v = index.vectors().get(i);
            out.writeInt(v.terms().length);
            for (int t = 0; t < v.terms().length; t++) {
                out.writeInt(number.get(v.terms()[t]));
                out.writeLong(Double.doubleToRawLongBits(v.weights()[t]));
                out.writeInt(v.counts()[t]);
            }
            out.writeLong(Double.doubleToRawLongBits(v.floor()));
            out.writeInt(v.reserve().length);
            for (int t = 0; t < v.reserve().length; t++) {
                out.writeInt(number.get(v.reserve()[t]));
                out.writeInt(v.reserveCounts()[t]);
            }
            out.writeLong(Double.doubleToRawLongBits(v.ceiling()));
            List<PageId> related = remembered.lists().getOrDefault(new PageId(language, ContentKind.ARTICLE, name), List.of());
            out.writeInt(related.size());
            for (PageId id : related) {
                StageMemo.string(out, id.name());
            }
        }
    }

    private static RelatedArticles.Remembered read(StageMemo.Input in, String language) {
        int count = in.readInt();
        int vocabulary = in.readInt();
        List<String> termNames = new ArrayList<>(vocabulary);
        Map<String, KeyTermIndex.TermStats> terms = new HashMap<>();
        Map<String, int[]> holders = new HashMap<>();
        for (int i = 0; i < vocabulary; i++) {
            String term = StageMemo.string(in);
            termNames.add(term);
            terms.put(term, new KeyTermIndex.TermStats(in.readInt()));
            int listed = in.readInt();
            if (listed >= 0) {
                int[] h = new int[listed];
                for (int j = 0; j < listed; j++) {
                    h[j] = in.readInt();
                }
                holders.put(term, h);
            }
        }
        int n = in.readInt();
        List<String> names = new ArrayList<>(n);
        List<String> hashes = new ArrayList<>(n);
        List<String> labels = new ArrayList<>(n);
        List<KeyTermIndex.KeyVector> vectors = new ArrayList<>(n);
        Map<PageId, List<PageId>> lists = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String name = StageMemo.string(in);
            names.add(name);
            hashes.add(in.readBoolean() ? StageMemo.string(in) : null);
            labels.add(StageMemo.string(in));
            int m = in.readInt();
            String[] vectorTerms = new String[m];
            double[] weights = new double[m];
            int[] counts = new int[m];
            for (int t = 0; t < m; t++) {
                vectorTerms[t] = termNames.get(in.readInt());
                weights[t] = Double.longBitsToDouble(in.readLong());
                counts[t] = in.readInt();
            }
            double floor = Double.longBitsToDouble(in.readLong());
            String[] reserve = new String[in.readInt()];
            int[] reserveCounts = new int[reserve.length];
            for (int t = 0; t < reserve.length; t++) {
                reserve[t] = termNames.get(in.readInt());
                reserveCounts[t] = in.readInt();
            }
            vectors.add(new KeyTermIndex.KeyVector(vectorTerms, weights, counts, floor, reserve, reserveCounts,
                    Double.longBitsToDouble(in.readLong())));
            int r = in.readInt();
            List<PageId> related = new ArrayList<>(r);
            for (int j = 0; j < r; j++) {
                related.add(new PageId(language, ContentKind.ARTICLE, StageMemo.string(in)));
            }
            lists.put(new PageId(language, ContentKind.ARTICLE, name), List.copyOf(related));
        }
        return new RelatedArticles.Remembered(new KeyTermIndex(names, hashes, labels, vectors, terms, holders), count, lists);
    }
}
