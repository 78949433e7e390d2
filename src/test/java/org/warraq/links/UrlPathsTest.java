package org.warraq.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UrlPathsTest {

    @Test
    void unreservedCharactersStayAndEveryOtherByteIsPercentEncodedInCapitals() {
        assertEquals("a-Z_0.9~", UrlPaths.encode("a-Z_0.9~"));
        assertEquals("%D8%AF%D8%A7%D8%B9%D8%B4", UrlPaths.encode("داعش"));
        assertEquals("a%20b%2Fc%3F%25%2B%7F", UrlPaths.encode("a b/c?%+\u007f"));
    }

    @Test
    void everyCharacterOfTheBasicPlaneEncodesToWhatDecodesBackToIt() {
        for (char c = 1; c < 0xD800; c++) {
            String text = "x" + c;
            String encoded = UrlPaths.encode(text);
            assertEquals(text, UrlPaths.decode(encoded), encoded);
            assertEquals(text, URLDecoder.decode(encoded, StandardCharsets.UTF_8), encoded);
        }
    }
}
