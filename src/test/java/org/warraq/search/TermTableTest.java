package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TermTableTest {

  private static SortedMap<String, int[]> postings() {
    SortedMap<String, int[]> terms = new TreeMap<>();
    terms.put("افريق", new int[] {0, 9, 4, 17, 130, 8});
    terms.put("تحالف", new int[] {2, 40});
    terms.put("coalition", new int[] {1, 8, 1000, 300});
    terms.put("داعش", new int[] {0, 1, 2, 3, 5, 8, 13, 21});
    return terms;
  }

  private static byte[] bytes(TermTable table) {
    Varints.Writer out = new Varints.Writer(16);
    table.encode(out);
    return Arrays.copyOf(out.array(), out.size());
  }

  private static TermTable read(byte[] bytes, TermTable.Coding coding) {
    Varints.Reader in = new Varints.Reader(bytes, 0, bytes.length);
    TermTable table = TermTable.decode(in, bytes, coding);
    assertTrue(in.atLimit());
    return table;
  }

  @Test
  void aTableReadBackFromItsBytesHoldsTheSameTermsNumbersAndSizes() {
    TermTable made = TermTable.of(postings(), TermTable.Coding.POSTINGS);
    TermTable read = read(bytes(made), TermTable.Coding.POSTINGS);

    assertEquals(made.size(), read.size());
    for (int i = 0; i < made.size(); i++) {
      assertEquals(made.term(i), read.term(i));
      assertArrayEquals(made.values(i), read.values(i));
      assertArrayEquals(DeltaCoding.postings(made.values(i)), read.deltas(i), "the numbers an index file holds");
      assertEquals(DeltaCoding.postingsSize(made.values(i)), read.jsonSize(i));
      assertEquals(made.values(i).length, read.count(i));
    }
    assertArrayEquals(new int[] {2, 40}, read.get("تحالف"));
    assertNull(read.get("غير"));
    assertFalse(read.contains("غير"));
    assertArrayEquals(bytes(made), bytes(read), "saved terms are written back as they were read");
  }

  @Test
  void positionRunsAreReadBackAsTheyWereMade() {
    SortedMap<String, int[]> runs = new TreeMap<>();
    runs.put("قمة", new int[] {0, 3, 4, 9, 200, 7, 1, 15});
    runs.put("واشنطن", new int[] {3, 2, 0, 1});
    TermTable read = read(bytes(TermTable.of(runs, TermTable.Coding.POSITIONS)), TermTable.Coding.POSITIONS);

    assertArrayEquals(runs.get("قمة"), read.get("قمة"));
    assertArrayEquals(DeltaCoding.positions(runs.get("قمة")), read.deltas(0));
    assertEquals(DeltaCoding.positionsSize(runs.get("واشنطن")), read.jsonSize(1));
  }

  @Test
  void changesReplaceAddAndRemoveTermsAndGiveTheBytesOfATableMadeWithThem() {
    TermTable saved = read(bytes(TermTable.of(postings(), TermTable.Coding.POSTINGS)), TermTable.Coding.POSTINGS);
    SortedMap<String, int[]> changes = new TreeMap<>();
    changes.put("تحالف", new int[] {2, 41});
    changes.put("coalition", new int[0]);
    changes.put("أمن", new int[] {7, 3});
    changes.put("يونيو", null);

    TermTable changed = saved.with(changes);

    SortedMap<String, int[]> expected = postings();
    expected.put("تحالف", new int[] {2, 41});
    expected.remove("coalition");
    expected.put("أمن", new int[] {7, 3});
    assertEquals(expected.size(), changed.size());
    int i = 0;
    for (var e : expected.entrySet()) {
      assertEquals(e.getKey(), changed.term(i));
      assertArrayEquals(e.getValue(), changed.values(i++));
    }
    assertArrayEquals(bytes(TermTable.of(expected, TermTable.Coding.POSTINGS)), bytes(changed));
    assertArrayEquals(bytes(TermTable.of(postings(), TermTable.Coding.POSTINGS)), bytes(saved), "the saved table is unchanged");
  }

  @Test
  void termsOutOfOrderOrNumbersPastTheirBytesAreNotRead() {
    Varints.Writer out = new Varints.Writer(16);
    out.number(2);
    for (String term : new String[] {"b", "a"}) {
      out.text(term);
      out.number(2); // numbers
      out.number(6); // JSON size
      out.number(2); // bytes
      out.number(1);
      out.number(5);
    }
    byte[] unordered = Arrays.copyOf(out.array(), out.size());
    assertThrows(IllegalArgumentException.class, () -> read(unordered, TermTable.Coding.POSTINGS));

    Varints.Writer counted = new Varints.Writer(16);
    counted.number(1);
    counted.text("a");
    counted.number(3); // three numbers claimed
    counted.number(8);
    counted.number(2); // in two bytes
    counted.number(1);
    counted.number(5);
    byte[] cut = Arrays.copyOf(counted.array(), counted.size());
    assertThrows(IllegalArgumentException.class, () -> read(cut, TermTable.Coding.POSTINGS));
  }
}
