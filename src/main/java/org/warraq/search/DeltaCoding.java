package org.warraq.search;

/**
 * Postings and positions as JSON number arrays with ascending ids and positions stored as
 * differences: small numbers, which gzip compresses far better than absolute ids.
 */
final class DeltaCoding {

  private DeltaCoding() {}

  /** (id, value) pairs -> (id delta, value) pairs. */
  static int[] postings(int[] pairs) {
    int[] out = pairs.clone();
    for (int i = out.length - 2; i >= 2; i -= 2) {
      out[i] -= pairs[i - 2];
    }
    return out;
  }

  /** Runs of (id, count, positions...) -> runs of (id delta, count, position deltas...). */
  static int[] positions(int[] runs) {
    int[] out = runs.clone();
    int previousId = 0;
    for (int i = 0; i < out.length; ) {
      int id = out[i];
      out[i] = id - previousId;
      previousId = id;
      int count = out[i + 1];
      for (int k = i + 2 + count - 1; k > i + 2; k--) {
        out[k] -= out[k - 1];
      }
      i += 2 + count;
    }
    return out;
  }

  /** The inverse of {@link #postings}, in place. */
  static int[] undoPostings(int[] pairs) {
    for (int i = 2; i < pairs.length; i += 2) {
      pairs[i] += pairs[i - 2];
    }
    return pairs;
  }

  /** The inverse of {@link #positions}, in place. */
  static int[] undoPositions(int[] runs) {
    int previousId = 0;
    for (int i = 0; i < runs.length; ) {
      runs[i] += previousId;
      previousId = runs[i];
      int count = runs[i + 1];
      for (int k = i + 3; k < i + 2 + count; k++) {
        runs[k] += runs[k - 1];
      }
      i += 2 + count;
    }
    return runs;
  }

  /** {@code JsonFiles.sizeOf(postings(pairs))}, without making the array. */
  static int postingsSize(int[] pairs) {
    int size = 2;
    for (int i = 0; i < pairs.length; i++) {
      size += JsonFiles.sizeOf(i >= 2 && i % 2 == 0 ? pairs[i] - pairs[i - 2] : pairs[i]);
    }
    return size;
  }

  /** {@code JsonFiles.sizeOf(positions(runs))}, without making the array. */
  static int positionsSize(int[] runs) {
    int size = 2;
    int previousId = 0;
    for (int i = 0; i < runs.length; ) {
      size += JsonFiles.sizeOf(runs[i] - previousId);
      previousId = runs[i];
      int count = runs[i + 1];
      size += JsonFiles.sizeOf(count);
      for (int k = i + 2; k < i + 2 + count; k++) {
        size += JsonFiles.sizeOf(k == i + 2 ? runs[k] : runs[k] - runs[k - 1]);
      }
      i += 2 + count;
    }
    return size;
  }
}
