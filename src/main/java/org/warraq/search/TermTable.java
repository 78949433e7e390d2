package org.warraq.search;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * One kind of an index's per-term arrays (postings pairs or position runs), sorted by term.
 * Read back from an index state, a term's numbers stay the bytes they were saved as until they
 * are asked for, and go into the next state as those bytes: an update decodes and encodes only
 * the terms its documents touch (a one-line edit at 10,000 articles: about a tenth of the 13 MB
 * the Arabic index's state holds) and copies the rest. Immutable; arrays it hands out are not
 * to be changed.
 */
final class TermTable {

  /** How a kind of array is stored as differences ({@link DeltaCoding}), and its size in the index's JSON. */
  enum Coding {
    POSTINGS(DeltaCoding::postings, DeltaCoding::undoPostings, DeltaCoding::postingsSize),
    POSITIONS(DeltaCoding::positions, DeltaCoding::undoPositions, DeltaCoding::positionsSize);

    private final UnaryOperator<int[]> delta;
    private final UnaryOperator<int[]> undelta;
    private final ToIntFunction<int[]> jsonSize;

    Coding(UnaryOperator<int[]> delta, UnaryOperator<int[]> undelta, ToIntFunction<int[]> jsonSize) {
      this.delta = delta;
      this.undelta = undelta;
      this.jsonSize = jsonSize;
    }

    int[] delta(int[] values) {
      return delta.apply(values);
    }

    /** The inverse of {@link #delta}, in place. */
    int[] undelta(int[] deltas) {
      return undelta.apply(deltas);
    }

    int jsonSize(int[] values) {
      return jsonSize.applyAsInt(values);
    }
  }

  private final Coding coding;
  private final String[] terms;
  private final int[] counts;
  private final int[] sizes;
  /** Each term's numbers, or null while they are still the differences saved in {@code source}. */
  private final int[][] values;
  private final byte[] source;
  private final int[] starts;
  private final int[] ends;

  private TermTable(Coding coding, String[] terms, int[] counts, int[] sizes, int[][] values, byte[] source,
      int[] starts, int[] ends) {
    this.coding = coding;
    this.terms = terms;
    this.counts = counts;
    this.sizes = sizes;
    this.values = values;
    this.source = source;
    this.starts = starts;
    this.ends = ends;
  }

  /** A table of {@code entries}, each term's numbers in id order. */
  static TermTable of(SortedMap<String, int[]> entries, Coding coding) {
    Builder table = new Builder(coding, entries.size(), null);
    entries.forEach(table::add);
    return table.build();
  }

  int size() {
    return terms.length;
  }

  String term(int i) {
    return terms[i];
  }

  /** How many numbers the term's array holds (a postings array: twice its document frequency). */
  int count(int i) {
    return counts[i];
  }

  /** About how many bytes the term's array takes in an index file ({@link DeltaCoding}). */
  int jsonSize(int i) {
    return sizes[i];
  }

  /** The term's numbers, ids ascending. */
  int[] values(int i) {
    return values[i] != null ? values[i] : coding.undelta(saved(i));
  }

  /** The term's numbers as differences, as an index file holds them. */
  int[] deltas(int i) {
    return values[i] != null ? coding.delta(values[i]) : saved(i);
  }

  /** The term's numbers, or null if the table does not hold it. */
  int[] get(String term) {
    int i = Arrays.binarySearch(terms, term);
    return i < 0 ? null : values(i);
  }

  boolean contains(String term) {
    return Arrays.binarySearch(terms, term) >= 0;
  }

  /**
   * This table with {@code changes} applied: a term's new numbers, or an empty array (or null)
   * where it is gone. Terms not changed keep their saved bytes.
   */
  TermTable with(SortedMap<String, int[]> changes) {
    Builder table = new Builder(coding, terms.length + changes.size(), source);
    Iterator<Map.Entry<String, int[]>> changed = changes.entrySet().iterator();
    Map.Entry<String, int[]> change = changed.hasNext() ? changed.next() : null;
    int i = 0;
    while (i < terms.length || change != null) {
      int order = change == null ? -1 : i == terms.length ? 1 : terms[i].compareTo(change.getKey());
      if (order < 0) {
        table.copy(this, i++);
        continue;
      }
      if (change.getValue() != null && change.getValue().length > 0) {
        table.add(change.getKey(), change.getValue());
      }
      if (order == 0) {
        i++;
      }
      change = changed.hasNext() ? changed.next() : null;
    }
    return table.build();
  }

  /**
   * This table with every document id numbered anew ({@code newId[id]}, distinct: the same
   * documents in another order, perhaps among new ones; -1 for a document gone, which no term may
   * still hold), each term's numbers in the new id order;
   * the terms whose numbers that changes are added to {@code changed}, the others keep their saved
   * bytes.
   */
  TermTable renumbered(int[] newId, java.util.Set<String> changed) {
    Builder table = new Builder(coding, terms.length, source);
    for (int i = 0; i < terms.length; i++) {
      int[] numbers = values(i);
      int[] renumbered = IdRuns.renumbered(numbers, newId, coding == Coding.POSITIONS);
      if (renumbered == numbers) {
        table.copy(this, i);
      } else {
        table.add(terms[i], renumbered);
        changed.add(terms[i]);
      }
    }
    return table.build();
  }

  /** About how many bytes {@link #encode} writes: what was read, and two bytes a number for the rest (most differences take one or two). */
  int encodedSizeHint() {
    long bytes = 0;
    for (int i = 0; i < terms.length; i++) {
      bytes += 16 + 2L * terms[i].length() + (values[i] == null ? ends[i] - starts[i] : 2L * counts[i]);
    }
    return (int) Math.min(bytes, Integer.MAX_VALUE - 16);
  }

  /** Appends the table: per term its text, count, JSON size and differences; saved ones as they were read. */
  void encode(Varints.Writer out) {
    Varints.Writer numbers = new Varints.Writer(1 << 12);
    out.number(terms.length);
    for (int i = 0; i < terms.length; i++) {
      out.text(terms[i]);
      out.number(counts[i]);
      out.number(sizes[i]);
      if (values[i] == null) {
        out.number(ends[i] - starts[i]);
        out.raw(source, starts[i], ends[i] - starts[i]);
      } else {
        numbers.clear();
        for (int n : coding.delta(values[i])) {
          numbers.number(n);
        }
        out.number(numbers.size());
        out.raw(numbers.array(), 0, numbers.size());
      }
    }
  }

  /** The table {@link #encode} wrote at the reader's position in {@code source}; its numbers are left there until asked for. */
  static TermTable decode(Varints.Reader in, byte[] source, Coding coding) {
    int n = in.count();
    Builder table = new Builder(coding, n, source);
    String previous = null;
    for (int i = 0; i < n; i++) {
      String term = in.text();
      if (previous != null && previous.compareTo(term) >= 0) {
        throw new IllegalArgumentException("terms out of order in search index state");
      }
      int count = in.count();
      int size = in.integer();
      int length = in.count();
      if (count > length) {
        throw new IllegalArgumentException("bad count in search index state");
      }
      table.saved(term, count, size, in.position(), in.position() + length);
      in.skip(length);
      previous = term;
    }
    return table.build();
  }

  private int[] saved(int i) {
    int[] numbers = new int[counts[i]];
    Varints.Reader in = new Varints.Reader(source, starts[i], ends[i]);
    for (int k = 0; k < numbers.length; k++) {
      numbers[k] = (int) in.number();
    }
    if (!in.atLimit()) {
      throw new IllegalArgumentException("bad numbers in search index state");
    }
    return numbers;
  }

  /** Collects a table's terms in order. */
  private static final class Builder {
    private final Coding coding;
    private final byte[] source;
    private String[] terms;
    private int[] counts;
    private int[] sizes;
    private int[][] values;
    private int[] starts;
    private int[] ends;
    private int size;

    Builder(Coding coding, int capacity, byte[] source) {
      this.coding = coding;
      this.source = source;
      terms = new String[capacity];
      counts = new int[capacity];
      sizes = new int[capacity];
      values = new int[capacity][];
      starts = new int[capacity];
      ends = new int[capacity];
    }

    void add(String term, int[] numbers) {
      terms[size] = term;
      counts[size] = numbers.length;
      sizes[size] = coding.jsonSize(numbers);
      values[size++] = numbers;
    }

    void saved(String term, int count, int jsonSize, int start, int end) {
      terms[size] = term;
      counts[size] = count;
      sizes[size] = jsonSize;
      starts[size] = start;
      ends[size++] = end;
    }

    /** The table's i-th term as it is there: its numbers, or where they are saved in the shared source. */
    void copy(TermTable table, int i) {
      terms[size] = table.terms[i];
      counts[size] = table.counts[i];
      sizes[size] = table.sizes[i];
      values[size] = table.values[i];
      starts[size] = table.starts[i];
      ends[size++] = table.ends[i];
    }

    TermTable build() {
      return new TermTable(coding, Arrays.copyOf(terms, size), Arrays.copyOf(counts, size), Arrays.copyOf(sizes, size),
          Arrays.copyOf(values, size), source, Arrays.copyOf(starts, size), Arrays.copyOf(ends, size));
    }
  }
}
