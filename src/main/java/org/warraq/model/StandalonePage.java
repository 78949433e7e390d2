package org.warraq.model;

import org.warraq.content.RenderedMarkdown;

/** A page outside the article flow (about, …), at {@code /<lang>/<slug>/}. */
public record StandalonePage(PageId id, String source, String title, String summary, String slug, RenderedMarkdown body) {
}
