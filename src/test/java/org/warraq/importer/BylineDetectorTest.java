package org.warraq.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BylineDetectorTest {
    private static final String PARAGRAPH = "انعقد اجتماع التحالف الدولي لمحاربة داعش السنوي على مستوى الوزراء في مدينة مراكش.";

    /** Body lines numbered from 2 (line 1 is the title). */
    private static Byline detect(String... body) {
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < body.length; i++) {
            lines.add(new SourceLine(i + 2, body[i]));
        }
        return BylineDetector.detect(lines);
    }

    private static void assertByline(String author, String source, List<Integer> lines, Byline byline) {
        assertEquals(author, byline.author(), "author");
        assertEquals(source, byline.source(), "source");
        assertEquals(lines, byline.lines().stream().map(SourceLine::number).toList(), "lines");
    }

    @Test
    void twoOrThreeWordsRightAfterTheTitleAreTheAuthor() {
        assertByline("جاسم محمد", null, List.of(2), detect("جاسم محمد", PARAGRAPH, PARAGRAPH, PARAGRAPH));
    }

    @Test
    void anOutletLookingLineIsTheSource() {
        assertByline(null, "أخبار ليبيا24", List.of(2), detect("أخبار ليبيا24", PARAGRAPH, PARAGRAPH, PARAGRAPH));
        assertByline(null, "Sky News Arabia", List.of(5), detect(PARAGRAPH, PARAGRAPH, PARAGRAPH, "Sky News Arabia"));
    }

    @Test
    void nameDashOutletAtTheEndIsAuthorAndSource() {
        assertByline("أشرف كمال", "الخليج أونلاين", List.of(6),
                detect(PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH, "أشرف كمال – الخليج أونلاين"));
        assertByline("أشرف كمال", "الخليج أونلاين", List.of(6),
                detect(PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH, "الخليج أونلاين - أشرف كمال"));
    }

    @Test
    void cityDashNameAtTheTopIsADatelineAndTheAuthor() {
        assertByline("الزبير الأنصاري", null, List.of(3),
                detect("وزير الخارجية في صورة جماعية خلال الاجتماع الوزاري في روما، 28 يونيو 2021 - via REUTERS",
                        "دبي -الزبير الأنصاري", PARAGRAPH, PARAGRAPH));
        assertByline(null, "رويترز", List.of(2), detect("واشنطن - رويترز", PARAGRAPH, PARAGRAPH));
    }

    @Test
    void byPrefixesNameTheAuthor() {
        assertByline("Jane Doe", null, List.of(2), detect("By Jane Doe", PARAGRAPH, PARAGRAPH, PARAGRAPH));
        assertByline("محمد علي", "الخليج أونلاين", List.of(2), detect("بقلم محمد علي – الخليج أونلاين", PARAGRAPH, PARAGRAPH));
    }

    @Test
    void authorAtTheTopAndOutletAtTheBottomCombine() {
        assertByline("جاسم محمد", "الخليج أونلاين", List.of(2, 7),
                detect("جاسم محمد", PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH, "الخليج أونلاين"));
    }

    @Test
    void paragraphsSentencesAndLinesInTheMiddleAreNotBylines() {
        assertFalse(detect(PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH).found());
        assertFalse(detect("انتهى الاجتماع.", PARAGRAPH, PARAGRAPH).found());
        assertFalse(detect(PARAGRAPH, PARAGRAPH, PARAGRAPH, "جاسم محمد", PARAGRAPH, PARAGRAPH).found());
        assertNull(detect(PARAGRAPH, "ظروف التأسيس", PARAGRAPH, PARAGRAPH).author(), "two words below the first line are a heading");
    }
}
