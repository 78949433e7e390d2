package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.warraq.problem.Problem;

class FrontMatterSplitterTest {
    private static final String PATH = "content/ar/articles/a.md";

    @Test
    void splitsYamlAndBodyAndTellsWhereEachStarts() {
        var split = FrontMatterSplitter.split("---\ntitle: x\ndate: 2022-05-11\n---\nBody\nmore\n", PATH);
        assertTrue(split.ok());
        assertEquals("title: x\ndate: 2022-05-11", split.yaml());
        assertEquals(2, split.yamlLine());
        assertEquals("Body\nmore\n", split.body());
        assertEquals(5, split.bodyLine());
    }

    @Test
    void byteOrderMarkBeforeTheOpeningFenceIsIgnored() {
        var split = FrontMatterSplitter.split("\uFEFF---\ntitle: x\n---\nBody\n", PATH);
        assertTrue(split.ok(), () -> split.problem().format());
        assertEquals("title: x", split.yaml());
        assertEquals("Body\n", split.body());
    }

    @Test
    void crlfLineEndsAreNormalizedAndDoNotLeakIntoValues() {
        var split = FrontMatterSplitter.split("---\r\ntitle: x\r\ndate: 2022-05-11\r\n---\r\nBody\r\nmore\r\n", PATH);
        assertTrue(split.ok(), () -> split.problem().format());
        assertEquals("title: x\ndate: 2022-05-11", split.yaml());
        assertEquals("Body\nmore\n", split.body());
        assertEquals(5, split.bodyLine());
    }

    @Test
    void bomAndCrlfTogether() {
        var split = FrontMatterSplitter.split("\uFEFF---\r\ntitle: x\r\n---\r\nBody", PATH);
        assertTrue(split.ok());
        assertEquals("title: x", split.yaml());
        assertEquals("Body", split.body());
    }

    @Test
    void unclosedFrontMatterIsAnErrorAtTheOpeningFence() {
        var split = FrontMatterSplitter.split("---\ntitle: x\ndate: 2022-05-11\n\nBody\n", PATH);
        Problem problem = split.problem();
        assertEquals("content/ar/articles/a.md:1:1: front matter is not closed: no '---' line after the opening one"
                + " — add a line '---' after the last key", problem.format());
        assertTrue(problem.isError());
        assertNull(split.yaml());
    }

    @Test
    void fileWithoutFrontMatterIsAnError() {
        var split = FrontMatterSplitter.split("# Just Markdown\n", PATH);
        assertEquals(1, split.problem().line());
        assertTrue(split.problem().message().startsWith("no front matter"), split.problem().message());
    }

    @Test
    void hugosTomlAndJsonFrontMatterAreNamedWithWhatToWriteInstead() {
        var toml = FrontMatterSplitter.split("+++\ntitle = \"x\"\ndate = 2022-05-11\n+++\n\nbody\n", PATH);
        assertEquals("TOML front matter ('+++') is not read here — write it as YAML between '---' lines"
                + " (title: \"…\", date: 2022-05-11)", toml.problem().message());
        var json = FrontMatterSplitter.split("{\n\"title\": \"x\"\n}\n\nbody\n", PATH);
        assertTrue(json.problem().message().startsWith("JSON front matter ('{') is not read here"), json.problem().message());
        assertEquals(1, json.problem().line());
        var oneLine = FrontMatterSplitter.split("{\"title\": \"x\", \"date\": \"2022-05-11\"}\n\nbody\n", PATH);
        assertTrue(oneLine.problem().message().startsWith("JSON front matter ('{') is not read here"), oneLine.problem().message());
    }

    @Test
    void horizontalRuleInTheBodyIsNotMistakenForAFence() {
        var split = FrontMatterSplitter.split("---\ntitle: x\n---\nabove\n\n---\n\nbelow\n", PATH);
        assertEquals("title: x", split.yaml());
        assertEquals("above\n\n---\n\nbelow\n", split.body());
    }
}
