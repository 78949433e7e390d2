package org.warraq.search;

import java.util.Arrays;

/**
* Edits of the flat arrays an index keeps per term, ordered by document id: postings as (id,
* value) pairs, positions as runs of (id, count, positions...). Each edit returns a new array
* (the old one may be shared with an earlier index) and never leaves two entries of one id.
*/
final class IdRuns {
  private IdRuns() {
  }

  /** {@code pairs} without the pair of {@code id}; null stays null. */
  static int[] withoutPair(int[] pairs, int id) {
    if (pairs == null) {
      return null;
    }
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i] == id) {
        return cut(pairs, i, 2);
      }
    }
    return pairs;
  }

  /** {@code pairs} (null for none) with (id, value) in its place by id, replacing any pair of {@code id}. */
  static int[] withPair(int[] pairs, int id, int value) {
    int[] old = pairs == null ? new int[0] : withoutPair(pairs, id);
    int at = 0;
    while (at < old.length && old[at] < id) {
      at += 2;
    }
    return insert(old, at, new int[] {id, value});
  }

  /**
   * {@code records} (pairs when {@code runs} is false, else runs) with every id renumbered
   * ({@code newId[id]}, distinct new ids: the same documents in another order, perhaps among new
   * ones; -1 for a document gone, whose records must already be out) and put back in id order; the
   * same array when no id moves.
   */
  static int[] renumbered(int[] records, int[] newId, boolean runs) {
    int moved = 0;
    int count = 0;
    for (int k = 0; k < records.length; k += runs ? 2 + records[k + 1] : 2) {
      moved |= newId[records[k]] ^ records[k];
      count++;
    }
    if (moved == 0) {
      return records;
    }
    // Each record as (new id, where it starts): ids are distinct, so sorting these sorts the records.
    long[] order = new long[count];
    count = 0;
    for (int k = 0; k < records.length; k += runs ? 2 + records[k + 1] : 2) {
      order[count++] = (long) newId[records[k]] << 32 | k;
    }
    Arrays.sort(order);
    int[] out = new int[records.length];
    int at = 0;
    for (long o : order) {
      int k = (int) o;
      int length = runs ? 2 + records[k + 1] : 2;
      System.arraycopy(records, k, out, at, length);
      out[at] = (int) (o >>> 32);
      at += length;
    }
    return out;
  }

  /** {@code runs} without the run of {@code id}; null stays null. */
  static int[] withoutRun(int[] runs, int id) {
    if (runs == null) {
      return null;
    }
    for (int i = 0; i < runs.length; i += 2 + runs[i + 1]) {
      if (runs[i] == id) {
        return cut(runs, i, 2 + runs[i + 1]);
      }
    }
    return runs;
  }

  /**
   * {@code runs} (null for none) with {@code run}, whose first number is {@code id}, in its place
   * by id, replacing any run of {@code id}.
   */
  static int[] withRun(int[] runs, int id, int[] run) {
    int[] old = runs == null ? new int[0] : withoutRun(runs, id);
    int at = 0;
    while (at < old.length && old[at] < id) {
      at += 2 + old[at + 1];
    }
    return insert(old, at, run);
  }

  private static int[] cut(int[] values, int from, int length) {
    int[] out = new int[values.length - length];
    System.arraycopy(values, 0, out, 0, from);
    System.arraycopy(values, from + length, out, from, values.length - from - length);
    return out;
  }

  private static int[] insert(int[] values, int at, int[] part) {
    int[] out = Arrays.copyOf(values, values.length + part.length);
    System.arraycopy(values, at, out, at + part.length, values.length - at);
    System.arraycopy(part, 0, out, at, part.length);
    return out;
  }
}
