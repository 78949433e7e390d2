package org.warraq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.SeedChrome;
import org.warraq.testing.TestSite;

/** {@code warraq import} on the five raw seeds, through the CLI, with the repository's site.yaml. */
class ImportCommandTest {
    private static final Path SEEDS = Path.of("src/test/resources/seeds");
    private static final List<String> SEED_NAMES = List.of("000_9271a1f67ac21805", "001_9adc9e8bec470001",
            "002_3ceb2da326400ac5", "003_307c68dd2595c91a", "004_d1c2576116f007e2");
    /** Seed → the headings its draft must have, in order. */
    private static final Map<String, List<String>> HEADINGS = Map.of(
            "000_9271a1f67ac21805", List.of("المؤتمر الوزاري الأول في المغرب", "تعزيز وتحسين قدرات مكافحة الإرهاب",
                    "تمركز داعش في أفريقيا"),
            "001_9adc9e8bec470001", List.of(),
            "002_3ceb2da326400ac5", List.of(),
            "003_307c68dd2595c91a", List.of("ظروف التأسيس", "نجاحات التحالف", "التحالف بعد هزيمة داعش", "توسع أفريقي",
                    "من الشرق الأوسط إلى أفريقيا"),
            "004_d1c2576116f007e2", List.of("وقت الاجتماع", "وجهة المنظمة", "خبرة في سوريا والعراق"));

    @TempDir
    Path dir;

    /** A site with the repository's site.yaml and the seeds in in/; 004's file is dated 13 May 2022. */
    private TestSite site() throws IOException {
        TestSite site = TestSite.of(dir, "site.yaml", Files.readString(Path.of("site.yaml"), StandardCharsets.UTF_8));
        for (String name : SEED_NAMES) {
            site.write("in/" + name + ".txt", Files.readAllBytes(SEEDS.resolve(name + ".txt")));
        }
        Files.setLastModifiedTime(input("004_d1c2576116f007e2"), FileTime.from(Instant.parse("2022-05-13T12:00:00Z")));
        return site;
    }

    private Path input(String name) {
        return dir.resolve("in/" + name + ".txt");
    }

    private Path draft(String name) {
        return dir.resolve("content/ar/articles/" + name + ".md");
    }

    private String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestSite.Run importSeeds(TestSite site, String... names) {
        List<String> args = new ArrayList<>(List.of("import"));
        Stream.of(names).map(n -> input(n).toString()).forEach(args::add);
        args.addAll(List.of("--lang", "ar"));
        return site.run(args.toArray(String[]::new));
    }

    private TestSite.Run importAll(TestSite site) {
        return importSeeds(site, SEED_NAMES.toArray(String[]::new));
    }

