package org.warraq.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTest {
    @Test
    void escapesMarkupCharacters() {
        assertEquals("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; ]]&gt;", Xml.escape("a & b <c> \"d\" 'e' ]]>"));
    }

    @Test
    void dropsCharactersXmlForbidsAndKeepsTheRest() {
        assertEquals("ab\tc\nd📚", Xml.escape("a\u0001b\tc\n\u000Bd\uFFFE\uD800📚"));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", Xml.escape(null));
    }
}
