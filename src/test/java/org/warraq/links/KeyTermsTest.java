package org.warraq.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import org.warraq.problem.Progress;
import org.warraq.text.Analyzers;

/** Key terms brought up to date after edits are the key terms computed from scratch. */
class KeyTermsTest {
    private static final int KEEP = RelatedArticles.KEY_TERMS;
    private final Function<String, List<String>> analyzer = Analyzers.forLanguage("en")::terms;

    /** A vocabulary where a few words are everywhere and most are rare, like a news archive's. */
    private static final List<String> WORDS = words();

    private static List<String> words() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder w = new StringBuilder();
            for (int n = i + 1; n > 0; n /= 20) {
                w.append((char) ('a' + n % 20));
            }
            words.add("w" + w);
        }
        return words;
    }

    private static String text(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            // Cubed: low indexes (common words) far more often than high ones.
            double u = random.nextDouble();
            text.append(WORDS.get((int) (u * u * u * WORDS.size()))).append(' ');
        }
        return text.toString();
    }

    private static Article article(String name, String title, String body) {
        return new Article(new PageId("en", ContentKind.ARTICLE, name), "content/en/articles/" + name + ".md", title,
                ContentDate.parse("2022-01-01"), null, name, null, null, List.of("t"), List.of(), null, false,
                new RenderedMarkdown("", List.of(), List.of(), List.of(), body), 2, List.of(), List.of());
    }

    /** {@code count} articles a0, a1 … with three-word titles and bodies of {@code words} words and up to {@code more} more. */
    private static List<Article> articles(Random random, int count, int words, int more) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(article("a" + i, text(random, 3), text(random, words + random.nextInt(more))));
        }
        return articles;
    }

    /** Source "hashes": the text itself stands in for its file's digest. */
    static SourceHistory history(List<Article> now, Map<String, Article> before) {
        Map<String, String> hashes = new HashMap<>();
        now.forEach(a -> hashes.put(a.source(), a.title() + "|" + a.body().plainText()));
        Map<String, SourceHistory.Previous> previous = new HashMap<>();
        before.forEach((source, a) -> previous.put(source, new SourceHistory.Previous(a.title() + "|" + a.body().plainText(), a)));
        return new SourceHistory(hashes, previous);
    }

    @Test
    void editsAppliedToTheIndexGiveTheVectorsOfAFullAnalysis() {
        Random random = new Random(7);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            // Some articles too short to fill their key terms: their vectors have room for more.
            articles.add(article("a" + i, text(random, 3), text(random, i % 25 == 0 ? 6 : 20 + random.nextInt(200))));
        }
        KeyTermIndex index = KeyTerms.index(articles, history(articles, Map.of()), analyzer, KEEP, Progress.NONE);
        int applied = 0;
        int local = 0;
        for (int round = 0; round < 60; round++) {
            Map<String, Article> before = new HashMap<>();
            // Local edits change no term's document frequency: words the article has anyway, or its own new word.
            boolean localEdits = round % 2 == 0;
            for (int e = 0; e < 1 + random.nextInt(3); e++) {
                int at = random.nextInt(articles.size());
                Article old = articles.get(at);
                String text = old.body().plainText();
                String body = localEdits
                        ? (random.nextBoolean() ? text + " " + text.substring(0, Math.max(0, text.lastIndexOf(' ', text.length() / 2))) : text + " zz" + (char) ('a' + round % 26) + (char) ('a' + round / 26) + (char) ('a' + e))
                        : switch (random.nextInt(3)) {
                            case 0 -> text + " " + text(random, 10); // a sentence added
                            case 1 -> text.substring(0, text.length() / 2); // cut short
                            default -> text + " " + WORDS.get(WORDS.size() - 1 - random.nextInt(400)); // a rare word
                        };
                before.putIfAbsent(old.source(), old);
                String title = !localEdits && random.nextInt(5) == 0 ? text(random, 3) : old.title();
                articles.set(at, article(old.id().name(), title, body));
            }
            SourceHistory history = history(articles, before);
            KeyTermIndex full = KeyTerms.index(articles, history, analyzer, KEEP, Progress.NONE);
            Optional<KeyTermIndex> updated = KeyTerms.update(index, articles, history, analyzer, KEEP);
            if (localEdits) {
                assertTrue(updated.isPresent(), "a local edit is applied, round " + round);
                local++;
            }
            if (updated.isPresent()) {
                applied++;
                assertEquals(full.vectors(), updated.get().vectors(), "round " + round);
                assertEquals(full.hashes(), updated.get().hashes());
                assertEquals(full.labels(), updated.get().labels());
                assertEquals(full.terms().keySet(), updated.get().terms().keySet());
                assertListsTheHoldersAFullAnalysisFinds(full, updated.get());
                assertEquals(full.terms(), updated.get().terms());
                assertCeilingsBoundTheTermsNotKept(articles, full, updated.get());
                index = updated.get();
            } else {
                index = full;
            }
        }
        assertEquals(30, local);
        assertTrue(applied >= local, applied + " of 60 applied");
    }

    /**
     * The edits an author makes every day: a word that one other article has (its frequency goes
     * from 1 to 2, so it starts to count there), or a passage cut with words a few others have.
     * Neither may send the build back to analyzing every article.
     */
    @Test
    void editsThatShareOrDropAWordOfAFewOtherArticlesAreAppliedNotRecomputed() {
        Random random = new Random(11);
        List<Article> articles = new ArrayList<>();
        List<String> rare = new ArrayList<>();
        List<String> fewHold = new ArrayList<>();
        for (int w = 0; w < 20; w++) {
            rare.add("zzq" + (char) ('a' + w) + "x");
            fewHold.add("yyq" + (char) ('a' + w) + "x");
        }
        for (int i = 0; i < 1500; i++) {
            String body = text(random, 20 + random.nextInt(200));
            if (i < 20) {
                body += " " + rare.get(i); // held by this article only
            }
            if (i % 500 < 20) {
                body += " " + fewHold.get(i % 500); // held by three articles
            }
            articles.add(article("a" + i, text(random, 3), body));
        }
        KeyTermIndex index = KeyTerms.index(articles, history(articles, Map.of()), analyzer, KEEP, Progress.NONE);
        assertEquals(1, index.terms().get(analyzer.apply(rare.get(0)).get(0)).documents());
        assertEquals(3, index.terms().get(analyzer.apply(fewHold.get(0)).get(0)).documents());
        for (int round = 0; round < 40; round++) {
            int at = 20 + random.nextInt(articles.size() - 20);
            Article old = articles.get(at);
            String text = old.body().plainText();
            String body;
            if (round % 2 == 0) {
                body = text + " " + rare.get(round / 2); // now held by two articles
            } else {
                String word = fewHold.get(round / 2);
                List<Article> holders = articles.stream().filter(a -> (" " + a.body().plainText() + " ").contains(" " + word + " ")).toList();
                if (holders.isEmpty()) {
                    continue;
                }
                old = holders.get(0);
                at = articles.indexOf(old);
                body = (" " + old.body().plainText() + " ").replace(" " + word + " ", " ").strip(); // fewer hold it
            }
            articles.set(at, article(old.id().name(), old.title(), body));
            SourceHistory history = history(articles, Map.of(old.source(), old));
            Optional<KeyTermIndex> updated = KeyTerms.update(index, articles, history, analyzer, KEEP);
            assertTrue(updated.isPresent(), "round " + round + " applied");
            KeyTermIndex full = KeyTerms.index(articles, history, analyzer, KEEP, Progress.NONE);
            assertEquals(full.vectors(), updated.get().vectors(), "round " + round);
            assertListsTheHoldersAFullAnalysisFinds(full, updated.get());
            index = updated.get();
        }
    }

    /**
     * An edit that drops a word most articles hold, or brings it back (a number in a date, a common
     * verb): its weight moves a little everywhere, which may reach the key terms only of articles
     * whose best other term came close to their lightest key term. Those are analyzed again, not
     * every article (bench/InProcess: such edits took the links stage from 0.4 to 1.7-2.3 s).
     */
    @Test
    void anEditToAWordMostArticlesHoldAnalyzesFewArticlesAgain() {
        Random random = new Random(5);
        List<Article> articles = articles(random, 1500, 40, 200);
        String common = WORDS.get(0);
        KeyTermIndex index = KeyTerms.index(articles, history(articles, Map.of()), analyzer, KEEP, Progress.NONE);
        int holders = index.terms().get(analyzer.apply(common).get(0)).documents();
        assertTrue(holders > KeyTermIndex.HOLDERS && holders < articles.size(), holders + " articles hold " + common);
        int[] analyzed = {0};
        Function<String, List<String>> counting = text -> {
            analyzed[0]++;
            return analyzer.apply(text);
        };
        for (int round = 0; round < 20; round++) {
            int at = random.nextInt(articles.size());
            Article old = articles.get(at);
            String text = " " + old.body().plainText() + " ";
            String body = text.contains(" " + common + " ") ? text.replace(" " + common + " ", " ").strip() : text.strip() + " " + common;
            articles.set(at, article(old.id().name(), old.title(), body));
            SourceHistory history = history(articles, Map.of(old.source(), old));
            analyzed[0] = 0;
            Optional<KeyTermIndex> updated = KeyTerms.update(index, articles, history, counting, KEEP);
            assertTrue(updated.isPresent(), "round " + round + " applied");
            // Title and body of the edited article's two versions, and of each article analyzed again.
            assertTrue(analyzed[0] <= 2 * 30, "round " + round + ": " + analyzed[0] / 2 + " articles analyzed");
            KeyTermIndex full = KeyTerms.index(articles, history, analyzer, KEEP, Progress.NONE);
            assertEquals(full.vectors(), updated.get().vectors(), "round " + round);
            assertCeilingsBoundTheTermsNotKept(articles, full, updated.get());
            index = updated.get();
        }
    }

    /** An updated vector's ceiling is at least the weight of its best term not kept: the bound updates rely on. */
    /**
     * A date change moves an article in its edition's order: the index is taken into the new order
     * and the edit applied, with the vectors, holders and frequencies of a full analysis.
     */
    @Test
    void anArticleMovedInTheOrderIsAppliedNotAnalyzedAgain() {
        Random random = new Random(5);
        List<Article> articles = articles(random, 400, 20, 150);
        KeyTermIndex index = KeyTerms.index(articles, history(articles, Map.of()), analyzer, KEEP, Progress.NONE);
        for (int round = 0; round < 12; round++) {
            Article moved = articles.remove(random.nextInt(articles.size()));
            Map<String, Article> before = new HashMap<>();
            if (round % 2 == 1) { // moved and edited, as a date change in the front matter is
                before.put(moved.source(), moved);
                moved = article(moved.id().name(), moved.title(), moved.body().plainText() + " " + text(random, 5));
            }
            articles.add(random.nextInt(articles.size() + 1), moved);
            SourceHistory history = history(articles, before);
            KeyTermIndex full = KeyTerms.index(articles, history, analyzer, KEEP, Progress.NONE);
            KeyTermIndex updated = KeyTerms.update(index, articles, history, analyzer, KEEP).orElseThrow();
            assertEquals(full.names(), updated.names(), "round " + round);
            assertEquals(full.vectors(), updated.vectors(), "round " + round);
            assertEquals(full.hashes(), updated.hashes());
            assertEquals(full.labels(), updated.labels());
            assertEquals(full.terms(), updated.terms());
            assertEquals(full.holders().keySet(), updated.holders().keySet());
            assertListsTheHoldersAFullAnalysisFinds(full, updated);
            index = updated;
        }
        List<Article> other = new ArrayList<>(articles);
        other.set(0, article("new", "a title", "a body"));
        assertTrue(KeyTerms.update(index, other, history(other, Map.of()), analyzer, KEEP).isEmpty(), "another article");
    }

    /**
     * A new article changes the number of articles, so every term's weight and every vector: they
     * are made again from the counts each vector keeps, the new article (and any whose term now
     * counts because the new one shares it) analyzed, and the result is a full analysis's.
     */
    @Test
    void aNewArticleGivesTheVectorsOfAFullAnalysisAnalyzingFewArticles() {
        int applied = roundsApplied(17, (round, articles, random) -> {
            String body = round % 3 == 0 ? text(random, 8) // short: fewer terms than it keeps
                    : text(random, 30 + random.nextInt(120)) + " zz" + (char) ('a' + round) + (round % 2 == 0 ? " " + WORDS.get(2999 - round) : "");
            articles.add(random.nextInt(articles.size() + 1), article("new" + round, text(random, 3), body));
            return history(articles, Map.of());
        });
        assertEquals(10, applied, "new articles applied");
    }

    /**
     * A new article with, in the same build, an edit that takes words out of another: those words
     * weigh more now, by more than the number of articles grew, in the articles that hold them.
     */
    @Test
    void aNewArticleAndAnEditTakingWordsOutGiveTheVectorsOfAFullAnalysis() {
        int applied = roundsApplied(29, (round, articles, random) -> {
            int i = random.nextInt(articles.size());
            Article edited = articles.get(i);
            String body = edited.body().plainText();
            articles.set(i, article(edited.id().name(), edited.title(), body.substring(0, body.length() / 3)));
            articles.add(random.nextInt(articles.size() + 1), article("new" + round, text(random, 3), text(random, 60)));
            return history(articles, Map.of(edited.source(), edited));
        });
        assertEquals(10, applied, "applied");
    }

    /** A renamed file: one article gone and one new in the same build, as many articles as before. */
    @Test
    void aRenamedArticleGivesTheVectorsOfAFullAnalysis() {
        int applied = roundsApplied(31, (round, articles, random) -> {
            Article gone = articles.remove(random.nextInt(articles.size()));
            Article renamed = article("renamed" + round, gone.title(), gone.body().plainText()
                    + (round % 2 == 0 ? "" : " " + text(random, 5)));
            articles.add(random.nextInt(articles.size() + 1), renamed);
            return history(articles, Map.of(), List.of(gone));
        });
        assertEquals(10, applied, "renames applied");
    }

    /** One round's changes to the articles, and the history that tells of them. */
    private interface Round {
        SourceHistory change(int round, List<Article> articles, Random random);
    }

    /**
     * Ten rounds of changes to 600 articles: where a round's update is applied, it is what a full
     * analysis gives (else the full analysis goes on). Returns the number of rounds it was applied in.
     */
    private int roundsApplied(long seed, Round round) {
        Random random = new Random(seed);
        List<Article> articles = articles(random, 600, 20, 150);
        KeyTermIndex index = KeyTerms.index(articles, history(articles, Map.of()), analyzer, KEEP, Progress.NONE);
        int applied = 0;
        for (int r = 0; r < 10; r++) {
            SourceHistory history = round.change(r, articles, random);
            KeyTermIndex full = KeyTerms.index(articles, history, analyzer, KEEP, Progress.NONE);
            Optional<KeyTermIndex> updated = KeyTerms.update(index, articles, history, analyzer, KEEP);
            if (updated.isPresent()) {
                applied++;
                assertIsAFullAnalysis(articles, full, updated.get(), r);
            }
            index = updated.orElse(full);
        }
        return applied;
    }

    /**
     * An article deleted changes the number of articles, and the frequency of every term it held:
     * the vectors are made again from the counts each keeps, few articles are analyzed, and the
     * result is a full analysis's. Every other round an article is edited in the same build.
     */
    @Test
    void anArticleGoneGivesTheVectorsOfAFullAnalysisAnalyzingFewArticles() {
        Random random = new Random(23);
        List<Article> articles = articles(random, 600, 20, 150);
        KeyTermIndex index = KeyTerms.index(articles, history(articles, Map.of()), analyzer, KEEP, Progress.NONE);
        java.util.concurrent.atomic.AtomicInteger analyzed = new java.util.concurrent.atomic.AtomicInteger();
        Function<String, List<String>> counting = text -> {
            analyzed.incrementAndGet();
            return analyzer.apply(text);
        };
        int applied = 0;
        List<Integer> analyzedByRound = new ArrayList<>();
        for (int round = 0; round < 12; round++) {
            Article gone = articles.remove(random.nextInt(articles.size()));
            Map<String, Article> before = new HashMap<>();
            if (round % 2 == 1) {
                int i = random.nextInt(articles.size());
                Article edited = articles.get(i);
                before.put(edited.source(), edited);
                articles.set(i, article(edited.id().name(), edited.title(), text(random, 10 + random.nextInt(100))));
            }
            SourceHistory history = history(articles, before, List.of(gone));
            KeyTermIndex full = KeyTerms.index(articles, history, analyzer, KEEP, Progress.NONE);
            analyzed.set(0);
            Optional<KeyTermIndex> updated = KeyTerms.update(index, articles, history, counting, KEEP);
            if (updated.isPresent()) {
                applied++;
                analyzedByRound.add(analyzed.get() / 2); // a title and a body per article
                assertIsAFullAnalysis(articles, full, updated.get(), round);
                index = updated.get();
            } else {
                index = full;
            }
        }
        assertEquals(12, applied, "deletions applied");
        // The first deletion analyzes the article gone only. Ceilings grown by its rare terms'
        // weights stay grown until their articles are analyzed again: later rounds analyze more.
        assertEquals(1, analyzedByRound.get(0), "analyzed by round: " + analyzedByRound);
        assertTrue(analyzedByRound.stream().allMatch(a -> a < 150), "analyzed by round: " + analyzedByRound);
        List<Article> fewer = new ArrayList<>(articles);
        Article gone = fewer.remove(0);
        Article other = article(gone.id().name(), gone.title(), gone.body().plainText() + " more");
        assertTrue(KeyTerms.update(index, fewer, history(fewer, Map.of(), List.of(other)), analyzer, KEEP).isEmpty(),
                "the version of the article gone that the index counted is unknown");
    }

    /** As {@link #history(List, Map)}, with the articles of deleted files as they were. */
    static SourceHistory history(List<Article> now, Map<String, Article> before, List<Article> gone) {
        Map<String, SourceHistory.Previous> removed = new HashMap<>();
        gone.forEach(a -> removed.put(a.source(), new SourceHistory.Previous(a.title() + "|" + a.body().plainText(), a)));
        SourceHistory history = history(now, before);
        return new SourceHistory(history.hashes(), history.previous(), removed);
    }

    /**
     * Each updated vector keeps its reserve terms' true counts, and its ceiling is at least the
     * weight of every term of its article that counts and that it does not keep: what updates rely on.
     */
    private void assertCeilingsBoundTheTermsNotKept(List<Article> articles, KeyTermIndex full, KeyTermIndex updated) {
        int n = articles.size();
        for (int i = 0; i < n; i++) {
            KeyTermIndex.KeyVector v = updated.vectors().get(i);
            Map<String, Integer> counts = KeyTerms.counts(articles.get(i), analyzer);
            java.util.Set<String> kept = new java.util.HashSet<>(List.of(v.terms()));
            for (int r = 0; r < v.reserve().length; r++) {
                kept.add(v.reserve()[r]);
                assertEquals(counts.get(v.reserve()[r]), v.reserveCounts()[r], "article " + i + ": " + v.reserve()[r]);
            }
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                int df = full.terms().get(e.getKey()).documents();
                double weight = KeyTerms.weight(e.getValue(), df, n);
                assertTrue(kept.contains(e.getKey()) || df < 2 || weight <= v.ceiling() * (1 + 1e-12),
                        "article " + i + ": " + e.getKey() + " weighs " + weight + ", ceiling " + v.ceiling());
            }
        }
    }

    /** An updated index is what analyzing every article gives, and its ceilings bound what it does not keep. */
    private void assertIsAFullAnalysis(List<Article> articles, KeyTermIndex full, KeyTermIndex updated, int round) {
        assertEquals(full.names(), updated.names(), "round " + round);
        assertEquals(full.vectors(), updated.vectors(), "round " + round);
        assertEquals(full.hashes(), updated.hashes());
        assertEquals(full.labels(), updated.labels());
        assertEquals(full.terms(), updated.terms());
        assertListsTheHoldersAFullAnalysisFinds(full, updated);
        assertCeilingsBoundTheTermsNotKept(articles, full, updated);
    }

    /** Every term the updated index lists holders of, it lists exactly the articles that hold it. */
    private static void assertListsTheHoldersAFullAnalysisFinds(KeyTermIndex full, KeyTermIndex updated) {
        updated.holders().forEach((term, holders) -> org.junit.jupiter.api.Assertions.assertArrayEquals(
                full.holders().get(term), holders, term));
    }

    @Test
    void nothingChangedGivesTheSameIndexAndUnknownVersionsOrOtherArticlesGiveNone() {
        List<Article> articles = new ArrayList<>(List.of(article("a", "one", "alpha beta gamma"),
                article("b", "two", "alpha beta delta"), article("c", "three", "beta gamma delta")));
        KeyTermIndex index = KeyTerms.index(articles, history(articles, Map.of()), analyzer, KEEP, Progress.NONE);
        assertSame(index, KeyTerms.update(index, articles, history(articles, Map.of()), analyzer, KEEP).orElseThrow());

        Article old = articles.get(0);
        articles.set(0, article("a", "one", "alpha beta gamma epsilon"));
        assertTrue(KeyTerms.update(index, articles, history(articles, Map.of()), analyzer, KEEP).isEmpty(),
                "the version the index was made from is unknown");
        assertTrue(KeyTerms.update(index, articles, history(articles, Map.of(old.source(), old)), analyzer, KEEP).isPresent());

        Article edited = articles.get(0);
        articles.set(0, article("a", "one", "alpha"));
        KeyTermIndex inconsistent = new KeyTermIndex(index.names(), index.hashes(), index.labels(), index.vectors(), Map.of(), Map.of());
        assertTrue(KeyTerms.update(inconsistent, articles, history(articles, Map.of(old.source(), old)), analyzer, KEEP).isEmpty(),
                "an index that never counted the old version's terms is not updated");
        articles.set(0, edited);

        List<Article> fewer = articles.subList(0, 2);
        assertTrue(KeyTerms.update(index, fewer, history(fewer, Map.of()), analyzer, KEEP).isEmpty(), "an article is gone");
    }
}
