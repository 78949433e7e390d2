package org.warraq.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.warraq.model.OutputFile;

/** Deterministic compact JSON (sorted keys) in files named after a hash of their content. */
final class JsonFiles {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private JsonFiles() {}

  /** {@code value} as JSON in {@code search/<kind>-<hash>.json}, with its output key from the same digest. */
  static IndexFile write(String kind, Object value) {
    byte[] bytes = bytes(value);
    byte[] digest = sha256(bytes);
    return new IndexFile("search/" + kind + "-" + name(digest) + ".json", bytes, OutputFile.contentKey(digest));
  }

  /** {@code value} as compact JSON with sorted map keys. */
  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file name without its folder, as the manifest refers to it. */
  static String name(IndexFile file) {
    return file.path().substring(file.path().lastIndexOf('/') + 1);
  }

  // 40 bits of SHA-256: collisions within one site's index are negligible, and the manifest,
  // which lists thousands of names, stays small.
  static String hash(byte[] bytes) {
    return name(sha256(bytes));
  }

  private static String name(byte[] digest) {
    return java.util.HexFormat.of().formatHex(digest, 0, 5);
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Roughly how many bytes {@code numbers} take as a JSON array, for cutting shards. */
  static int sizeOf(int[] numbers) {
    int size = 2;
    for (int n : numbers) {
      size += sizeOf(n);
    }
    return size;
  }

  /** Roughly how many bytes one number takes in a JSON array, with its comma. */
  static int sizeOf(int n) {
    return 1 + (n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10_000 ? 4 : 6);
  }

  /** Bytes of a term as a JSON key in UTF-8. */
  static int sizeOf(String term) {
    return term.getBytes(StandardCharsets.UTF_8).length + 3;
  }
}
