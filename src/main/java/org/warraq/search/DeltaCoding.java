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
}
