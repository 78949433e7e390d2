package org.warraq.config;

import com.fasterxml.jackson.core.JsonLocation;
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
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.warraq.problem.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
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

    /**
     * Keys of Hugo's front matter and configuration that have another name here, or no
     * equivalent, with what to write instead: a site moved from Hugo meets them first, and they
     * are too far from their names here for a spelling suggestion.
     */
    private static final java.util.Map<String, String> FROM_HUGO = java.util.Map.ofEntries(
            java.util.Map.entry("description", "write it as 'summary'"),
            java.util.Map.entry("lastmod", "write it as 'updated'"),
            java.util.Map.entry("publishDate", "write it as 'date'"),
            java.util.Map.entry("categories", "use 'topics' (listed in site.yaml) or 'tags'"),
            java.util.Map.entry("series", "use 'topics' (listed in site.yaml) or 'tags'"),
            java.util.Map.entry("keywords", "use 'tags'"),
            java.util.Map.entry("url", "use 'slug', the last part of the address"),
            java.util.Map.entry("image", "write it as 'images'"),
            java.util.Map.entry("featured_image", "write it as 'images'"),
            java.util.Map.entry("featuredImage", "write it as 'images'"),
            java.util.Map.entry("cover", "write its image under 'images'"),
            java.util.Map.entry("weight", "remove it: articles are listed newest first"),
            java.util.Map.entry("resources", "remove it: a page's folder's files are published as they are (its link"
                    + " previews' pictures go in 'images')"),
            java.util.Map.entry("menu", "remove it: the navigation comes from the templates"),
            java.util.Map.entry("theme", "remove it: the site's own templates/ and static/ change the default theme file by"
                    + " file"),
            java.util.Map.entry("linkTitle", "remove it: the title is shown everywhere"),
            java.util.Map.entry("type", "remove it: each kind of page has its own template"),
            java.util.Map.entry("layout", "remove it: each kind of page has its own template"),
            java.util.Map.entry("expiryDate", "remove it (articles do not expire), or mark the article draft: true"),
            java.util.Map.entry("canonicalURL", "remove it: a page's canonical link is its own address (an old address goes"
                    + " in 'aliases')"),
            java.util.Map.entry("defaultContentLanguage", "write it as 'defaultLanguage'"),
            java.util.Map.entry("paginate", "write it as 'pageSize'"),
            java.util.Map.entry("languageCode", "give each language its 'locale'"));

    private YamlMapping() {
    }

    /** Result of mapping: the value, or the problems that kept it from being read. */
    public record Result<T>(T value, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads {@code yaml} (which starts on line {@code firstLine} of {@code path}) as a {@code type}.
     */
    public static <T> Result<T> read(String yaml, Class<T> type, String path, int firstLine) {
        int shift = firstLine - 1;
        // The guard's walk is a second parse of the document (a third of reading front matter), so it
        // runs only where it can find something: an oversized text (never mapped), a failed mapping,
        // or a text that may hold an alias (a '*'). Mapping first is safe: the mapper's parser reads
        // an alias as its anchor's name and never expands it, and its own limits refuse nesting
        // deeper than the guard's. So a mapping without a '*' that succeeded is within every bound.
        if (yaml.length() > YamlGuard.MAX_CHARS) {
            return YamlMapping.<T>guarded(yaml, path, shift).orElseThrow();
        }
        try {
            T value = MAPPER.readValue(yaml.isBlank() ? "{}" : yaml, type);
            Result<T> mapped = new Result<>(value, List.of());
            return yaml.indexOf('*') < 0 ? mapped : YamlMapping.<T>guarded(yaml, path, shift).orElse(mapped);
        } catch (JsonProcessingException e) {
            return YamlMapping.<T>guarded(yaml, path, shift).orElseGet(() -> new Result<>(null,
                    problems(e, type, path, yaml).stream().map(p -> p.shiftedBy(shift)).toList()));
        }
    }

    /** The guard's violation, if the document breaks one of its bounds, as a failed result. */
    private static <T> Optional<Result<T>> guarded(String yaml, String path, int shift) {
        return YamlGuard.check(yaml).map(v -> new Result<T>(null, List.of(Problem.error(path, v.line() + shift, v.column(), v.message()))));
    }

    /**
     * The problems of a failed mapping: every key the type lacks at the top, where it is written,
     * and the failure itself when it is another. A file moved from another generator has several
     * such keys (Hugo's {@code weight}, {@code type}, {@code cover} …), and one a build was a slow
     * way to learn them; the mapper stops at the first, or at a wrong value before it.
     */
    private static List<Problem> problems(JsonProcessingException e, Class<?> type, String path, String yaml) {
        List<Problem> problems = new ArrayList<>();
        if (cause(e, MarkedYAMLException.class) == null) {
            List<String> known = MAPPER.getDeserializationConfig().introspect(MAPPER.constructType(type)).findProperties()
                    .stream().map(p -> p.getName()).sorted().toList();
            YamlPositions.topLevelKeys(yaml).forEach((key, at) -> {
                if (!known.contains(key)) {
                    problems.add(Problem.error(path, at[0], at[1], unknownKey(key, known)));
                }
            });
        }
        boolean unknownAtTop = e instanceof UnrecognizedPropertyException unknown && unknown.getPath().size() == 1;
        if (problems.isEmpty() || !unknownAtTop) {
            problems.add(toProblem(e, path, yaml));
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return problems;
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
        MarkedYAMLException syntax = cause(e, MarkedYAMLException.class);
        if (syntax != null) {
            return syntaxProblem(syntax, path);
        }
        JsonLocation location = e.getLocation();
        int line = location == null ? 1 : Math.max(1, location.getLineNr());
        int column = location == null ? 1 : Math.max(1, location.getColumnNr());
        String duplicate = duplicateKey(e);
        if (duplicate != null) {
            // The parser stands just past the second key, on its line: point at the key itself.
            String[] lines = yaml.split("\n", -1);
            int at = line <= lines.length ? lines[line - 1].indexOf(duplicate) : -1;
            return Problem.error(path, line, at < 0 ? 1 : at + 1, "duplicate key '" + duplicate + "' — keep only one");
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            // The parser's location is past its look-ahead; the key's own place is what a reader needs.
            int[] at = YamlPositions.find(yaml, steps(mapping));
            line = at[0];
            column = at[1];
        }
        return Problem.error(path, line, column, describe(e));
    }

    /** A syntax error at SnakeYAML's own mark, in words that say what to change. */
    private static Problem syntaxProblem(MarkedYAMLException e, String path) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        boolean endOfStream = problem.contains("end of stream");
        // At the end of the text, the place where the unfinished thing starts is the useful one.
        Mark mark = endOfStream && e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
        String message;
        if (context.startsWith("while scanning a quoted scalar") && endOfStream) {
            message = "YAML syntax error: quoted text is not closed — add the closing quote";
        } else if (problem.startsWith("mapping values are not allowed")) {
            message = "YAML syntax error: unexpected ':' — put a value that holds ': ' in quotes, or fix the indentation";
        } else if (problem.startsWith("expected <block end>")) {
            message = "YAML syntax error: unexpected indentation — start the keys of one mapping in the same column";
        } else {
            message = "YAML syntax error: " + problem + " — check indentation, colons and quotes";
        }
        int line = mark == null ? 1 : mark.getLine() + 1;
        int column = mark == null ? 1 : mark.getColumn() + 1;
        return Problem.error(path, line, column, message);
    }

    private static String duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException p && p.getOriginalMessage() != null
                    && p.getOriginalMessage().startsWith("Duplicate field '")) {
                return p.getOriginalMessage().replaceAll("(?s)^Duplicate field '([^']*)'.*$", "$1");
            }
        }
        return null;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The exception's path as keys and 0-based indexes, for {@link YamlPositions}. */
    private static List<Object> steps(JsonMappingException e) {
        List<Object> steps = new ArrayList<>();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                steps.add(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                steps.add(ref.getIndex());
            }
        }
        return steps;
    }

    private static List<String> known(UnrecognizedPropertyException unknown) {
        return unknown.getKnownPropertyIds().stream().map(Objects::toString).sorted().toList();
    }

    /** What to say of a key the type lacks: what Hugo's key is here, the closest known key, or all of them. */
    private static String unknownKey(String key, List<String> known) {
        if (FROM_HUGO.containsKey(key)) {
            return "unknown key '" + key + "' (Hugo's) — " + FROM_HUGO.get(key);
        }
        return Suggestions.closest(key, known)
                .map(s -> "unknown key '" + key + "' — did you mean '" + s + "'?")
                .orElse("unknown key '" + key + "' — known keys are: " + String.join(", ", known));
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownKey(unknown.getPropertyName(), known(unknown));
        }
        if (e instanceof InvalidFormatException invalid && invalid.getCause() == null
                && invalid.getOriginalMessage().startsWith("invalid ")) {
            return invalid.getOriginalMessage();
        }
        if (e instanceof InvalidFormatException invalid && invalid.getValue() != null) {
            return "'" + fieldPath(invalid) + "' cannot be '" + invalid.getValue() + "' — use "
                    + typeName(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = fieldPath(mismatch);
            String expected = typeName(mismatch.getTargetType());
            return "'" + field + "' has the wrong type: expected " + expected + " — fix the value";
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
