package org.warraq.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warraq.config.SiteConfig;
import org.warraq.config.Utf8Reader;
import org.warraq.parallel.Parallel;
import org.warraq.problem.Problem;

/**
 * The content stage: every content file of the site read, checked and rendered to HTML.
 * Files are parsed in parallel; results come back in path order so builds are deterministic.
 */
public final class ContentLoader {
    private ContentLoader() {
    }

    /**
     * All pages that could be read, and every problem found on the way; with, per source path, the
     * SHA-256 of the file read and, for files that changed since the cache saw them, the page the
     * cache held before (what later stages computed from last time); for files deleted since, the
     * page the cache held ({@code removed}); and the files of page bundles.
     */
    public record Content(List<ParsedPage> pages, List<Problem> problems, Map<String, String> hashes,
            Map<String, Replaced> replaced, Map<String, Replaced> removed, List<ContentScanner.BundleFile> bundleFiles) {
        public Content {
            pages = List.copyOf(pages);
            bundleFiles = List.copyOf(bundleFiles);
            problems = List.copyOf(problems);
            hashes = Map.copyOf(hashes);
            replaced = Map.copyOf(replaced);
            removed = Map.copyOf(removed);
        }
    }

    /** A page the cache held for a file that changed or was deleted since: the page as it was, and the hash of its file then. */
    public record Replaced(String hash, ParsedPage page) {
    }

    /** One candidate read: the parse result, the file's hash (null when not hashed) and the cached page it replaced. */
    private record Read(PageParser.Result result, String hash, Replaced replaced) {
    }

    /** Loads the site in {@code sourceDir} as configured. */
    public static Content load(java.nio.file.Path sourceDir, SiteConfig config) {
        return load(sourceDir, config, new ParseCache(), org.warraq.problem.Progress.NONE);
    }

    /**
     * Loads the site, parsing only files whose bytes are not in {@code cache} (which is updated:
     * new results added, deleted files forgotten). {@code progress} hears of every file read.
     */
    public static Content load(java.nio.file.Path sourceDir, SiteConfig config, ParseCache cache,
            org.warraq.problem.Progress progress) {
        Set<String> languages = new java.util.HashSet<>();
        config.languages().forEach(l -> languages.add(l.code()));
        var scan = ContentScanner.scan(sourceDir, languages);
        // Built on first use: when every file is cached, Flexmark is never even loaded.
        Lazy<PageParser> parser = new Lazy<>(() -> new PageParser(new MarkdownRenderer(config.rawHtml())));
        progress.start("content", scan.candidates().size());
        List<Read> reads = Parallel.map(scan.candidates(), candidate -> {
            Read read = read(candidate, parser, cache);
            progress.advance();
            return read;
        });
        progress.finish();
        Map<String, Replaced> removed = new HashMap<>();
        cache.retain(scan.candidates().stream().map(ContentScanner.Candidate::path).collect(java.util.stream.Collectors.toSet()))
                .forEach((path, entry) -> removed.put(path, new Replaced(entry.hash(), entry.page())));
        List<ParsedPage> pages = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(scan.problems());
        Map<String, String> hashes = new HashMap<>();
        Map<String, Replaced> replaced = new HashMap<>();
        for (int i = 0; i < reads.size(); i++) {
            Read read = reads.get(i);
            String path = scan.candidates().get(i).path();
            if (read.result().page() != null) {
                pages.add(read.result().page());
            }
            problems.addAll(read.result().problems());
            if (read.hash() != null) {
                hashes.put(path, read.hash());
            }
            if (read.replaced() != null) {
                replaced.put(path, read.replaced());
            }
        }
        pages.sort(Comparator.comparing(ParsedPage::path));
        return new Content(pages, problems, hashes, replaced, removed, scan.bundleFiles());
    }

    /**
     * Reads and parses one file already known to be a page of {@code language} and {@code kind}
     * named {@code name} (the preview applying an edit); a vanished file gives neither page nor problem.
     */
    public static PageParser.Result loadOne(java.nio.file.Path sourceDir, String path, String language, ContentKind kind,
            String name, PageParser parser) {
        var candidate = new ContentScanner.Candidate(sourceDir.resolve(path), path, language, kind, name, null);
        return read(candidate, new Lazy<>(() -> parser), null).result();
    }

    /** Reads and parses a candidate, through {@code cache} unless it is null. */
    private static Read read(ContentScanner.Candidate candidate, Lazy<PageParser> parser, ParseCache cache) {
        byte[] bytes;
        ParseCache.Stamp stamp = null;
        try {
            if (cache != null) {
                // Stamped before reading (the scan's look at the file, or one now): a write after
                // this gives the file a newer time, which the next build sees.
                var attributes = candidate.attributes() != null ? candidate.attributes()
                        : Files.readAttributes(candidate.file(), java.nio.file.attribute.BasicFileAttributes.class);
                stamp = ParseCache.Stamp.of(attributes, nowNanos());
                ParseCache.Entry unchanged = cache.unchanged(candidate.path(), stamp);
                if (unchanged != null) {
                    return new Read(new PageParser.Result(unchanged.page(), unchanged.problems()), unchanged.hash(), null);
                }
            }
            bytes = Files.readAllBytes(candidate.file());
        } catch (NoSuchFileException vanished) {
            // Deleted between the scan and the read (an editor's save, a watcher race): not an error.
            return new Read(new PageParser.Result(null, List.of()), null, null);
        } catch (IOException e) {
            return new Read(new PageParser.Result(null, List.of(Problem.error(candidate.path(), 0, 0,
                    "cannot read: " + e.getMessage()))), null, null);
        }
        if (cache == null) {
            return new Read(parse(candidate, parser.get(), bytes), null, null);
        }
        String hash = ParseCache.hash(bytes);
        PageParser.Result cached = cache.get(candidate.path(), hash);
        if (cached != null) {
            if (stamp != null && !stamp.equals(cache.entry(candidate.path()).stamp())) {
                cache.restamp(candidate.path(), stamp); // touched, or no longer too recent to trust
            }
            return new Read(cached, hash, null);
        }
        ParseCache.Entry before = cache.entry(candidate.path());
        PageParser.Result result = parse(candidate, parser.get(), bytes);
        cache.put(candidate.path(), hash, result, stamp);
        return new Read(result, hash, before == null || before.page() == null ? null : new Replaced(before.hash(), before.page()));
    }

    private static long nowNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static PageParser.Result parse(ContentScanner.Candidate candidate, PageParser parser, byte[] bytes) {
        var decoded = Utf8Reader.decode(bytes, candidate.path());
        if (decoded.problem() != null) {
            return new PageParser.Result(null, List.of(decoded.problem()));
        }
        return parser.parse(new SourceFile(candidate.path(), candidate.language(), candidate.kind(), candidate.name(),
                decoded.text()));
    }
}
