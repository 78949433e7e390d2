package org.warraq.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.warraq.config.SiteConfig;
import org.warraq.config.Utf8Reader;
import org.warraq.problem.Problem;

/**
 * The content stage: every content file of the site read, checked and rendered to HTML.
 * Files are parsed in parallel; results come back in path order so builds are deterministic.
 */
public final class ContentLoader {
    private ContentLoader() {
    }

    /** All pages that could be read, and every problem found on the way. */
    public record Content(List<ParsedPage> pages, List<Problem> problems) {
        public Content {
            pages = List.copyOf(pages);
            problems = List.copyOf(problems);
        }
    }

    /** Loads the site in {@code sourceDir} as configured. */
    public static Content load(java.nio.file.Path sourceDir, SiteConfig config) {
        Set<String> languages = new java.util.HashSet<>();
        config.languages().forEach(l -> languages.add(l.code()));
        var scan = ContentScanner.scan(sourceDir, languages);
        PageParser parser = new PageParser(new MarkdownRenderer(config.rawHtml()));
        List<PageParser.Result> results = scan.candidates().parallelStream()
                .map(candidate -> read(candidate, parser))
                .toList();
        List<ParsedPage> pages = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(scan.problems());
        for (PageParser.Result result : results) {
            if (result.page() != null) {
                pages.add(result.page());
            }
            problems.addAll(result.problems());
        }
        pages.sort(Comparator.comparing(ParsedPage::path));
        return new Content(pages, problems);
    }

    private static PageParser.Result read(ContentScanner.Candidate candidate, PageParser parser) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(candidate.file());
        } catch (NoSuchFileException vanished) {
            // Deleted between the scan and the read (an editor's save, a watcher race): not an error.
            return new PageParser.Result(null, List.of());
        } catch (IOException e) {
            return new PageParser.Result(null, List.of(Problem.error(candidate.path(), 0, 0, "cannot read: " + e.getMessage())));
        }
        var decoded = Utf8Reader.decode(bytes, candidate.path());
        if (decoded.problem() != null) {
            return new PageParser.Result(null, List.of(decoded.problem()));
        }
        return parser.parse(new SourceFile(candidate.path(), candidate.language(), candidate.kind(), candidate.name(),
                decoded.text()));
    }
}
