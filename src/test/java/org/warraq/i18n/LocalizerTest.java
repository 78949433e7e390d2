package org.warraq.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warraq.config.CalendarSystem;
import org.warraq.config.Direction;
import org.warraq.config.Language;
import org.warraq.config.Numerals;
import org.warraq.config.SiteConfigLoader;
import org.warraq.theme.Theme;

class LocalizerTest {
    static final Language ARABIC = new Language("ar", "العربية", Direction.RTL, Locale.forLanguageTag("ar"), 1,
            Numerals.ARAB, CalendarSystem.ISLAMIC_UMALQURA, 180);
    static final Language ENGLISH = new Language("en", "English", Direction.LTR, Locale.ENGLISH, 2,
            Numerals.LATN, CalendarSystem.GREGORIAN, 230);
    static final Language PERSIAN = new Language("fa", "فارسی", Direction.RTL, Locale.forLanguageTag("fa"), 3,
            Numerals.ARABEXT, CalendarSystem.GREGORIAN, 200);

    private static Localizer defaultTheme(Language language) {
        var config = SiteConfigLoader.parse("""
                languages:
                  - {code: ar, direction: rtl}
                  - {code: en, direction: ltr}
                  - {code: fa, direction: rtl}
                """, "site.yaml").config();
        var loaded = MessageCatalog.load(Theme.of(Path.of(".")), config);
        assertEquals(java.util.List.of(), loaded.problems());
        return new Localizer(language, loaded.catalog());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0,لا مقالات", "1,مقال واحد", "2,مقالان", "3,٣ مقالات", "10,١٠ مقالات", "11,١١ مقالًا",
            "99,٩٩ مقالًا", "100,١٠٠ مقال", "102,١٠٢ مقال"})
    void arabicCountsUseAllSixCldrPluralForms(long n, String expected) {
        assertEquals(expected, defaultTheme(ARABIC).plural("count.articles", n));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0,0 articles", "1,1 article", "2,2 articles", "11,11 articles"})
    void englishCountsUseOneAndOther(long n, String expected) {
        assertEquals(expected, defaultTheme(ENGLISH).plural("count.articles", n));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0,۰ مقاله", "1,۱ مقاله", "2,۲ مقاله", "45,۴۵ مقاله", "1000,۱۰۰۰ مقاله"})
    void persianCountsUseOneForZeroAndOneAndExtendedArabicIndicDigits(long n, String expected) {
        assertEquals(expected, defaultTheme(PERSIAN).plural("count.articles", n));
        assertEquals(n <= 1 ? "one" : "other", PluralForms.category(PERSIAN, n));
    }

    @Test
    void persianUsesItsOwnMessagesAndPluralFormsOnly() {
        Localizer t = defaultTheme(PERSIAN);
        assertEquals("جستجو", t.msg("nav.search"));
        assertNull(t.form("search.count", "few"), "Persian has no 'few' form");
        assertEquals("{0} نتیجه", t.form("search.count", "one"));
        assertEquals(java.util.Set.of(), t.missingKeys());
    }

    @Test
    void persianDatesUsePersianMonthNamesAndDigits() {
        assertEquals("۱۱ مهٔ ۲۰۲۲", defaultTheme(PERSIAN).date(LocalDate.of(2022, 5, 11)));
    }

    @Test
    void datesUseCldrMonthNamesAndTheLanguagesDigits() {
        assertEquals("١١ مايو ٢٠٢٢", defaultTheme(ARABIC).date(LocalDate.of(2022, 5, 11)));
        assertEquals("11 May 2022", defaultTheme(ENGLISH).date(LocalDate.of(2022, 5, 11)));
    }

    @Test
    void hijriDateIsUmmAlQuraAndOnlyWhereConfigured() {
        assertEquals("١٠ شوال ١٤٤٣ هـ", defaultTheme(ARABIC).hijri(LocalDate.of(2022, 5, 11)));
        assertNull(defaultTheme(ENGLISH).hijri(LocalDate.of(2022, 5, 11)));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({"fa,2026-12-07,۱۶ آذر ۱۴۰۵", "fa,2022-03-21,۱ فروردین ۱۴۰۱", "fa,2022-03-20,۲۹ اسفند ۱۴۰۰",
            "fa-AF,2026-12-07,۱۶ قوس ۱۴۰۵", "en,2022-03-21,1 Farvardin 1401"})
    void theSolarHijriDateHasTheLocalesMonthNamesAndTheLanguagesDigits(String locale, String day, String expected) {
        Language language = new Language("fa", "فارسی", Direction.RTL, Locale.forLanguageTag(locale), 3,
                locale.equals("en") ? Numerals.LATN : Numerals.ARABEXT, CalendarSystem.PERSIAN, 200);
        assertEquals(expected, defaultTheme(language).hijri(LocalDate.parse(day)), "Nowruz, 21 March 2022, starts 1401");
    }

    @Test
    void missingKeyIsRecordedNotShownBlank() {
        Localizer t = defaultTheme(ENGLISH);
        assertEquals("no.such.key", t.msg("no.such.key"));
        assertEquals(java.util.Set.of("no.such.key"), t.missingKeys());
    }

    @Test
    void languageFileMissingAKeyOrAPluralFormIsAnError(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("templates/i18n"));
        Files.writeString(dir.resolve("templates/i18n/en.properties"), "nav.home=Home\nbanner.text=Hello\nn.one={0} item\nn.other={0} items\n");
        // The default theme has nav.home in Arabic; the site's file adds to it.
        Files.writeString(dir.resolve("templates/i18n/ar.properties"), "n.one=عنصر\nn.other={0} عنصر\n");
        var config = SiteConfigLoader.parse("languages:\n  - {code: ar, direction: rtl}\n  - {code: en, direction: ltr}\n  - {code: ur, direction: rtl}\n",
                "site.yaml").config();
        var loaded = MessageCatalog.load(Theme.of(dir), config);
        String messages = loaded.problems().stream().map(p -> p.severity().label() + ": " + p.format())
                .collect(Collectors.joining("\n"));
        assertTrue(messages.contains("error: templates/i18n/ar.properties: missing UI string 'banner.text' for language 'ar'"), messages);
        assertFalse(messages.contains("'nav.home'"), messages);
        assertTrue(messages.contains("missing UI string 'n.few' for language 'ar' — its plural rules use the form 'few'"), messages);
        assertTrue(messages.contains("warning: templates/i18n/ur.properties: no message file for language 'ur' — its UI falls back to English"), messages);
    }

    @Test
    void aMessageFileThatIsNotUtf8OrHasABrokenEscapeIsAnErrorAtItsPlace(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("templates/i18n"));
        Files.write(dir.resolve("templates/i18n/en.properties"), "nav.home=Home\nfooter.x=caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("templates/i18n/ar.properties"), "nav.home=الرئيسية\n# \\uZZZZ in a comment\nx=\\\\u\nn.one=\\uZZZZ\n");
        var config = SiteConfigLoader.parse("languages:\n  - {code: ar, direction: rtl}\n  - {code: en, direction: ltr}\n", "site.yaml").config();
        java.util.List<String> errors = MessageCatalog.load(Theme.of(dir), config).problems().stream().filter(p -> p.isError())
                .map(p -> p.format()).toList();
        assertTrue(errors.contains("templates/i18n/en.properties:2:13: invalid UTF-8 at byte offset 26 (byte 0xE9) — save the file as UTF-8"),
                errors.toString());
        assertTrue(errors.contains("templates/i18n/ar.properties:4:7: '\\uZZZZ' is not a Unicode escape: \\u takes four hexadecimal digits"
                + " — write the character itself (the file is UTF-8)"), errors.toString());
    }
}
