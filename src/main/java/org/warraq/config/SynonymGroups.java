package org.warraq.config;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warraq.problem.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and checks {@code search.synonyms}: a list of groups, each a list of at least two
 * distinct, non-blank spellings, no spelling in two groups.
 *
 * <p>Why its own pass over the YAML: Jackson has already checked the types, but it keeps no
 * positions, and a mistake in the fifth of twenty groups must point at that group's line.
 */
final class SynonymGroups {
    private static final String KEY = "synonyms";

    private SynonymGroups() {
    }

    /** The groups in {@code yaml} (already type-checked); problems go to {@code problems}. */
    static List<SynonymGroup> read(String yaml, String path, List<Problem> problems) {
        SequenceNode groups = synonymsNode(yaml);
        if (groups == null) {
            return List.of();
        }
        List<SynonymGroup> result = new ArrayList<>();
        Map<String, Mark> seen = new HashMap<>();
        for (Node groupNode : groups.getValue()) {
            Mark groupAt = groupNode.getStartMark();
            if (!(groupNode instanceof SequenceNode group)) {
                continue;
            }
            List<String> variants = new ArrayList<>();
            for (Node variantNode : group.getValue()) {
                Mark at = variantNode.getStartMark();
                String variant = variantNode instanceof ScalarNode s ? s.getValue().strip() : "";
                String key = variant.toLowerCase(Locale.ROOT);
                if (variant.isEmpty()) {
                    problems.add(error(path, at, "empty spelling in a search.synonyms group — remove it"));
                } else if (variants.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).equals(key))) {
                    problems.add(error(path, at, "'" + variant + "' is listed twice in this synonym group — remove one"));
                } else if (seen.containsKey(key)) {
                    problems.add(error(path, at, "'" + variant + "' is already in the synonym group on line "
                            + (seen.get(key).getLine() + 1) + " — merge the two groups into one"));
                } else {
                    seen.put(key, at);
                    variants.add(variant);
                }
            }
            if (group.getValue().size() < 2) {
                problems.add(error(path, groupAt, "a search.synonyms group needs at least two spellings"
                        + " — add the variants readers type, or remove the group"));
            } else if (variants.size() >= 2) {
                result.add(new SynonymGroup(variants, groupAt.getLine() + 1, groupAt.getColumn() + 1));
            }
        }
        return result;
    }

    private static SequenceNode synonymsNode(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(YamlGuard.MAX_ALIASES);
        Node root = new Yaml(options).compose(new StringReader(yaml));
        Node search = child(root, "search");
        return child(search, KEY) instanceof SequenceNode list ? list : null;
    }

    private static Node child(Node node, String key) {
        if (!(node instanceof MappingNode mapping)) {
            return null;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    private static Problem error(String path, Mark at, String message) {
        return Problem.error(path, at.getLine() + 1, at.getColumn() + 1, message);
    }
}
