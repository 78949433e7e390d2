package org.warraq.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownDraftWriterTest {
    @Test
    void writesFrontMatterWithDateOriginAndABodyOfHeadingsAndParagraphs() {
        Draft draft = new Draft("اجتماع جديد للتحالف الدولي ضد “داعش”", 1, LocalDate.of(2022, 5, 11),
                new TextDate(LocalDate.of(2022, 5, 11), "11 مايو 2022", 3),
                new Byline("أشرف كمال", "الخليج أونلاين", List.of(new SourceLine(9, "أشرف كمال – الخليج أونلاين"))),
                List.of(new Draft.Block(false, "استضافت مدينة مراكش، 11 مايو 2022، اجتماعاً.", 3),
                        new Draft.Block(true, "ظروف التأسيس", 5),
                        new Draft.Block(false, "وجاء\u00A0الاجتماع.", 7)));
        assertEquals("""
                ---
                title: "اجتماع جديد للتحالف الدولي ضد “داعش”"
                date: 2022-05-11  # latest date in the text: "11 مايو 2022" (line 3) — check that it is the publication date
                author: "أشرف كمال"
                source:
                  name: "الخليج أونلاين"
                draft: true
                ---

                استضافت مدينة مراكش، 11 مايو 2022، اجتماعاً.

                ## ظروف التأسيس

                وجاء\u00A0الاجتماع.
                """, MarkdownDraftWriter.write(draft));
    }

    @Test
    void withoutADateInTheTextTheCommentSaysToSetIt() {
        Draft draft = new Draft("عنوان", 1, LocalDate.of(2022, 5, 13), null, Byline.NONE, List.of());
        assertEquals("""
                ---
                title: "عنوان"
                date: 2022-05-13  # no date in the text: the input file's date — set the publication date
                draft: true
                ---
                """, MarkdownDraftWriter.write(draft));
    }

    @Test
    void yamlStringsAreQuotedAndEscaped() {
        assertEquals("\"قال \\\"نعم\\\" \\\\ لا\"", MarkdownDraftWriter.quoted("قال \"نعم\" \\ لا"));
        assertEquals("\"a\\u0009b\\u2028c\"", MarkdownDraftWriter.quoted("a\tb\u2028c"));
    }

    @Test
    void linesMarkdownWouldReadAsSyntaxGetABackslashOthersStayAsTheyAre() {
        assertEquals("\\# مهمة واحدة", MarkdownDraftWriter.escaped("# مهمة واحدة"));
        assertEquals("\\- بند", MarkdownDraftWriter.escaped("- بند"));
        assertEquals("\\> اقتباس", MarkdownDraftWriter.escaped("> اقتباس"));
        assertEquals("2022\\. كان عاماً", MarkdownDraftWriter.escaped("2022. كان عاماً"));
        assertEquals("\\***", MarkdownDraftWriter.escaped("***"));
        assertEquals("نعيد بدء حملة # مهمة واحدة # متعددة", MarkdownDraftWriter.escaped("نعيد بدء حملة # مهمة واحدة # متعددة"));
        assertEquals("84 عضوا", MarkdownDraftWriter.escaped("84 عضوا"));
    }
}