    @Test
    void headingsAreFoundInEverySeed() throws IOException {
        TestSite.Run run = importAll(site());
        assertEquals(0, run.exitCode(), run.all());
        for (String name : SEED_NAMES) {
            List<String> headings = read(draft(name)).lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3)).toList();
            assertEquals(HEADINGS.get(name), headings, name);
        }
    }

    @Test
    void chromeIsRemovedAndParagraphTextIsCopiedUnchanged() throws IOException {
        TestSite.Run run = importAll(site());
        assertEquals(0, run.exitCode(), run.all());
        for (String name : SEED_NAMES) {
            String draft = read(draft(name));
            SeedChrome.PHRASES.forEach(phrase -> assertFalse(draft.contains(phrase), name + " keeps chrome: " + phrase));
            List<String> lines = draft.lines().map(String::strip).toList();
            SeedChrome.CATEGORY_LABELS.forEach(label -> assertFalse(lines.contains(label), name + " keeps label: " + label));
        }
        String marrakech = read(draft("002_3ceb2da326400ac5"));
        assertTrue(marrakech.contains("\nوجاء\u00A0الاجتماع، الذي دعت له الحكومة المغربية، أواخر أبريل 2022،"),
                "no-break spaces inside a paragraph stay");
        String shifts = read(draft("003_307c68dd2595c91a"));
        String caption = "وزير الخارجية الأميركي أنتوني بلينكين في صورة جماعية";
        assertEquals(1, shifts.split(caption, -1).length - 1, "the repeated caption is kept once");
    }

    @Test
    void frontMatterHasTitleDateBylineAndDraft() throws IOException {
        TestSite.Run run = importAll(site());
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(read(draft("000_9271a1f67ac21805")).startsWith("""
                ---
                title: "التحالف الدولي لمحاربة داعش يجدّد جهوده في أفريقيا"
                date: 2022-05-11  # latest date in the text: "11 مايو 2022" (line 6) — check that it is the publication date
                author: "جاسم محمد"
                draft: true
                ---
                """));
        assertTrue(read(draft("001_9adc9e8bec470001")).contains("""
                date: 2020-11-10  # latest date in the text: "10 نوفمبر2020" (line 11) — check that it is the publication date
                source:
                  name: "أخبار ليبيا24"
                draft: true
                """));
        assertTrue(read(draft("002_3ceb2da326400ac5")).contains("""
                title: "اجتماع جديد للتحالف الدولي ضد “داعش”"
                date: 2022-05-11  # latest date in the text: "11 مايو 2022" (line 3) — check that it is the publication date
                author: "أشرف كمال"
                source:
                  name: "الخليج أونلاين"
                """));
        assertTrue(read(draft("003_307c68dd2595c91a")).contains("date: 2021-06-28  # latest date in the text: \"28 يونيو 2021\" (line 4)"));
        assertTrue(read(draft("003_307c68dd2595c91a")).contains("author: \"الزبير الأنصاري\"\n"));
        assertTrue(read(draft("004_d1c2576116f007e2")).startsWith("""
                ---
                title: "أمل هزيمة داعش.. ما فرصتها بعد تجربة سوريا والعراق؟"
                date: 2022-05-13  # no date in the text: the input file's date — set the publication date
                draft: true
                ---
                """));
    }

    @Test
    void reportSaysPerFileWhatWasRemovedAndFound() throws IOException {
        TestSite.Run run = importAll(site());
        assertEquals(0, run.exitCode(), run.all());
        String out = run.out();
        for (String expected : List.of(
                input("000_9271a1f67ac21805") + " → " + draft("000_9271a1f67ac21805"),
                "  author:   line 3: جاسم محمد",
                "  headings: 3\n    line 8: المؤتمر الوزاري الأول في المغرب\n",
                "  removed:  3 lines\n    line 4: boilerplate: داعش في العراق\n    line 36: blank (no-break spaces only)\n"
                        + "    line 38: end marker: ربما يعجبك أيضا\n",
                "  source:   line 3: أخبار ليبيا24",
                "    line 27: end marker: مقالات ذات صلة\n    line 29: after end marker: زر الذهاب إلى الأعلى\n",
                "  author:   line 31: أشرف كمال\n  source:   line 31: الخليج أونلاين\n",
                "    line 3: reading-time widget: time reading iconدقائق القراءة - 12\n",
                "    line 5: duplicate of the line before: وزير الخارجية الأميركي",
                "  author:   line 6: الزبير الأنصاري",
                "    line 12: ظروف التأسيس\n    line 20: نجاحات التحالف\n",
                "  title:    line 3: أمل هزيمة داعش.. ما فرصتها بعد تجربة سوريا والعراق؟",
                "  date:     2022-05-13, the input file's date (no date in the text)",
                "  byline:   none recognised",
                "    line 1: boilerplate: أخبار العالم\n",
                "    line 45: after end marker: لن يتم نشر عنوان بريدك الإلكتروني.\n",
                "  body:     15 paragraphs, 3 headings",
                "Wrote 5 drafts (draft: true) to " + dir.resolve("content/ar/articles"))) {
            assertTrue(out.contains(expected.replace("\n", System.lineSeparator())), "report lacks:\n" + expected + "\n\n" + out);
        }
        assertEquals("", run.err());
    }

    @Test
    void neverOverwritesWithoutForceAndWritesNothingThen() throws IOException {
        TestSite site = site();
        assertEquals(0, importSeeds(site, "000_9271a1f67ac21805").exitCode());
        Files.writeString(draft("000_9271a1f67ac21805"), "edited by hand", StandardCharsets.UTF_8);

        TestSite.Run refused = importSeeds(site, "000_9271a1f67ac21805", "001_9adc9e8bec470001");
        assertEquals(1, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains(draft("000_9271a1f67ac21805") + ": exists — use --force to overwrite"), refused.err());
        assertTrue(refused.err().contains("Nothing imported: 1 error."), refused.err());
        assertEquals("edited by hand", read(draft("000_9271a1f67ac21805")));
        assertFalse(Files.exists(draft("001_9adc9e8bec470001")), "one error, nothing written");

        TestSite.Run forced = site.run("import", input("000_9271a1f67ac21805").toString(), "--lang", "ar", "--force");
        assertEquals(0, forced.exitCode(), forced.all());
        assertTrue(forced.out().contains(draft("000_9271a1f67ac21805") + " (overwritten)"), forced.out());
        assertTrue(read(draft("000_9271a1f67ac21805")).startsWith("---\ntitle: \"التحالف الدولي"));
    }

    @Test
    void draftsBuildWithDraftsAndStayOutOfAPlainBuild() throws IOException {
        TestSite site = site();
        assertEquals(0, importAll(site).exitCode());
        TestSite.Run withDrafts = site.build("--drafts");
        assertEquals(0, withDrafts.exitCode(), withDrafts.all());
        for (String name : SEED_NAMES) {
            assertTrue(Files.isRegularFile(site.output().resolve("ar/articles/" + name + "/index.html")), name);
        }
        assertTrue(site.read("ar/articles/003_307c68dd2595c91a/index.html").contains("ظروف التأسيس"));

        TestSite.Run plain = site.build();
        assertEquals(0, plain.exitCode(), plain.all());
        assertFalse(Files.exists(site.output().resolve("ar/articles/000_9271a1f67ac21805/index.html")));
    }

    @Test
    void outPutsTheDraftsInTheGivenDirectory() throws IOException {
        TestSite site = site();
        Path out = dir.resolve("drafts");
        TestSite.Run run = site.run("import", input("001_9adc9e8bec470001").toString(), "--lang", "en", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(Files.isRegularFile(out.resolve("001_9adc9e8bec470001.md")));
        assertFalse(Files.exists(dir.resolve("content")));
    }

    @Test
    void badUsageExitsTwo() throws IOException {
        TestSite site = site();
        TestSite.Run noFiles = site.run("import", "--lang", "ar");
        assertEquals(2, noFiles.exitCode(), noFiles.all());
        assertTrue(noFiles.err().contains("Missing required parameter"), noFiles.err());

        TestSite.Run unknownLanguage = site.run("import", input("001_9adc9e8bec470001").toString(), "--lang", "fr");
        assertEquals(2, unknownLanguage.exitCode(), unknownLanguage.all());
        assertTrue(unknownLanguage.err().contains("unknown language 'fr' — site.yaml has ar, en"), unknownLanguage.err());
        assertFalse(Files.exists(draft("001_9adc9e8bec470001")));

        TestSite.Run noLanguage = site.run("import", input("001_9adc9e8bec470001").toString());
        assertEquals(2, noLanguage.exitCode(), noLanguage.all());
        assertTrue(noLanguage.err().contains("--lang"), noLanguage.err());
    }

    @Test
    void unreadableInputExitsOneWithItsPathAndNoStackTrace() throws IOException {
        TestSite site = site();
        site.write("in/latin1.txt", new byte[] {'T', 'i', 't', 'l', 'e', '\n', 'c', 'a', 'f', (byte) 0xE9, '.', '\n'});
        Path missing = dir.resolve("in/missing.txt");
        TestSite.Run run = site.run("import", missing.toString(), dir.resolve("in").toString(),
                dir.resolve("in/latin1.txt").toString(), input("000_9271a1f67ac21805").toString(), "--lang", "ar");
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains(missing + ": cannot read — no such file"), run.err());
        assertTrue(run.err().contains(dir.resolve("in") + ": is a directory"), run.err());
        assertTrue(run.err().contains(dir.resolve("in/latin1.txt") + ":2:4: invalid UTF-8 at byte offset 9 (byte 0xE9)"), run.err());
        assertTrue(run.err().contains("Nothing imported: 3 errors."), run.err());
        assertFalse(run.all().contains("\tat "), run.all());
        assertFalse(Files.exists(draft("000_9271a1f67ac21805")), "nothing written when an input is unreadable");
    }

    @Test
    void aFirstLineLongerThanAHeadlineStaysInTheBodyAndTheTitleIsLeftToWrite() throws IOException {
        TestSite site = site();
        String paragraph = "نص المقال كله في سطر واحد بلا عنوان. ".repeat(20).strip();
        site.write("in/one-line.txt", paragraph + "\n\nفقرة ثانية.\n");
        TestSite.Run run = site.run("import", dir.resolve("in/one-line.txt").toString(), "--lang", "ar");
        assertEquals(0, run.exitCode(), run.all());
        int length = paragraph.codePointCount(0, paragraph.length());
        assertTrue(run.out().contains("title:    none: line 1, the first, has " + length
                + " characters, more than a headline (250) — write the title by hand"), run.out());
        assertFalse(run.out().contains("title:    line 1"), run.out());
        String text = read(dir.resolve("content/ar/articles/one-line.md"));
        assertTrue(text.contains("title: \"TODO: title\"\n"), text);
        assertTrue(text.contains("---\n\n" + paragraph + "\n\nفقرة ثانية.\n"), "the line is the first paragraph: " + text);
        assertEquals(0, site.build("--drafts").exitCode(), "the draft builds");
    }

    @Test
    void helpListsTheOptions() {
        TestSite.Run help = TestSite.Cli.run("import", "--help");
        assertEquals(0, help.exitCode());
        for (String option : List.of("--lang", "--out", "--force", "--source")) {
            assertTrue(help.out().contains(option), help.out());
        }
    }
}
