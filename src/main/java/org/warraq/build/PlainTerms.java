package org.warraq.build;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Language-neutral term extraction (NFKC, lower case, letters and digits, no marks), used for
 * related articles until a language-aware analyzer is available for a language.
 */
final class PlainTerms {
    private PlainTerms() {
    }

    static List<String> of(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> terms = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (Character.getType(cp) != Character.NON_SPACING_MARK && cp != 0x0640) {
                flush(word, terms);
            }
        }
        flush(word, terms);
        return terms;
    }

    private static void flush(StringBuilder word, List<String> terms) {
        if (word.length() > 2) {
            terms.add(word.toString());
        }
        word.setLength(0);
    }
}
