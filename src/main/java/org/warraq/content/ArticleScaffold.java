package org.warraq.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.warraq.config.FileNames;

/**
 * Writes a new article from the front-matter template: a draft with a placeholder title, the
 * given date and empty topics, tags and summary. An existing file is never overwritten.
 */
public final class ArticleScaffold {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}._-]*");

    private ArticleScaffold() {
    }

    /** The file written (relative to the site), or why nothing was written. */
    public record Result(String path, String error) {
    }

    /** Null when {@code name} can be an article file name, else what is wrong with it. */
    public static String checkName(String name) {
        if (name.endsWith(".md")) {
            return checkName(name.substring(0, name.length() - 3));
        }
        if (!NAME.matcher(name).matches() || ContentScanner.isIgnored(name + ".md")) {
            return "article name '" + name + "' is not a plain file name — use letters, digits and '-', like marrakech-meeting";
        }
        int bytes = FileNames.bytes(name + ".md");
        if (bytes > FileNames.MAX_BYTES) {
            return "article name is " + bytes + " bytes long with '.md', more than file systems allow (" + FileNames.MAX_BYTES
                    + ") — shorten it; the title can stay long";
        }
        return null;
    }

    /** The front matter and an empty body for a new article dated {@code date}. */
    public static String template(LocalDate date) {
        return """
                ---
                title: "TODO: title"
                date: %s
                draft: true
                topics: []
                tags: []
                summary: ""
                ---

                """.formatted(date);
    }

    /**
     * Writes {@code content/<lang>/articles/<name>.md} in the site at {@code sourceDir}; the caller
     * has checked the name and that {@code lang} is one of the site's languages.
     */
    public static Result create(Path sourceDir, String lang, String name, LocalDate date) {
        return create(sourceDir, lang, name, date, false);
    }

    /**
     * As {@link #create(Path, String, String, LocalDate)}; with {@code bundle}, as the page bundle
     * {@code content/<lang>/articles/<name>/index.md}, whose folder holds the article's pictures and
     * files. Neither form is written where the other exists: both would be the one article.
     */
    public static Result create(Path sourceDir, String lang, String name, LocalDate date, boolean bundle) {
        String base = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        String folder = "content/" + lang + "/articles/";
        String relative = folder + (bundle ? base + "/index.md" : base + ".md");
        String other = folder + (bundle ? base + ".md" : base + "/index.md");
        if (Files.exists(sourceDir.resolve(other))) {
            return new Result(null, other + ": exists, the same article — edit it, or choose another name");
        }
        Path file = sourceDir.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, template(date), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return new Result(null, relative + ": exists — edit it, or choose another name");
        } catch (IOException e) {
            // The reason alone: a FileSystemException's message repeats the path, absolute.
            String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
            throw new UncheckedIOException("cannot write " + relative + ": " + reason + " — check that the folder can be written", e);
        }
        return new Result(relative, null);
    }
}
