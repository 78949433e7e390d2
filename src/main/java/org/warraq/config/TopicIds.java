package org.warraq.config;

import java.util.regex.Pattern;

/**
 * What a topic id may be, in site.yaml and in an article's {@code topics}: lower-case letters,
 * digits and single hyphens ({@code africa-expansion}), short enough to be a folder's name.
 */
public final class TopicIds {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private TopicIds() {
    }

    /** Null when {@code id} can be a topic id, else what is wrong with it and what to do. */
    public static String problem(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return "topic id '" + id + "' is not valid — use lower-case letters, digits and hyphens (africa-expansion)";
        }
        if (id.length() > FileNames.MAX_BYTES) { // ASCII: a character a byte
            return "topic id is " + id.length() + " characters long, more than a folder name may have (" + FileNames.MAX_BYTES
                    + ") — shorten it";
        }
        return null;
    }
}
