package org.warraq.content;

import java.util.Arrays;
import java.util.Optional;

/** What a content file is, decided by its folder under {@code content/<lang>/}. */
public enum ContentKind {
    ARTICLE("articles"),
    TOPIC("topics"),
    PAGE("pages");

    private final String folder;

    ContentKind(String folder) {
        this.folder = folder;
    }

    /** The folder name under {@code content/<lang>/}, which is also the URL segment. */
    public String folder() {
        return folder;
    }

    /** The kind stored in a folder, if any. */
    public static Optional<ContentKind> ofFolder(String name) {
        return Arrays.stream(values()).filter(k -> k.folder.equals(name)).findFirst();
    }
}
