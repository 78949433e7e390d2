package org.warraq.config;

/**
 * Finds where a key (or {@code key: value}) stands in YAML text, for messages about values that
 * were read correctly but are wrong for the site: the mapper no longer knows their position.
 */
public final class KeyLocator {
    private KeyLocator() {
    }

    /** {line, column} (1-based) of the first line holding {@code needle} as a key; {1, 1} if none. */
    public static int[] find(String yaml, String needle) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.stripLeading();
            if (trimmed.startsWith("- ")) {
                trimmed = trimmed.substring(2).stripLeading();
            }
            if (trimmed.startsWith(needle) && (needle.contains(":") || trimmed.startsWith(needle + ":"))) {
                return new int[] {i + 1, line.indexOf(trimmed) + 1};
            }
        }
        return new int[] {1, 1};
    }
}
