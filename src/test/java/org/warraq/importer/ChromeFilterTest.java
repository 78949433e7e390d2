package org.warraq.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warraq.config.SiteConfig;

class ChromeFilterTest {
    private final ChromeFilter filter = new ChromeFilter(new SiteConfig.ImportSettings(
            List.of("أخبار العالم", "لن يتم نشر عنوان بريدك الإلكتروني."), List.of("مقالات ذات صلة", "اترك تعليقاً")));

    private ChromeFilter.Result filter(String text) {
        return filter.filter(SourceLine.split(text));
    }

    private static List<String> texts(ChromeFilter.Result result) {
        return result.kept().stream().map(SourceLine::text).toList();
    }

    @Test
    void boilerplateLinesAreDroppedWhereverTheyAre() {
        var result = filter("أخبار العالم\nالعنوان\n\nنص.\n  أخبار  العالم \u00A0\n");
        assertEquals(List.of("العنوان", "نص."), texts(result));
        assertEquals(List.of(new Removal(1, Removal.Reason.BOILERPLATE, "أخبار العالم"),
                new Removal(5, Removal.Reason.BOILERPLATE, "أخبار العالم")), result.removed());
    }

    @Test
    void boilerplateMatchesWholeLinesOnly() {
        assertEquals(List.of("العنوان", "من أخبار العالم اليوم."), texts(filter("العنوان\nمن أخبار العالم اليوم.")));
    }

    @Test
    void nothingAfterAnEndMarkerBelongsToTheArticle() {
        var result = filter("العنوان\nنص.\n\nمقالات ذات صلة\nمقال آخر\n\nنص آخر.\n");
        assertEquals(List.of("العنوان", "نص."), texts(result));
        assertEquals(List.of(new Removal(4, Removal.Reason.END_MARKER, "مقالات ذات صلة"),
                new Removal(5, Removal.Reason.AFTER_END_MARKER, "مقال آخر"),
                new Removal(7, Removal.Reason.AFTER_END_MARKER, "نص آخر.")), result.removed());
    }

    @Test
    void readingTimeWidgetsAreChrome() {
        var result = filter("العنوان\ntime reading iconدقائق القراءة - 12\n5 min read\nنص يذكر أن وقت القراءة يطول عندما تكون الجمل طويلة جدا ومتشعبة ولا تنتهي.");
        assertEquals(2, result.kept().size());
        assertEquals(List.of(Removal.Reason.READING_TIME, Removal.Reason.READING_TIME),
                result.removed().stream().map(Removal::reason).toList());
    }

    @Test
    void blankAndNoBreakSpaceOnlyLinesGoOnlyTheLatterIsReported() {
        var result = filter("العنوان\n\n   \n\u00A0\n\u200F\u00A0 \nنص.");
        assertEquals(List.of("العنوان", "نص."), texts(result));
        assertEquals(List.of(new Removal(4, Removal.Reason.INVISIBLE, ""), new Removal(5, Removal.Reason.INVISIBLE, "")),
                result.removed());
    }

    @Test
    void aLineRepeatingTheOneKeptBeforeIsADuplicate() {
        var result = filter("العنوان\nتعليق الصورة\nتعليق  الصورة\u00A0\n\nتعليق الصورة\nنص.\nتعليق الصورة");
        assertEquals(List.of("العنوان", "تعليق الصورة", "نص.", "تعليق الصورة"), texts(result));
        assertEquals(List.of(3, 5), result.removed().stream().map(Removal::line).toList());
        assertEquals(Removal.Reason.DUPLICATE, result.removed().get(0).reason());
    }

    @Test
    void keptLinesLoseInvisibleEdgesButKeepTheirInside() {
        var result = filter("\uFEFFالعنوان\u00A0\u00A0\n\u00A0وجاء\u00A0الاجتماع.\r\n");
        assertEquals(List.of("العنوان", "وجاء\u00A0الاجتماع."), texts(result));
        assertEquals(List.of(1, 2), result.kept().stream().map(SourceLine::number).toList());
    }
}
