package org.warraq.config;

import java.util.regex.Pattern;

/**
 * What a topic id may be, in site.yaml and in an article's {@code topics}: lower-case letters,
 * digits and single hyphens ({@code africa-expansion}), short enough to be a folder's name.
 */
public final class TopicIds {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** File systems allow 255 bytes a name; an id is ASCII. */
    private static final int MAX_LENGTH = 255;

    private TopicIds() {
    }

    /** Null when {@code id} can be a topic id, else what is wrong with it and what to do. */
    public static String problem(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return "topic id '" + id + "' is not valid — use lower-case letters, digits and hyphens (africa-expansion)";
        }
        if (id.length() > MAX_LENGTH) {
            return "topic id is " + id.length() + " characters long, more than a folder name may have (" + MAX_LENGTH
                    + ") — shorten it";
        }
        return null;
    }
}
