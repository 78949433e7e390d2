package org.warraq.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.warraq.problem.BuildFailure;
import org.warraq.problem.Problem;

class SiteConfigLoaderTest {
    private static final String LANGUAGES = """
            languages:
              - code: ar
                name: العربية
                direction: rtl
                weight: 1
              - code: en
                name: English
                direction: ltr
                weight: 2
            """;

    /** The problems of a site.yaml that does not load, formatted as the CLI prints them (without severity). */
    private static List<String> errors(String yaml) {
        BuildFailure failure = assertThrows(BuildFailure.class, () -> SiteConfigLoader.parse(yaml, "site.yaml"));
        return failure.problems().stream().filter(Problem::isError).map(Problem::format).toList();
    }

    @Test
    void readsLanguagesInWeightOrderWithDefaults() {
        var loaded = SiteConfigLoader.parse("""
                title: {ar: موقع, en: Site}
                baseURL: https://example.org/
                languages:
                  - {code: en, direction: ltr, weight: 2}
                  - {code: ar, name: العربية, direction: rtl, weight: 1, numerals: arab, calendar: islamic-umalqura}
                """, "site.yaml");
        SiteConfig config = loaded.config();
        assertEquals(List.of("ar", "en"), config.languages().stream().map(Language::code).toList());
        assertEquals("ar", config.defaultLanguage(), "first language by weight");
        Language en = config.language("en").orElseThrow();
        assertEquals("en", en.name());
        assertEquals(Locale.forLanguageTag("en"), en.locale());
        assertEquals(Numerals.LATN, en.numerals());
        assertEquals(CalendarSystem.GREGORIAN, en.calendar());
        assertEquals(200, en.wordsPerMinute());
        Language ar = config.language("ar").orElseThrow();
        assertEquals(Direction.RTL, ar.direction());
        assertEquals(CalendarSystem.ISLAMIC_UMALQURA, ar.calendar());
        assertEquals(10, config.pageSize());
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    void aTitleWrittenAsPlainTextIsEveryLanguagesAsInHugoAndZola() {
        var loaded = SiteConfigLoader.parse("title: أرشيف Archive\n" + LANGUAGES, "site.yaml");
        assertEquals("أرشيف Archive", loaded.config().title("ar"));
        assertEquals("أرشيف Archive", loaded.config().title("en"));
        assertEquals(List.of(), loaded.warnings(), "no language lacks a title");
        assertEquals(List.of("site.yaml:1:1: invalid title: write one for every language (title: My Archive) or one per language"
                + " (title: {ar: …, en: …})"), errors("title: [Archive, أرشيف]\n" + LANGUAGES));
    }

    @Test
    void anEmptyTitleIsNoTitle() {
        var loaded = SiteConfigLoader.parse("title:\n  ar: موقع\n  en:\n" + LANGUAGES, "site.yaml");
        assertEquals(List.of("site.yaml:1:1: no site title for language 'en' — add 'title: {en: …}'"),
                loaded.warnings().stream().map(Problem::format).toList());
    }

    @Test
    void unknownTopLevelKeyNamesTheClosestKnownKey() {
        assertEquals(List.of("site.yaml:2:1: unknown key 'baseUrl' — did you mean 'baseURL'?"),
                errors("title: {ar: x}\nbaseUrl: https://example.org/\n" + LANGUAGES));
    }

    @Test
    void hugosConfigurationKeysSayWhatToWriteHere() {
        assertEquals(List.of("site.yaml:2:1: unknown key 'paginate' (Hugo's) — write it as 'pageSize'"),
                errors("title: {ar: x}\npaginate: 20\n" + LANGUAGES));
    }

    @Test
    void unknownKeyInsideALanguageIsReportedWhereItIsWritten() {
        assertEquals(List.of("site.yaml:8:5: unknown key 'dirction' — did you mean 'direction'?"),
                errors(LANGUAGES.replace("    direction: ltr", "    dirction: ltr")));
    }

    @Test
    void unknownKeyFarFromAnyKnownKeyListsTheKnownKeys() {
        List<String> errors = errors(LANGUAGES + "colour: blue\n");
        assertEquals(1, errors.size());
        assertEquals(true, errors.get(0).startsWith("site.yaml:10:1: unknown key 'colour' — known keys are: baseURL, "),
                errors.get(0));
    }

    @Test
    void badDirectionIsReportedAtTheLanguageThatHasIt() {
        // The first language's direction is fine; the error must point at the second one (line 8).
        assertEquals(List.of("site.yaml:8:5: 'languages[2].direction' cannot be 'up' — use one of ltr, rtl"),
                errors(LANGUAGES.replace("direction: ltr", "direction: up")));
    }

    @Test
    void numeralsAreCldrNumberingSystemsIncludingPersianDigits() {
        var config = SiteConfigLoader.parse("""
                languages:
                  - {code: ar, direction: rtl, numerals: arab}
                  - {code: fa, direction: rtl, numerals: arabext}
                  - {code: en, direction: ltr, numerals: latn}
                """, "site.yaml").config();
        assertEquals(List.of(Numerals.ARAB, Numerals.LATN, Numerals.ARABEXT),
                config.languages().stream().map(Language::numerals).toList());
    }

    @Test
    void unknownNumeralsNameTheKnownSystems() {
        assertEquals(List.of("site.yaml:2:32: 'languages[1].numerals' cannot be 'persian' — use one of latn, arab, arabext"),
                errors("languages:\n  - {code: fa, direction: rtl, numerals: persian}\n"));
    }

    @Test
    void badEnumValueAtTopLevel() {
        assertEquals(List.of("site.yaml:10:1: 'otherLanguageArticles' cannot be 'show' — use one of marker, hide"),
                errors(LANGUAGES + "otherLanguageArticles: show\n"));
    }

    @Test
    void badCalendarIsReportedAtTheLanguageThatHasIt() {
        String yaml = LANGUAGES.replace("    weight: 1\n", "    weight: 1\n    calendar: gregorian\n")
                .replace("    weight: 2\n", "    weight: 2\n    calendar: julian\n");
        assertEquals(List.of("site.yaml:11:5: unknown calendar 'julian' — use gregorian, islamic-umalqura or persian"),
                errors(yaml));
    }

    @Test
    void aLocaleThatIsNotALanguageTagIsReportedAtTheLanguageThatHasIt() {
        // Java would quietly take each of these as the root locale: dates in no language at all.
        assertEquals(List.of("site.yaml:10:5: locale 'zz-!!' is not a BCP 47 language tag — use one like ar, ar-EG, en-GB or fa-IR"),
                errors(LANGUAGES.replace("    weight: 2", "    weight: 2\n    locale: \"zz-!!\"")));
        assertEquals(List.of("site.yaml:10:5: locale '' is not a BCP 47 language tag — use one like ar, ar-EG, en-GB or fa-IR"),
                errors(LANGUAGES.replace("    weight: 2", "    weight: 2\n    locale: \"\"")));
        var loaded = SiteConfigLoader.parse(LANGUAGES.replace("    weight: 2", "    weight: 2\n    locale: en-GB"), "site.yaml");
        assertEquals(Locale.forLanguageTag("en-GB"), loaded.config().language("en").orElseThrow().locale());
    }

    @Test
    void anEmptyLanguageNameIsAnErrorSinceTheLanguageSwitchWouldShowNothing() {
        assertEquals(List.of("site.yaml:7:5: language 'en' has an empty name — write the language's own name (العربية, English),"
                + " or leave 'name' out to show its code"), errors(LANGUAGES.replace("    name: English", "    name: \"  \"")));
    }

    @Test
    void languageWithoutDirectionInFlowStyleIsReportedAtItsEntry() {
        assertEquals(List.of("site.yaml:4:5: language 'en' has no direction — add 'direction: rtl' or 'direction: ltr'"),
                errors("""
                        title: {ar: x, en: y}
                        languages:
                          - {code: ar, direction: rtl}
                          - {code: en, name: English}
                        """));
    }

    @Test
    void defaultLanguageThatIsNotConfiguredIsAnError() {
        assertEquals(List.of("site.yaml:1:1: default language 'fr' is not among the configured languages"
                        + " — add it to 'languages' or pick one of them"),
                errors("defaultLanguage: fr\n" + LANGUAGES));
    }

    @Test
    void languageConfiguredTwiceIsAnError() {
        assertEquals(List.of("site.yaml:6:5: language 'ar' is configured twice — remove one"),
                errors(LANGUAGES.replace("code: en", "code: ar")));
    }

    @Test
    void baseUrlWithoutSchemeIsAnError() {
        assertEquals(List.of("site.yaml:1:1: baseURL 'example.org/archive' is not an absolute http(s) URL"
                        + " — write it like https://example.org/archive/"),
                errors("baseURL: example.org/archive\n" + LANGUAGES));
    }

    @Test
    void baseUrlWithAnotherSchemeIsAnError() {
        assertEquals(List.of("site.yaml:2:1: baseURL 'ftp://example.org/' is not an absolute http(s) URL"
                        + " — write it like https://example.org/archive/"),
                errors("title: {ar: x}\nbaseURL: ftp://example.org/\n" + LANGUAGES));
    }

    @Test
    void baseUrlWithQueryIsAnError() {
        assertEquals(List.of("site.yaml:1:1: baseURL 'https://example.org/?a=1' has a query or fragment"
                        + " — give only scheme, host and path"),
                errors("baseURL: https://example.org/?a=1\n" + LANGUAGES));
    }

    @Test
    void baseUrlWithAPathIsKeptAndGetsATrailingSlash() {
        SiteConfig config = SiteConfigLoader.parse("baseURL: https://example.org/archive\n" + LANGUAGES, "site.yaml").config();
        BaseUrl url = config.baseUrl();
        assertEquals("https://example.org", url.origin());
        assertEquals("/archive/", url.path());
        assertEquals("/archive/ar/articles/x/", url.link("ar/articles/x/"));
        assertEquals("https://example.org/archive/ar/feed.xml", url.absolute("ar/feed.xml"));
        assertEquals("/archive/", url.link(""));
    }

    @Test
    void baseUrlInArabicBecomesTheUrlForm() {
        BaseUrl url = SiteConfigLoader.parse("baseURL: https://مثال.com/أرشيف\n" + LANGUAGES, "site.yaml").config().baseUrl();
        assertEquals("https://xn--mgbh0fb.com", url.origin());
        assertEquals("/%D8%A3%D8%B1%D8%B4%D9%8A%D9%81/", url.path());
        assertEquals("https://xn--mgbh0fb.com/my%20archive/", BaseUrl.parse("https://xn--mgbh0fb.com/my archive/").toString());
        assertEquals("https://example.org/a%20b/", BaseUrl.parse("https://example.org/a%20b/").toString(), "encoded stays as it is");
    }

    @Test
    void baseUrlWithCredentialsOrABadPortIsAnError() {
        assertEquals(List.of("site.yaml:1:1: baseURL 'https://user:secret@example.org/' has a user name or password"
                        + " — leave them out: the address is published in every page"),
                errors("baseURL: https://user:secret@example.org/\n" + LANGUAGES));
        assertEquals(List.of("site.yaml:1:1: baseURL 'https://example.org:99999/' has port 99999, not one of 1–65535"
                        + " — fix the port or leave it out"),
                errors("baseURL: https://example.org:99999/\n" + LANGUAGES));
        assertEquals(List.of("site.yaml:1:1: baseURL 'https://exa mple.org/' is not a URL"
                        + " — write it like https://example.org/ or https://example.org/archive/"),
                errors("baseURL: https://exa mple.org/\n" + LANGUAGES));
    }

    @Test
    void baseUrlWithPortAndPath() {
        BaseUrl url = BaseUrl.parse("http://localhost:8080/preview/site/");
        assertEquals("http://localhost:8080", url.origin());
        assertEquals("http://localhost:8080/preview/site/en/", url.absolute("en/"));
    }

    @Test
    void missingBaseUrlDefaultsToLocalhost() {
        assertEquals("http://localhost:8080/", SiteConfigLoader.parse(LANGUAGES, "site.yaml").config().baseUrl().toString());
    }

    @Test
    void noLanguagesIsAnError() {
        assertEquals(List.of("site.yaml:1:1: no languages configured — add a 'languages:' list with at least one language"),
                errors("title: {ar: x}\n"));
    }

    @Test
    void wrongTypeNamesTheKeyAndTheExpectedType() {
        assertEquals(List.of("site.yaml:10:1: 'pageSize' has the wrong type: expected a whole number — fix the value"),
                errors(LANGUAGES + "pageSize: ten\n"));
        assertEquals(List.of("site.yaml:10:1: 'topics' has the wrong type: expected a list — fix the value"),
                errors(LANGUAGES + "topics: {a: b}\n"));
    }

    @Test
    void pageSizeBelowOneIsAnError() {
        assertEquals(List.of("site.yaml:10:1: 'pageSize' must be at least 1, not 0 — fix the value"),
                errors(LANGUAGES + "pageSize: 0\n"));
    }

    @Test
    void invalidTopicIdIsReportedAtTheItem() {
        assertEquals(List.of("site.yaml:10:28: topic id 'Iraq Syria' is not valid"
                        + " — use lower-case letters, digits and hyphens (africa-expansion)"),
                errors(LANGUAGES + "topics: [africa-expansion, Iraq Syria]\n"));
    }

    @Test
    void aTopicIdTooLongForAFolderIsAnError() {
        assertEquals(List.of("site.yaml:10:28: topic id is 256 characters long, more than a folder name may have (255) — shorten it"),
                errors(LANGUAGES + "topics: [africa-expansion, " + "t".repeat(256) + "]\n"));
    }

    @Test
    void duplicateKeyIsReportedAtItsSecondOccurrence() {
        assertEquals(List.of("site.yaml:11:1: duplicate key 'pageSize' — keep only one"),
                errors(LANGUAGES + "pageSize: 5\npageSize: 6\n"));
    }

    @Test
    void badIndentationIsASyntaxErrorAtTheMisalignedLine() {
        String yaml = LANGUAGES.replace("    name: English", "   name: English");
        assertEquals(List.of("site.yaml:7:4: YAML syntax error: unexpected indentation"
                        + " — start the keys of one mapping in the same column"),
                errors(yaml));
    }

    @Test
    void titleForAnUnconfiguredLanguageIsAnErrorButAMissingTitleOnlyAWarning() {
        assertEquals(List.of("site.yaml:1:9: title given for language 'fr', which is not configured"
                        + " — add it to 'languages' or remove the title"),
                errors("title: {fr: Site, ar: موقع}\n" + LANGUAGES));
        var loaded = SiteConfigLoader.parse("title: {ar: موقع}\n" + LANGUAGES, "site.yaml");
        assertEquals(List.of("site.yaml:1:1: no site title for language 'en' — add 'title: {en: …}'"),
                loaded.warnings().stream().map(Problem::format).toList());
    }

    @Test
    void byteOrderMarkIsIgnored() {
        assertEquals(2, SiteConfigLoader.parse("\uFEFF" + LANGUAGES, "site.yaml").config().languages().size());
    }
}
