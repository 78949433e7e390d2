package org.warraq.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.warraq.content.ContentDate;
import org.warraq.content.ContentKind;
import org.warraq.content.RenderedMarkdown;

class ArticleTest {
    private static Article withText(String plainText) {
        return new Article(new PageId("ar", ContentKind.ARTICLE, "a"), "content/ar/articles/a.md", "عنوان",
                ContentDate.parse("2022-05-01"), null, "a", null, null, List.of(), List.of(), "", false,
                new RenderedMarkdown("", List.of(), List.of(), List.of(), plainText), 2, List.of(), List.of());
    }

    /** What reading time was first based on: the stripped text split on runs of regex whitespace. */
    private static int splitCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    @Test
    void wordsAreCountedBetweenSpacesTabsAndLineBreaks() {
        assertEquals(0, withText("").wordCount());
        assertEquals(0, withText(" \n\t ").wordCount());
        assertEquals(4, withText("  التحالف الدولي\tضد\n\nداعش  ").wordCount());
        assertEquals(1, withText("a\u00A0b").wordCount(), "a no-break space joins words");
    }

    @Test
    void theCountIsThatOfSplittingOnWhitespaceForAnyText() {
        char[] alphabet = {'a', 'ب', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u2028', '\u00A0', '\u2003', '\u001C', '.'};
        Random random = new Random(7);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertEquals(splitCount(text.toString()), withText(text.toString()).wordCount(), () -> "text: "
                    + text.chars().mapToObj(c -> String.format("\\u%04x", c)).reduce("", String::concat));
        }
    }
}
