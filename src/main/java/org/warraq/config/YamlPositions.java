package org.warraq.config;

import java.io.StringReader;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds where a value stands in YAML text by its path of keys and list indexes
 * ({@code languages, 1, direction}), for messages about values that were read but are wrong:
 * the mapper no longer knows their position, and a key such as {@code direction} may occur once
 * per list item, so searching for its name would point at the wrong item.
 *
 * <p>Used on error paths only: it composes the document a second time. The document has passed
 * {@link YamlGuard}, so composing it is cheap (aliases are never expanded by the composer).
 */
public final class YamlPositions {
    private YamlPositions() {
    }

    /**
     * {line, column} (1-based) of the path: where its last key is written, or where its last list
     * item starts. When the document lacks the rest of the path (a missing key), the position of
     * the deepest part that exists; {1, 1} when the document cannot be composed.
     *
     * @param path keys ({@link String}) and 0-based list indexes ({@link Integer})
     */
    public static int[] find(String yaml, List<?> path) {
        Node node = compose(yaml);
        if (node == null) {
            return new int[] {1, 1};
        }
        Mark mark = node.getStartMark();
        for (Object step : path) {
            if (step instanceof String key && node instanceof MappingNode mapping) {
                NodeTuple tuple = tuple(mapping, key);
                if (tuple == null) {
                    break;
                }
                mark = tuple.getKeyNode().getStartMark();
                node = tuple.getValueNode();
            } else if (step instanceof Integer index && node instanceof SequenceNode sequence
                    && index >= 0 && index < sequence.getValue().size()) {
                node = sequence.getValue().get(index);
                mark = node.getStartMark();
            } else {
                break;
            }
        }
        return new int[] {mark.getLine() + 1, mark.getColumn() + 1};
    }

    /**
     * The keys of the document's top-level mapping, each with its {line, column} (1-based), in the
     * order written; none when the document is not a mapping or cannot be composed.
     */
    public static java.util.LinkedHashMap<String, int[]> topLevelKeys(String yaml) {
        java.util.LinkedHashMap<String, int[]> keys = new java.util.LinkedHashMap<>();
        if (compose(yaml) instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode scalar) {
                    Mark mark = scalar.getStartMark();
                    keys.putIfAbsent(scalar.getValue(), new int[] {mark.getLine() + 1, mark.getColumn() + 1});
                }
            }
        }
        return keys;
    }

    /** The document's node tree, or null when there is none or it cannot be composed. */
    private static Node compose(String yaml) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);
            options.setMaxAliasesForCollections(YamlGuard.MAX_ALIASES);
            return new Yaml(options).compose(new StringReader(yaml));
        } catch (YAMLException e) {
            return null;
        }
    }

    private static NodeTuple tuple(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                return tuple;
            }
        }
        return null;
    }
}
