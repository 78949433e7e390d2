package org.warraq.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.warraq.problem.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Maps YAML text onto typed records, strictly, and turns every failure into one {@link Problem}
 * with the file, line and column and a hint of what to do.
 *
 * <p>Strict means: unknown keys, duplicate keys, wrong types and nulls for numbers are errors.
 * The mapper is thread-safe and built once.
 */
public final class YamlMapping {
    private static final ObjectMapper MAPPER = createMapper();

    private YamlMapping() {
    }

    /** Result of mapping: the value, or the problem that kept it from being read. */
    public record Result<T>(T value, Problem problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /**
     * Reads {@code yaml} (which starts on line {@code firstLine} of {@code path}) as a {@code type}.
     */
    public static <T> Result<T> read(String yaml, Class<T> type, String path, int firstLine) {
        int shift = firstLine - 1;
        var violation = YamlGuard.check(yaml);
        if (violation.isPresent()) {
            var v = violation.get();
            return new Result<>(null, Problem.error(path, v.line() + shift, v.column(), v.message()));
        }
        try {
            T value = MAPPER.readValue(yaml.isBlank() ? "{}" : yaml, type);
            return new Result<>(value == null ? null : value, null);
        } catch (JsonProcessingException e) {
            return new Result<>(null, toProblem(e, path, yaml).shiftedBy(shift));
        }
    }

    private static ObjectMapper createMapper() {
        LoaderOptions loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(YamlGuard.MAX_ALIASES);
        loader.setNestingDepthLimit(YamlGuard.MAX_DEPTH);
        loader.setCodePointLimit(YamlGuard.MAX_CHARS);
        loader.setAllowDuplicateKeys(false);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(YamlGuard.MAX_DEPTH).build())
                .build();
        return YAMLMapper.builder(factory)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
    }

    static Problem toProblem(JsonProcessingException e, String path, String yaml) {
        JsonLocation location = e.getLocation();
        int line = location == null ? 1 : Math.max(1, location.getLineNr());
        int column = location == null ? 1 : Math.max(1, location.getColumnNr());
        String key = lastFieldName(e);
        if (key != null) {
            // The parser's location is past its look-ahead; the key's own line is what a reader needs.
            int[] at = KeyLocator.find(yaml, key);
            line = at[0];
            column = at[1];
        }
        return Problem.error(path, line, column, describe(e));
    }

    private static String lastFieldName(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return null;
        }
        for (int i = mapping.getPath().size() - 1; i >= 0; i--) {
            String name = mapping.getPath().get(i).getFieldName();
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds().stream().map(Objects::toString).sorted().toList();
            String key = unknown.getPropertyName();
            return Suggestions.closest(key, known)
                    .map(s -> "unknown key '" + key + "' — did you mean '" + s + "'?")
                    .orElse("unknown key '" + key + "' — known keys are: " + String.join(", ", known));
        }
        if (e instanceof InvalidFormatException invalid && invalid.getCause() == null
                && invalid.getOriginalMessage().startsWith("invalid ")) {
            return invalid.getOriginalMessage();
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = fieldPath(mismatch);
            String expected = typeName(mismatch.getTargetType());
            return "'" + field + "' has the wrong type: expected " + expected + " — fix the value";
        }
        if (e instanceof JacksonYAMLParseException && e.getCause() instanceof MarkedYAMLException yaml) {
            return "YAML syntax error: " + yaml.getProblem() + " — check indentation, colons and quotes";
        }
        if (e instanceof JsonParseException && e.getOriginalMessage().startsWith("Duplicate field")) {
            String key = e.getOriginalMessage().replaceAll("(?s)^Duplicate field '([^']*)'.*$", "$1");
            return "duplicate key '" + key + "' — keep only one";
        }
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof IllegalArgumentException bad) {
            return "'" + fieldPath(mapping) + "': " + bad.getMessage();
        }
        return "cannot read YAML: " + e.getOriginalMessage().lines().findFirst().orElse("") + " — fix the value";
    }

    private static String fieldPath(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + (ref.getIndex() + 1) + "]")
                .collect(Collectors.joining("."));
        return path.replace(".[", "[");
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
        }
        if (type.isRecord() || java.util.Map.class.isAssignableFrom(type)) {
            return "a mapping of keys";
        }
        return "a " + type.getSimpleName();
    }
}
