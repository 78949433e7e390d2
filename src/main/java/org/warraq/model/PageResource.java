package org.warraq.model;

import java.nio.file.Path;

/**
 * A file published beside a page, from the page's bundle folder ({@code articles/rome/cover.jpg}
 * beside {@code articles/rome/index.md}): its page, its path from the bundle's folder
 * ('/'-separated, as written in links) and the file to copy.
 */
public record PageResource(PageId page, String relative, Path file) {
}
