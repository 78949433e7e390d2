package org.warraq.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.warraq.content.ContentDate;
import org.warraq.content.ContentKind;
import org.warraq.content.RenderedMarkdown;
import org.warraq.model.Article;
import org.warraq.model.PageId;
import org.warraq.model.Tag;
import org.warraq.problem.Progress;
import org.warraq.text.Analyzers;

/** Related lists ranked again only where an edit can change them are the lists ranked from scratch. */
class RelatedListsTest {
    private static final int COUNT = 5;
    private final Function<String, List<String>> analyzer = Analyzers.forLanguage("en")::terms;

    private static String text(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            double u = random.nextDouble();
            text.append("w").append(Integer.toString((int) (u * u * u * 2000), 26).replace('0', 'z')).append(' ');
        }
        return text.toString();
    }

    private static Article article(String name, String date, List<String> topics, List<String> tags, String body) {
        return article(name, ContentDate.parse(date), topics, tags, body);
    }

    private static Article article(String name, ContentDate date, List<String> topics, List<String> tags, String body) {
        return new Article(new PageId("en", ContentKind.ARTICLE, name), "content/en/articles/" + name + ".md", "",
                date, null, name, null, null, topics, tags.stream().map(t -> new Tag(t, t)).toList(),
                null, false, new RenderedMarkdown("", List.of(), List.of(), List.of(), body), 2, List.of(), List.of());
    }

    private static SourceHistory history(List<Article> now, Map<String, Article> before) {
        return KeyTermsTest.history(now, before);
    }

    /** As {@link #history}, with the date in each "hash": a date is in the file's front matter. */
    private static SourceHistory datedHistory(List<Article> now, Map<String, Article> before) {
        Map<String, String> hashes = new HashMap<>();
        now.forEach(a -> hashes.put(a.source(), a.date() + "|" + a.body().plainText()));
        Map<String, SourceHistory.Previous> previous = new HashMap<>();
        before.forEach((source, a) -> previous.put(source, new SourceHistory.Previous(a.date() + "|" + a.body().plainText(), a)));
        return new SourceHistory(hashes, previous);
    }

    @Test
    void listsRankedAgainAfterEditsEqualListsRankedFromScratch() {
        Random random = new Random(5);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            // Few days, so that ties (broken by date, then name) are common.
            articles.add(article("a" + i, "2022-01-0" + (1 + random.nextInt(3)), random.nextInt(4) == 0 ? List.of("t" + random.nextInt(30)) : List.of(),
                    random.nextBoolean() ? List.of("g" + random.nextInt(150)) : List.of(), text(random, 10 + random.nextInt(120))));
        }
        KeyTermIndex index = KeyTerms.index(articles, history(articles, Map.of()), analyzer, RelatedArticles.KEY_TERMS, Progress.NONE);
        RelatedArticles.Remembered remembered = new RelatedArticles.Remembered(index, COUNT, RelatedArticles.rank(articles, index, COUNT));
        int reranked = 0;
        for (int round = 0; round < 40; round++) {
            Map<String, Article> before = new HashMap<>();
            for (int e = 0; e < 1 + random.nextInt(3); e++) {
                int at = random.nextInt(articles.size());
                Article old = articles.get(at);
                String text = old.body().plainText();
                String body = switch (random.nextInt(3)) {
                    case 0 -> text + " " + text(random, 15);
                    case 1 -> text.substring(0, text.length() / 3);
                    default -> text + " " + text(random, 2) + " wnew" + round;
                };
                before.putIfAbsent(old.source(), old);
                articles.set(at, article(old.id().name(), old.date(), old.topics(),
                        old.tags().stream().map(Tag::key).toList(), body));
            }
            SourceHistory history = history(articles, before);
            KeyTermIndex updated = KeyTerms.update(remembered.index(), articles, history, analyzer, RelatedArticles.KEY_TERMS)
                    .orElseGet(() -> KeyTerms.index(articles, history, analyzer, RelatedArticles.KEY_TERMS, Progress.NONE));
            Map<PageId, List<PageId>> full = RelatedArticles.rank(articles, updated, COUNT);
            Optional<Map<PageId, List<PageId>>> again = RelatedArticles.rerank(articles, updated, remembered, COUNT);
            if (again.isPresent()) {
                reranked++;
                assertEquals(full, again.get(), "round " + round);
            }
            remembered = new RelatedArticles.Remembered(updated, COUNT, full);
        }
        assertTrue(reranked >= 20, reranked + " of 40 rounds ranked only what could change");
    }

    /**
     * A date change moves an article in its edition's order (newest first) and among equal scores
     * in the lists it is a candidate for: those are ranked again, the rest kept, and the lists are
     * those ranked from scratch. Three days only, so that equal scores broken by date are common.
     */
    @Test
    void listsRankedAgainAfterDateChangesEqualListsRankedFromScratch() {
        Random random = new Random(8);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            articles.add(article("a" + i, "2022-01-0" + (1 + random.nextInt(3)), random.nextInt(4) == 0 ? List.of("t" + random.nextInt(30)) : List.of(),
                    random.nextBoolean() ? List.of("g" + random.nextInt(150)) : List.of(), text(random, 10 + random.nextInt(120))));
        }
        articles.sort(Article.NEWEST_FIRST);
        KeyTermIndex index = KeyTerms.index(articles, datedHistory(articles, Map.of()), analyzer, RelatedArticles.KEY_TERMS, Progress.NONE);
        RelatedArticles.Remembered remembered = new RelatedArticles.Remembered(index, COUNT, RelatedArticles.rank(articles, index, COUNT));
        for (int round = 0; round < 30; round++) {
            int at = random.nextInt(articles.size());
            Article old = articles.get(at);
            String body = round % 3 == 0 ? old.body().plainText() + " " + text(random, 5) : old.body().plainText();
            articles.set(at, article(old.id().name(), "2022-01-0" + (1 + random.nextInt(3)), old.topics(),
                    old.tags().stream().map(Tag::key).toList(), body));
            articles.sort(Article.NEWEST_FIRST);
            SourceHistory history = datedHistory(articles, Map.of(old.source(), old));
            KeyTermIndex updated = KeyTerms.update(remembered.index(), articles, history, analyzer, RelatedArticles.KEY_TERMS)
                    .orElseThrow();
            Map<PageId, List<PageId>> full = RelatedArticles.rank(articles, updated, COUNT);
            assertEquals(full, RelatedArticles.rerank(articles, updated, remembered, COUNT).orElseThrow(), "round " + round);
            remembered = new RelatedArticles.Remembered(updated, COUNT, full);
        }
    }

    /**
     * a1 shares "kiwi" with a0 and a4 until it gains twelve heavier terms that push "kiwi" out of
     * its key terms: no frequency of a term a0 holds changed, so a0's vector is the same, yet a1
     * is no longer its candidate.
     */
    @Test
    void anArticleWhoseKeyTermsNoLongerMeetAnotherLeavesItsList() {
        List<Article> articles = new ArrayList<>(List.of(
                article("a0", "2022-01-01", List.of(), List.of(), "kiwi alpha"),
                article("a1", "2022-01-01", List.of(), List.of(), "kiwi gamma"),
                article("a4", "2022-01-01", List.of(), List.of(), "kiwi beta")));
        StringBuilder heavier = new StringBuilder("kiwi gamma");
        for (int k = 0; k < 12; k++) {
            String word = "wq" + (char) ('a' + k) + "x";
            articles.add(article("b" + k, "2022-01-01", List.of(), List.of(), word + " filler" + (char) ('a' + k)));
            heavier.append(' ').append(word).append(' ').append(word);
        }
        KeyTermIndex index = KeyTerms.index(articles, history(articles, Map.of()), analyzer, RelatedArticles.KEY_TERMS, Progress.NONE);
        RelatedArticles.Remembered remembered = new RelatedArticles.Remembered(index, COUNT, RelatedArticles.rank(articles, index, COUNT));
        PageId a0 = articles.get(0).id();
        assertEquals(List.of(articles.get(1).id(), articles.get(2).id()), remembered.lists().get(a0));

        Article old = articles.get(1);
        articles.set(1, article("a1", "2022-01-01", List.of(), List.of(), heavier.toString()));
        SourceHistory history = history(articles, Map.of(old.source(), old));
        KeyTermIndex updated = KeyTerms.update(index, articles, history, analyzer, RelatedArticles.KEY_TERMS).orElseThrow();
        assertEquals(index.vectors().get(0), updated.vectors().get(0), "a0's own key terms are unchanged");
        Map<PageId, List<PageId>> again = RelatedArticles.rerank(articles, updated, remembered, COUNT).orElseThrow();
        assertEquals(List.of(articles.get(2).id()), again.get(a0));
        assertEquals(RelatedArticles.rank(articles, updated, COUNT), again);
    }

    /**
     * a2 takes up "kiwi", which a3 (where twelve heavier terms kept it out of the key terms) gives
     * up in the same build: no frequency changes, a0's vector stays the same, and a0's list, short
     * of the count, gains a2.
     */
    @Test
    void anArticleThatBecomesACandidateJoinsAListWithRoom() {
        List<Article> articles = new ArrayList<>(List.of(
                article("a0", "2022-01-01", List.of(), List.of(), "kiwi alpha"),
                article("a1", "2022-01-01", List.of(), List.of(), "kiwi beta"),
                article("a2", "2022-01-01", List.of(), List.of(), "gamma delta")));
        StringBuilder heavier = new StringBuilder("kiwi");
        for (int k = 0; k < 12; k++) {
            String word = "wq" + (char) ('a' + k) + "x";
            articles.add(article("b" + k, "2022-01-01", List.of(), List.of(), word + " filler" + (char) ('a' + k)));
            heavier.append(' ').append(word).append(' ').append(word);
        }
        articles.add(article("a3", "2022-01-01", List.of(), List.of(), heavier.toString()));
        articles.add(article("c", "2022-01-01", List.of(), List.of(), "gamma"));
        KeyTermIndex index = KeyTerms.index(articles, history(articles, Map.of()), analyzer, RelatedArticles.KEY_TERMS, Progress.NONE);
        RelatedArticles.Remembered remembered = new RelatedArticles.Remembered(index, COUNT, RelatedArticles.rank(articles, index, COUNT));
        PageId a0 = articles.get(0).id();
        assertEquals(List.of(articles.get(1).id()), remembered.lists().get(a0));

        Map<String, Article> before = new HashMap<>();
        Article a2 = articles.get(2);
        Article a3 = articles.get(articles.size() - 2);
        before.put(a2.source(), a2);
        before.put(a3.source(), a3);
        articles.set(2, article("a2", "2022-01-01", List.of(), List.of(), "gamma delta kiwi"));
        articles.set(articles.size() - 2, article("a3", "2022-01-01", List.of(), List.of(), heavier.substring("kiwi ".length())));
        SourceHistory history = history(articles, before);
        KeyTermIndex updated = KeyTerms.update(index, articles, history, analyzer, RelatedArticles.KEY_TERMS).orElseThrow();
        assertEquals(index.vectors().get(0), updated.vectors().get(0), "a0's own key terms are unchanged");
        Map<PageId, List<PageId>> again = RelatedArticles.rerank(articles, updated, remembered, COUNT).orElseThrow();
        assertEquals(List.of(articles.get(1).id(), articles.get(2).id()), again.get(a0));
        assertEquals(RelatedArticles.rank(articles, updated, COUNT), again);
    }

    @Test
    void otherArticlesOrChangedLabelsAreRankedFromScratch() {
        Random random = new Random(3);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            articles.add(article("a" + i, "2022-01-01", List.of(), List.of("g" + i % 5), text(random, 40)));
        }
        KeyTermIndex index = KeyTerms.index(articles, history(articles, Map.of()), analyzer, RelatedArticles.KEY_TERMS, Progress.NONE);
        RelatedArticles.Remembered remembered = new RelatedArticles.Remembered(index, COUNT, RelatedArticles.rank(articles, index, COUNT));
        assertEquals(remembered.lists(), RelatedArticles.rerank(articles, index, remembered, COUNT).orElseThrow());

        Article old = articles.get(7);
        articles.set(7, article(old.id().name(), "2023-05-05", old.topics(), List.of("g1"), old.body().plainText()));
        KeyTermIndex retagged = KeyTerms.index(articles, history(articles, Map.of()), analyzer, RelatedArticles.KEY_TERMS, Progress.NONE);
        assertTrue(RelatedArticles.rerank(articles, retagged, remembered, COUNT).isEmpty(), "a tag changed");
        assertTrue(RelatedArticles.rerank(articles, index, remembered, COUNT + 1).isEmpty(), "another count");
    }
}
