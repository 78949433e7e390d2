package org.warraq.render;

/** An HTML page and its route. */
record RenderedHtml(Route route, String html) {
}
