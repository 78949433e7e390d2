package org.warraq.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProblemTest {
    @Test
    void formatGivesPathLineColumnAndMessageLeavingOutWhatIsUnknown() {
        assertEquals("content/ar/articles/a.md:3:7: عنوان مفقود — add one",
                Problem.error("content/ar/articles/a.md", 3, 7, "عنوان مفقود — add one").format());
        assertEquals("site.yaml:2: x", Problem.error("site.yaml", 2, 0, "x").format());
        assertEquals("site.yaml: x", Problem.error("site.yaml", 0, 0, "x").format());
    }

    @Test
    void controlCharactersQuotedFromContentAreEscapedNotSentToTheTerminal() {
        Problem quoting = Problem.error("content/ar/articles/a\u0007.md", 1, 1,
                "no heading with id '\u001b[2J\u0000' here\nb.md:1:1: error: forged\u009b");
        assertEquals("content/ar/articles/a\\u0007.md:1:1: no heading with id '\\u001b[2J\\u0000' here"
                + "\\u000ab.md:1:1: error: forged\\u009b", quoting.format());
    }
}
