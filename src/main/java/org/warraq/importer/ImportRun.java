package org.warraq.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warraq.config.SiteConfig;
import org.warraq.config.Utf8Reader;
import org.warraq.model.Slugs;

/**
 * Imports plain-text files as Markdown drafts. Every input is read and converted and every target
 * checked before anything is written, so a mistake in one file leaves all targets as they were.
 */
public final class ImportRun {
    private ImportRun() {
    }

    /**
     * What to import.
     *
     * @param inputs    plain-text files
     * @param targetDir where the drafts go ({@code content/<lang>/articles} or {@code --out})
     * @param force     whether existing drafts may be overwritten
     */
    public record Request(List<Path> inputs, Path targetDir, boolean force) {
        public Request {
            inputs = List.copyOf(inputs);
        }
    }

    /** Reports of the files written and errors ({@code path: what is wrong — what to do}). */
    public record Outcome(List<ImportReport> reports, List<String> errors) {
        public Outcome {
            reports = List.copyOf(reports);
            errors = List.copyOf(errors);
        }
    }

    /** Runs the import with the boilerplate and end markers of {@code settings}. */
    public static Outcome run(Request request, SiteConfig.ImportSettings settings) {
        PlainTextImporter importer = new PlainTextImporter(settings);
        List<ImportReport> planned = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<String, Path> targets = new HashMap<>();
        for (Path input : request.inputs()) {
            String name = Slugs.of(stem(input));
            if (name.isEmpty()) {
                errors.add(input + ": cannot make a file name from '" + input.getFileName() + "' — rename the file");
                continue;
            }
            Path target = request.targetDir().resolve(name + ".md");
            Path other = targets.putIfAbsent(Slugs.collisionKey(target.toString()), input);
            if (other != null) {
                errors.add(input + ": would be written to " + target + " like " + other + " — rename one of them");
                continue;
            }
            boolean exists = Files.exists(target);
            if (exists && !request.force()) {
                errors.add(target + ": exists — use --force to overwrite");
                continue;
            }
            convert(importer, input, errors).ifPresent(c -> planned.add(
                    new ImportReport(input, target, exists, c.draft(), c.removed())));
        }
        if (!errors.isEmpty()) {
            return new Outcome(List.of(), errors);
        }
        return write(planned);
    }

    private static Optional<PlainTextImporter.Conversion> convert(PlainTextImporter importer, Path input,
            List<String> errors) {
        try {
            if (Files.isDirectory(input)) {
                errors.add(input + ": is a directory — pass the text files in it");
                return Optional.empty();
            }
            Utf8Reader.Decoded decoded = Utf8Reader.decode(Files.readAllBytes(input), input.toString());
            if (decoded.problem() != null) {
                errors.add(decoded.problem().format());
                return Optional.empty();
            }
            LocalDate fileDate = Files.getLastModifiedTime(input).toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
            Optional<PlainTextImporter.Conversion> conversion = importer.convert(decoded.text(), fileDate);
            if (conversion.isEmpty()) {
                errors.add(input + ": no text left after removing chrome and boilerplate — is this an article?");
            }
            return conversion;
        } catch (NoSuchFileException e) {
            errors.add(input + ": cannot read — no such file");
        } catch (AccessDeniedException e) {
            errors.add(input + ": cannot read — permission denied");
        } catch (IOException e) {
            errors.add(input + ": cannot read — " + e.getMessage());
        }
        return Optional.empty();
    }

    private static Outcome write(List<ImportReport> planned) {
        List<ImportReport> written = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (ImportReport report : planned) {
            try {
                Files.createDirectories(report.target().toAbsolutePath().getParent());
                Files.writeString(report.target(), MarkdownDraftWriter.write(report.draft()), StandardCharsets.UTF_8);
                written.add(report);
            } catch (IOException e) {
                errors.add(report.target() + ": cannot write — " + e.getMessage());
            }
        }
        return new Outcome(written, errors);
    }

    /** The file name without its extension. */
    private static String stem(Path input) {
        Path fileName = input.getFileName();
        String name = fileName == null ? "" : fileName.toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
