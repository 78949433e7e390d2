package org.warraq.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.warraq.links.Permalinks;
import org.warraq.model.OutputFile;
import org.warraq.model.Site;
import org.warraq.parallel.Parallel;
import org.warraq.problem.Problem;

/** The files of page bundles ({@code articles/rome/cover.jpg}), published beside their pages. */
final class BundleFiles {
    private BundleFiles() {
    }

    /**
     * Copies each file of a page bundle beside its page (to {@code sink}, one at a time: a site's
     * images need never all be in memory), unless the build writes that path itself; returns the
     * paths written. {@code generated}: the paths of the site's other files, to which these are added.
     * A file is keyed by its stamp (see {@link #stamp}): one whose key is in {@code reusable} (still
     * intact in the output) is taken over without being read.
     */
    static List<String> publish(Permalinks permalinks, Site site, Set<String> generated, Map<String, String> reusable,
            List<Problem> problems, Consumer<OutputFile> sink) {
        Map<String, String> toCopy = new TreeMap<>(); // output path → source path
        new TreeMap<>(site.resources()).forEach((source, resource) -> {
            String path = Permalinks.outputFile(permalinks.resource(resource));
            if (generated.add(path)) {
                toCopy.put(path, source);
            } else {
                problems.add(Problem.error(source, 0, 0, "would be published as " + path + ", which the build writes itself"
                        + " — rename the file"));
            }
        });
        List<Problem> unreadable = Parallel.map(List.copyOf(toCopy.entrySet()), copy -> {
            Path file = site.resources().get(copy.getValue()).file();
            try {
                String key = stamp(file);
                sink.accept(key.equals(reusable.get(copy.getKey())) ? OutputFile.reused(copy.getKey(), key)
                        : new OutputFile(copy.getKey(), Files.readAllBytes(file), key));
                return null;
            } catch (IOException e) {
                return Problem.error(copy.getValue(), 0, 0, "cannot be read (" + e.getClass().getSimpleName() + ") — check"
                        + " the file, or remove it");
            }
        });
        unreadable.stream().filter(Objects::nonNull).forEach(problems::add);
        return List.copyOf(toCopy.keySet());
    }

    /**
     * A bundle file's key: which file it is (device and inode where the platform says), its size
     * and its time, as the parse cache knows a source. An image of a large archive is then read
     * once, not in every build; a file replaced, edited or touched gets a new key and is copied again.
     */
    private static String stamp(Path file) throws IOException {
        var a = Files.readAttributes(file, BasicFileAttributes.class);
        return "file:" + a.fileKey() + ":" + a.size() + ":" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }
}
