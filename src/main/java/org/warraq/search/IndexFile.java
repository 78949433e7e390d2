package org.warraq.search;

import java.util.Arrays;
import java.util.Objects;
import org.warraq.model.OutputFile;

/**
 * One file of a language's search index.
 *
 * @param path  relative to the language's root, e.g. {@code search/manifest-1a2b3c4d5e.json}
 * @param bytes the file's content (UTF-8 JSON)
 * @param key   its key in the output manifest ({@link OutputFile#contentKey}) when the SHA-256 of
 *              its bytes is known already (its name is made from it), else null
 */
public record IndexFile(String path, byte[] bytes, String key) {

  /** Keeps a private copy, so the record stays immutable. */
  public IndexFile {
    Objects.requireNonNull(path, "path");
    bytes = bytes.clone();
  }

  /** A file whose key is not known yet. */
  public IndexFile(String path, byte[] bytes) {
    this(path, bytes, null);
  }

  /**
   * The file in the site's output under {@code root} (the language's folder), with its key when
   * known: the output then need not hash its bytes a second time. The output file shares this
   * file's bytes (neither changes them) rather than a copy: a 10,000-article index is 80 MB.
   */
  public OutputFile output(String root) {
    return new OutputFile(root + "/" + path, bytes, key);
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

  /** By path and bytes: the key, where known, is what the bytes hash to. */
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
