package org.warraq.search;

import java.util.Arrays;
import java.util.Objects;

/**
 * One file of a language's search index.
 *
 * @param path  relative to the language's root, e.g. {@code search/manifest-1a2b3c4d5e.json}
 * @param bytes the file's content (UTF-8 JSON)
 */
public record IndexFile(String path, byte[] bytes) {

  /** Keeps a private copy, so the record stays immutable. */
  public IndexFile {
    Objects.requireNonNull(path, "path");
    bytes = bytes.clone();
  }

  /** A copy of the content. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The content's size in bytes, without copying it. */
  public int size() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndexFile other && path.equals(other.path) && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * path.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "IndexFile[" + path + ", " + bytes.length + " bytes]";
  }
}
