package org.warraq.testing;

import java.util.List;

/** The web-page chrome in the five seeds, for tests that check it is gone. */
public final class SeedChrome {
    /** Any line containing one of these is chrome. */
    public static final List<String> PHRASES = List.of("ربما يعجبك أيضا", "مقالات ذات صلة", "اترك تعليقاً",
            "لن يتم نشر عنوان بريدك", "زر الذهاب إلى الأعلى", "دقائق القراءة");
    /** Category labels: chrome as whole lines (the same words occur inside sentences). */
    public static final List<String> CATEGORY_LABELS = List.of("داعش في العراق", "أخبار العالم");

    private SeedChrome() {
    }
}
