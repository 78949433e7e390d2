package org.warraq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;

/** search.synonyms in site.yaml: checked with positions, analyzed into each language's manifest. */
class SearchSynonymsTest {
    @TempDir
    Path dir;

    private TestSite site(String synonyms) {
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml() + "search:\n  synonyms:\n" + synonyms,
                "content/ar/articles/first.md", """
                        ---
                        title: "ترمب في أفريقيا"
                        date: 2022-05-11
                        ---
                        زار ترمب الإدارة الأميركية وتنظيم الدولة.
                        """,
                "content/en/articles/first.md", """
                        ---
                        title: "Daesh in Africa"
                        date: 2022-05-11
                        ---
                        Body text.
                        """);
    }

    @Test
    void groupsAreAnalyzedIntoTheManifestOfEachLanguageThatUsesThem() throws IOException {
        TestSite site = site("""
                    - [ترامب, ترمب]
                    - [داعش, تنظيم الدولة]
                    - [الأمريكية, الأميركية]
                    - [ISIS, Daesh]
                """);
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertFalse(run.all().contains("search.synonyms"), run.all());
        assertEquals("[[[\"ترامب\"],[\"ترمب\"]],[[\"داعش\"],[\"تنظيم\",\"دول\"]],[[\"امريك\"],[\"اميرك\"]]]",
                manifest(site, "ar").get("synonyms").toString());
        assertEquals("[[[\"isi\"],[\"daesh\"]]]", manifest(site, "en").get("synonyms").toString());
    }

    @Test
    void spellingsTheAnalyzerAlreadyFoldsAreAWarningAtTheGroup() {
        TestSite.Run run = site("""
                    - [ترامب, ترمب]
                    - [إفريقيا, أفريقيا]
                """).build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.all().contains("site.yaml:11:7: warning: search.synonyms: إفريقيا, أفريقيا already match each other"),
                run.all());
    }

    @Test
    void malformedGroupsAreErrorsWithTheirPositions() {
        TestSite.Run run = site("""
                    - [ترامب]
                    - [ترمب, "", ترمب]
                    - [Daesh, ISIS]
                    - [ISIL, daesh]
                """).build();
        assertEquals(1, run.exitCode(), run.all());
        String err = run.err();
        assertTrue(err.contains("site.yaml:10:7: error: a search.synonyms group needs at least two spellings"), err);
        assertTrue(err.contains("site.yaml:11:14: error: empty spelling in a search.synonyms group — remove it"), err);
        assertTrue(err.contains("site.yaml:11:18: error: 'ترمب' is listed twice in this synonym group — remove one"), err);
        assertTrue(err.contains("site.yaml:13:14: error: 'daesh' is already in the synonym group on line 12"
                + " — merge the two groups into one"), err);
        assertFalse(run.all().contains("\tat "), run.all());
    }

    @Test
    void aFlatListInsteadOfGroupsIsATypeError() {
        TestSite.Run run = site("    - ترامب\n    - ترمب\n").build();
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("site.yaml:"), run.err());
        assertTrue(run.err().contains("synonyms"), run.err());
    }

    private static JsonNode manifest(TestSite site, String lang) throws IOException {
        try (Stream<Path> files = Files.list(site.output().resolve(lang + "/search"))) {
            Path manifest = files.filter(f -> f.getFileName().toString().startsWith("manifest-")).findFirst().orElseThrow();
            return new ObjectMapper().readTree(manifest.toFile());
        }
    }
}
