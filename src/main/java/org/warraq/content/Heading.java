package org.warraq.content;

/** A heading of a Markdown body: its level, the id it gets in HTML, and its plain text. */
public record Heading(int level, String id, String text) {
}
