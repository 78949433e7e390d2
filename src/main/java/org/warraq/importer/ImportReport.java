package org.warraq.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What importing one file did, for the person who will finish the draft: where it went, the
 * title, date, byline and headings found, and every line removed with its number and reason.
 * Variable text comes last on each line, so right-to-left text does not scramble the columns.
 *
 * @param input       the plain-text file
 * @param target      the Markdown file written
 * @param overwritten whether the target existed (and {@code --force} was given)
 * @param draft       what was written
 * @param removed     the lines left out
 */
public record ImportReport(Path input, Path target, boolean overwritten, Draft draft, List<Removal> removed) {

    public ImportReport {
        removed = List.copyOf(removed);
    }

    /** The report, one line per entry. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(input + " → " + target + (overwritten ? " (overwritten)" : ""));
        if (draft.titleLine() > 0) {
            out.add("  title:    line " + draft.titleLine() + ": " + draft.title());
        } else {
            Draft.Block first = draft.blocks().get(0); // the line too long to be a title, never a byline
            out.add("  title:    none: line " + first.line() + ", the first, has " + first.text().codePointCount(0, first.text().length())
                    + " characters, more than a headline (" + Draft.MAX_TITLE_LENGTH + ") — write the title by hand");
        }
        out.add("  date:     " + draft.date() + (draft.dateFound() == null
                ? ", the input file's date (no date in the text)"
                : ", the latest date in the text, line " + draft.dateFound().line() + ": " + draft.dateFound().text()));
        byline(out);
        List<Draft.Block> headings = draft.headings();
        out.add("  headings: " + headings.size());
        headings.forEach(h -> out.add("    line " + h.line() + ": " + h.text()));
        out.add("  removed:  " + removed.size() + (removed.size() == 1 ? " line" : " lines"));
        removed.forEach(r -> out.add("    line " + r.line() + ": " + r.reason().label()
                + (r.text().isEmpty() ? "" : ": " + r.text())));
        out.add("  body:     " + draft.paragraphs() + " paragraphs, " + headings.size() + " headings");
        return out;
    }

    private void byline(List<String> out) {
        Byline byline = draft.byline();
        if (!byline.found()) {
            out.add("  byline:   none recognised — add author and source by hand if the text names them");
            return;
        }
        String lines = byline.lines().stream().map(l -> String.valueOf(l.number()))
                .reduce((a, b) -> a + ", " + b).map(s -> (byline.lines().size() == 1 ? "line " : "lines ") + s).orElse("");
        if (byline.author() != null) {
            out.add("  author:   " + lines + ": " + byline.author());
        }
        if (byline.source() != null) {
            out.add("  source:   " + lines + ": " + byline.source());
        }
    }
}
