package org.warraq.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingDetectorTest {
    @ParameterizedTest
    @ValueSource(strings = {"ظروف التأسيس", "المؤتمر الوزاري الأول في المغرب", "من الشرق الأوسط إلى أفريقيا",
            "وقت الاجتماع", "Why Africa", "قاعدة المعلومات (تحليل)"})
    void shortLinesWithoutFinalPunctuationAreHeadings(String line) {
        assertTrue(HeadingDetector.isHeading(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"لماذا داعش في أفريقيا ؟", "Why Africa?", "وانتهى الاجتماع.", "قال الوزير:", "وهكذا…",
            "نعم!", "قال: “نعم.”", "أولاً،", "2022", "—",
            "وفي بيان ذكرت الخارجية الأمريكية أن التحالف لازال يركز بشكل متزايد على هزيمة داعش وفروعه والتنظيمات التابعة له"})
    void sentencesLongLinesAndLinesWithoutLettersAreNot(String line) {
        assertFalse(HeadingDetector.isHeading(line), line);
    }
}
