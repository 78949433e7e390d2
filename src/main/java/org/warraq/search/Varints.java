package org.warraq.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The index state's byte form: numbers as variable-length integers (7 bits a byte, low bits
 * first), texts as their UTF-8 length and bytes.
 */
final class Varints {
  private Varints() {
  }

  /** A growing byte array (unsynchronized: ByteArrayOutputStream locks on every byte). */
  static final class Writer {
    private byte[] bytes;
    private int size;

    Writer(int capacity) {
      bytes = new byte[Math.max(16, capacity)];
    }

    void number(long value) {
      if (value < 0) {
        throw new IllegalArgumentException("negative number in search index state: " + value);
      }
      room(10);
      while (value >= 0x80) {
        bytes[size++] = (byte) (value | 0x80);
        value >>>= 7;
      }
      bytes[size++] = (byte) value;
    }

    void text(String s) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      number(utf8.length);
      raw(utf8, 0, utf8.length);
    }

    /** Bytes as they are: numbers another writer wrote. */
    void raw(byte[] source, int from, int length) {
      room(length);
      System.arraycopy(source, from, bytes, size, length);
      size += length;
    }

    int size() {
      return size;
    }

    /** Starts again at no bytes, keeping the array. */
    void clear() {
      size = 0;
    }

    /** The bytes written; the writer's own array, not a copy. */
    byte[] array() {
      return bytes;
    }

    private void room(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }
  }

  /** Reads what a {@link Writer} wrote, up to {@code limit}; throws IllegalArgumentException on anything else. */
  static final class Reader {
    private final byte[] bytes;
    private final int limit;
    private int position;

    Reader(byte[] bytes, int from, int limit) {
      this.bytes = bytes;
      this.position = from;
      this.limit = limit;
    }

    long number() {
      long value = 0;
      for (int shift = 0; shift < 64 && position < limit; shift += 7) {
        byte b = bytes[position++];
        value |= (long) (b & 0x7f) << shift;
        if (b >= 0) {
          return value;
        }
      }
      throw new IllegalArgumentException("bad number in search index state");
    }

    /** A count of things that take at least a byte each: never more than the bytes left. */
    int count() {
      long n = number();
      if (n > limit - position) {
        throw new IllegalArgumentException("bad count in search index state");
      }
      return (int) n;
    }

    /** A number that fits an int. */
    int integer() {
      long n = number();
      if (n > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("bad number in search index state");
      }
      return (int) n;
    }

    String text() {
      int length = count();
      String s = new String(bytes, position, length, StandardCharsets.UTF_8);
      position += length;
      return s;
    }

    /** Passes over {@code length} bytes (already counted against the limit by {@link #count}). */
    void skip(int length) {
      position += length;
    }

    int position() {
      return position;
    }

    boolean atLimit() {
      return position == limit;
    }
  }
}
