package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;

/** A body moved from Hugo with shortcodes in it is told that they are published as text; examples in code are not. */
class HugoShortcodesTest {
    @TempDir
    Path dir;

    private TestSite site(String body) {
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/en/articles/moved.md", "---\ntitle: Moved\ndate: 2022-05-11\n---\n" + body,
                "content/en/articles/other.md", "---\ntitle: Other\ndate: 2022-05-10\n---\nText.\n");
    }

    @Test
    void aShortcodeOutsideCodeIsAWarningAtTheFirstCountingTheOthers() {
        TestSite site = site("Not `{{< x >}}` here.\n\n```\n{{< example >}}\n```\n\n    {{< indented >}}\n\n"
                + "{{< youtube dQw4w9WgXcQ >}}\n\n{{% notice %}}Hi{{% /notice %}}\n");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.err().contains("content/en/articles/moved.md:13:1: warning: Hugo shortcode '{{< youtube dQw4w9WgXcQ >}}' is"
                + " published as text (and 2 more in this file) — Warraq has no shortcodes: write it in Markdown, as a link or an image"),
                run.err());
        assertTrue(site.read("en/articles/moved/index.html").contains("<p>{{&lt; youtube dQw4w9WgXcQ &gt;}}</p>"), "as text");
    }

    @Test
    void aFigureShortcodeSaysHowToWriteACaptionedPicture() {
        TestSite.Run run = site("{{< figure src=\"hall.jpg\" caption=\"The hall\" >}}\n").build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.err().contains("— Warraq has no shortcodes: write it as a picture with its caption as title,"
                + " ![what it shows](photo.jpg \"caption\")"), run.err());
    }

    @Test
    void aRefShortcodeSaysToLinkToTheFile() {
        TestSite.Run run = site("See [other]({{< ref \"other.md\" >}}).\n").build();
        assertTrue(run.err().contains("content/en/articles/moved.md:5:13: warning: Hugo shortcode '{{< ref \"other.md\" >}}' is"
                + " published as text — Warraq has no shortcodes: link to the .md file itself, [text](other.md)"), run.err());
    }

    @Test
    void shortcodesOnlyInCodeAreExamples() {
        TestSite.Run run = site("Write `{{< youtube id >}}` in Hugo, or:\n\n~~~\n{{% notice %}}x{{% /notice %}}\n~~~\n").build();
        assertEquals(0, run.exitCode(), run.all());
        assertFalse(run.err().contains("shortcode"), run.err());
    }
}
