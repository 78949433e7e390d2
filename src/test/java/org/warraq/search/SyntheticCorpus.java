package org.warraq.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A reproducible Arabic-like corpus for size tests: Zipf-distributed words made of Arabic letters
 * with clitics and suffixes, plus one word (داعش) that every article contains.
 */
final class SyntheticCorpus {

  static final String EVERYWHERE = "داعش";
  private static final String LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
  private static final String[] PREFIXES = {"", "", "", "", "ال", "ال", "و", "وال", "ب", "بال", "لل", "ل"};
  private static final String[] SUFFIXES = {"", "", "", "", "", "ة", "ات", "ي", "ية", "ها", "ين", "ون"};

  private final Random random;
  private final List<String> vocabulary = new ArrayList<>();
  private final double[] cumulative;

  SyntheticCorpus(long seed, int vocabularySize) {
    random = new Random(seed);
    for (int i = 0; i < vocabularySize; i++) {
      StringBuilder w = new StringBuilder();
      int length = 3 + random.nextInt(4);
      for (int k = 0; k < length; k++) {
        w.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
      }
      vocabulary.add(w.toString());
    }
    cumulative = new double[vocabularySize];
    double sum = 0;
    for (int i = 0; i < vocabularySize; i++) {
      sum += 1.0 / Math.pow(i + 1, 1.05);
      cumulative[i] = sum;
    }
  }

  /** The stem of the word with Zipf rank {@code rank} (0 = most frequent). */
  String stem(int rank) {
    return vocabulary.get(rank);
  }

  List<SearchDocument> documents(int count) {
    List<SearchDocument> docs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String body = words(300 + random.nextInt(300)) + " " + EVERYWHERE + " " + words(40);
      String date = String.format("20%02d-%02d-%02d", 10 + i % 15, 1 + i % 12, 1 + i % 28);
      docs.add(new SearchDocument("/ar/articles/a" + i + "/", words(6 + random.nextInt(6)), date, date,
          List.of("موضوع" + random.nextInt(12)), List.of(words(1), words(1)),
          List.of(words(4), words(3)), words(20 + random.nextInt(20)), body));
    }
    return docs;
  }

  String words(int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        text.append(i % 12 == 0 ? "، " : " ");
      }
      text.append(PREFIXES[random.nextInt(PREFIXES.length)]).append(stem(zipfRank()))
          .append(SUFFIXES[random.nextInt(SUFFIXES.length)]);
    }
    return text.toString();
  }

  private int zipfRank() {
    double x = random.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
