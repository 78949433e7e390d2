package org.warraq.model;

/** A free tag: {@code key} is its URL segment, {@code label} how it is written in content. */
public record Tag(String key, String label) {
}
