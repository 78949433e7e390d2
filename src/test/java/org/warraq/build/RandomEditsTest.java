package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warraq.problem.BuildFailure;
import org.warraq.problem.Progress;
import org.warraq.testing.TestSite;
import org.warraq.testing.Trees;

/**
 * Random sequences of the edits a writer makes (words added and taken out, titles, dates, tags,
 * topics, new, deleted and renamed articles, translations, drafts, links to articles and to
 * headings, footnotes, aliases, update dates, page bundles and their files, a topic's title, a
 * page, UI strings, the configuration and the base URL's path, a third language (Persian) added
 * and removed, building with and without {@code --drafts}, a static file, a broken file mended
 * later), each followed by a build: a rebuild through the CLI with its caches, and one through each
 * pipeline kept across builds in one process, the preview's and {@code build --watch}'s. Each fails where a clean build of the same sources fails, leaving its output
 * as it was, and otherwise makes byte for byte what the clean build makes; the CLI reports the
 * same warnings. The seeds fix the sequences, so a failure names the edits that led to it and
 * happens again.
 */
class RandomEditsTest {
    private static final int STEPS = 14;
    private static final String[] AR_WORDS = {"التحالف", "الدولي", "داعش", "العراق", "سوريا", "الموصل", "الرقة",
        "اجتماع", "وزراء", "الخارجية", "أفريقيا", "الساحل", "مراكش", "روما", "بيان", "مشترك", "الإرهاب", "الأمن",
        "الاستقرار", "المساعدات", "الإنسانية", "اللاجئين", "الحدود", "القوات", "التدريب", "المقاتلين", "الأجانب",
        "التمويل", "الدعاية", "الرقمية", "الشركاء", "واشنطن", "بغداد", "دمشق", "النيجر", "مالي", "نيجيريا",
        "الصومال", "موزمبيق", "الكونغو"};
    private static final String[] EN_WORDS = {"coalition", "global", "defeat", "iraq", "syria", "mosul", "raqqa",
        "meeting", "ministers", "foreign", "africa", "sahel", "marrakech", "rome", "statement", "joint", "terrorism",
        "security", "stability", "aid", "humanitarian", "refugees", "borders", "forces", "training", "fighters",
        "foreign", "financing", "propaganda", "online", "partners", "washington", "baghdad", "damascus", "niger",
        "mali", "nigeria", "somalia", "mozambique", "congo"};
    private static final String[] FA_WORDS = {"ائتلاف", "بین‌المللی", "داعش", "عراق", "سوریه", "موصل", "نشست",
        "وزیران", "خارجه", "آفریقا", "ساحل", "مراکش", "بیانیه", "امنیت", "ثبات", "کمک", "پناهندگان", "مرز", "نیروها",
        "آموزش"};
    private static final String[] FA_TAGS = {"عراق", "سوریه", "آفریقا", "نشست‌ها"};
    private static final String[] AR_TAGS = {"العراق", "سوريا", "أفريقيا", "اجتماعات", "بيانات", "مراكش"};
    private static final String[] EN_TAGS = {"iraq", "syria", "africa", "meetings", "statements", "marrakech"};
    private static final String[] TOPICS = {"coalition-meetings", "africa-expansion", "iraq-syria"};

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 23, 37})
    void rebuildsAfterRandomEditsFailOrSucceedAsACleanBuildAndMakeItsBytes(long seed) throws IOException {
        Random random = new Random(seed);
        Sources sources = Sources.initial(random);
        TestSite cli = sources.writeTo(dir.resolve("cli"));
        List<Kept> kept = List.of(new Kept("preview", sources.writeTo(dir.resolve("preview")), BuildPipeline.forPreview(false)),
                new Kept("watch", sources.writeTo(dir.resolve("watch")), BuildPipeline.forWatch(Progress.NONE)));
        List<String> history = new ArrayList<>();
        for (int step = 0; step <= STEPS; step++) {
            if (step > 0) {
                SortedMap<String, String> before = sources.files();
                history.add(step + ". " + sources.edit(random));
                sources.applyChanges(before, cli);
                for (Kept k : kept) {
                    sources.applyChanges(before, k.site());
                }
            }
            String context = "seed " + seed + ", after:\n" + String.join("\n", history) + "\n";
            TestSite clean = sources.writeTo(dir.resolve("clean" + step));
            String[] drafts = sources.drafts ? new String[] {"--drafts"} : new String[0];
            TestSite.Run cleanRun = clean.build(drafts);

            SortedMap<String, byte[]> cliBefore = treeOrEmpty(cli.output());
            TestSite.Run cliRun = cli.build(drafts);
            assertEquals(cleanRun.exitCode(), cliRun.exitCode(), context + "the CLI rebuild's exit code: " + cliRun.all()
                    + "\nthe clean build's: " + cleanRun.all());
            assertEquals(warnings(cleanRun), warnings(cliRun), context + "a rebuild reports the warnings of every file, as a clean build does");

            List<SortedMap<String, byte[]>> keptBefore = new ArrayList<>();
            for (Kept k : kept) {
                keptBefore.add(treeOrEmpty(k.site().output()));
                boolean failed = false;
                try {
                    k.pipeline().build(new BuildOptions(k.site().root(), k.site().output(), null, sources.drafts));
                    k.pipeline().finishSaving(Duration.ofSeconds(60));
                } catch (BuildFailure e) {
                    failed = true;
                }
                assertEquals(cleanRun.exitCode() != 0, failed, context + "the " + k.name() + " pipeline failed where a clean build "
                        + (cleanRun.exitCode() != 0 ? "failed: " + cleanRun.all() : "did not"));
            }

            try {
                if (cleanRun.exitCode() == 0) {
                    SortedMap<String, byte[]> expected = Trees.read(clean.output());
                    Trees.assertIdentical(expected, Trees.read(cli.output()));
                    for (Kept k : kept) {
                        Trees.assertIdentical(expected, Trees.read(k.site().output()));
                    }
                } else { // a failed build leaves the last good output as it was
                    Trees.assertIdentical(cliBefore, treeOrEmpty(cli.output()));
                    for (int i = 0; i < kept.size(); i++) {
                        Trees.assertIdentical(keptBefore.get(i), treeOrEmpty(kept.get(i).site().output()));
                    }
                }
            } catch (AssertionError e) {
                throw new AssertionError(context + e.getMessage(), e);
            }
        }
    }

    /** A copy of the sources built by one pipeline kept across the sequence. */
    private record Kept(String name, TestSite site, BuildPipeline pipeline) {
    }

    /**
     * The sources as data: the site's settings, its articles, a topic's and a page's text, written
     * out as files. Each edit changes the data and returns what it did, in words.
     */
    private static final class Sources {
        private static final Pattern HEADING_ID = Pattern.compile("\\{#(s\\d+)\\}");
        private final Map<String, Article> articles = new TreeMap<>(); // by "lang/name"
        private int pageSize = 2;
        private int related = 3;
        private boolean hideOtherLanguage;
        private String homeLabel; // templates/i18n/ar.properties: nav.home, or none
        private String staticMark; // static/img/mark.svg's text, or none
        private String topicTitle = "اجتماعات التحالف"; // content/ar/topics/coalition-meetings.md
        private String about; // content/ar/pages/about.md's text, or none
        private String broken; // "lang/name" of an article whose file is broken this step, or none
        private String basePath = ""; // of the base URL
        private boolean drafts; // built with --drafts
        private boolean persian; // fa in site.yaml (its articles are deleted with it)
        private int names;

        static Sources initial(Random random) {
            Sources sources = new Sources();
            sources.persian = random.nextBoolean();
            for (int i = 0; i < 12; i++) {
                Article ar = sources.newArticle("ar", random);
                if (i % 3 != 2) {
                    sources.put(ar.translated("en", random));
                }
                if (sources.persian && i % 3 == 1) {
                    sources.put(ar.translated("fa", random));
                }
            }
            return sources;
        }

        private Article newArticle(String lang, Random random) {
            Article article = new Article(lang, "a" + (names++), title(lang, random), date(random), pick(tags(lang), random),
                    pick(TOPICS, random), paragraphs(lang, random), false, List.of(), null);
            put(article); // before its link is chosen: it may link to itself
            put(article.withParagraphs(withLink(article.paragraphs(), lang, random)));
            return articles.get(lang + "/" + article.name());
        }

        private void put(Article article) {
            articles.put(article.lang() + "/" + article.name(), article);
        }

        /** One random edit; returns what it was. */
        String edit(Random random) {
            String mended = "";
            if (broken != null) {
                mended = "mended " + broken + ", then ";
                broken = null;
            }
            List<Article> all = new ArrayList<>(articles.values());
            Article a = all.get(random.nextInt(all.size()));
            String key = a.lang() + "/" + a.name();
            return mended + switch (random.nextInt(26)) {
                case 0, 1 -> {
                    put(a.withParagraph(sentence(a.lang(), random)));
                    yield "added a paragraph to " + key;
                }
                case 2 -> {
                    List<String> fewer = new ArrayList<>(a.paragraphs());
                    fewer.set(random.nextInt(fewer.size()), sentence(a.lang(), random));
                    if (fewer.size() > 1) {
                        fewer.remove(0);
                    }
                    put(a.withParagraphs(fewer));
                    yield "rewrote " + key + " (words taken out)";
                }
                case 3 -> {
                    put(a.withTitle(title(a.lang(), random)));
                    yield "retitled " + key;
                }
                case 4 -> {
                    put(a.withDate(date(random)));
                    yield "redated " + key;
                }
                case 5 -> {
                    put(a.withTags(pick(tags(a.lang()), random)));
                    yield "retagged " + key;
                }
                case 6 -> {
                    put(a.withTopics(pick(TOPICS, random)));
                    yield "moved " + key + " between topics";
                }
                case 7 -> {
                    articles.remove(key);
                    yield "deleted " + key;
                }
                case 8 -> {
                    Article added = newArticle(persian && random.nextInt(3) == 0 ? "fa" : random.nextInt(4) == 0 ? "en" : "ar", random);
                    yield "added " + added.lang() + "/" + added.name();
                }
                case 9 -> {
                    articles.remove(key);
                    Article renamed = a.withName("a" + (names++));
                    put(renamed);
                    yield "renamed " + key + " to " + renamed.name();
                }
                case 10 -> {
                    String other = persian && random.nextBoolean() && !a.lang().equals("fa") ? "fa" : a.lang().equals("ar") ? "en" : "ar";
                    String translation = other + "/" + a.name();
                    if (articles.remove(translation) != null) {
                        yield "deleted the translation " + translation;
                    }
                    put(a.translated(other, random));
                    yield "translated " + key;
                }
                case 11 -> {
                    if (random.nextInt(4) == 0) {
                        drafts = !drafts;
                        yield drafts ? "built with --drafts from now on" : "built without --drafts from now on";
                    }
                    put(a.withDraft(!a.draft()));
                    yield (a.draft() ? "published " : "made a draft of ") + key;
                }
                case 12 -> {
                    put(a.withParagraphs(withLink(a.paragraphs(), a.lang(), random)));
                    yield "linked " + key + " to another article";
                }
                case 13 -> {
                    pageSize = 2 + random.nextInt(3);
                    related = random.nextInt(4);
                    hideOtherLanguage = random.nextBoolean();
                    basePath = random.nextBoolean() ? "archive/" : "";
                    String languages = "";
                    if (random.nextInt(3) == 0) {
                        persian = !persian;
                        if (!persian) {
                            articles.keySet().removeIf(k -> k.startsWith("fa/"));
                        }
                        languages = persian ? ", added Persian" : ", removed Persian and its articles";
                    }
                    yield "configured pageSize " + pageSize + ", related " + related + (hideOtherLanguage ? ", other languages hidden" : "")
                            + ", base path '/" + basePath + "'" + languages;
                }
                case 14 -> {
                    homeLabel = homeLabel == null ? AR_WORDS[random.nextInt(AR_WORDS.length)] : null;
                    yield homeLabel == null ? "removed the site's Arabic UI strings" : "renamed the home link " + homeLabel;
                }
                case 15 -> {
                    staticMark = staticMark == null || random.nextBoolean() ? "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>"
                            + random.nextInt(1000) + "</title></svg>\n" : null;
                    yield staticMark == null ? "deleted static/img/mark.svg" : "wrote static/img/mark.svg";
                }
                case 16 -> {
                    put(a.withParagraph("## " + word(a.lang(), random) + " {#s" + (names++) + "}\n\n" + sentence(a.lang(), random)));
                    yield "added a heading with its own id to " + key;
                }
                case 17 -> {
                    List<String> anchors = new ArrayList<>();
                    articles.values().stream().filter(t -> t.lang().equals(a.lang())).forEach(t -> {
                        Matcher id = HEADING_ID.matcher(String.join("\n", t.paragraphs()));
                        while (id.find()) {
                            anchors.add(t.name() + ".md#" + id.group(1));
                        }
                    });
                    String target = anchors.isEmpty() ? "#nowhere" : anchors.get(random.nextInt(anchors.size()));
                    put(a.withParagraph(sentence(a.lang(), random) + " [" + word(a.lang(), random) + "](" + target + ")"));
                    yield "linked " + key + " to the heading " + target;
                }
                case 18 -> {
                    put(a.withParagraph("![" + word(a.lang(), random) + "](/img/mark.svg)"));
                    yield "showed static/img/mark.svg in " + key;
                }
                case 19 -> {
                    boolean has = a.extra().stream().anyMatch(l -> l.startsWith("aliases:"));
                    put(a.withExtra("aliases:", has ? null : "aliases: [/old/" + a.lang() + "-" + a.name() + "/]\n"));
                    yield (has ? "took the alias out of " : "gave an alias to ") + key;
                }
                case 20 -> {
                    boolean has = a.extra().stream().anyMatch(l -> l.startsWith("updated:"));
                    put(a.withExtra("updated:", has ? null : "updated: 2025-0" + (1 + random.nextInt(9)) + "-15\n"));
                    yield (has ? "took the update date out of " : "gave an update date to ") + key;
                }
                case 21 -> {
                    put(a.withParagraph(sentence(a.lang(), random) + "[^n]\n\n[^n]: " + sentence(a.lang(), random)));
                    yield "added a footnote to " + key;
                }
                case 22 -> {
                    put(a.withCover(a.cover() == null || random.nextBoolean()
                            ? "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>" + random.nextInt(1000) + "</title></svg>\n" : null)
                            .withParagraphs(a.cover() == null ? withCoverShown(a.paragraphs()) : a.paragraphs().stream()
                                    .filter(p -> !p.contains("(cover.svg)")).toList()));
                    yield (a.cover() == null ? "made a page bundle with a cover of " : "changed the bundle of ") + key;
                }
                case 23 -> {
                    String other = a.lang().equals("ar") ? "en" : "ar";
                    put(a.withParagraph("[" + other + "](../../" + other + "/articles/" + a.name() + ".md)"));
                    yield "linked " + key + " to its translation's address";
                }
                case 24 -> {
                    topicTitle = title("ar", random);
                    yield "retitled the topic coalition-meetings";
                }
                default -> {
                    if (random.nextInt(3) == 0) {
                        broken = key;
                        yield "broke the front matter of " + key;
                    }
                    about = about == null || random.nextBoolean() ? "---\ntitle: " + title("ar", random) + "\n---\n" + sentence("ar", random) + "\n" : null;
                    yield about == null ? "deleted the page about" : "wrote the page about";
                }
            };
        }

        private static List<String> withCoverShown(List<String> paragraphs) {
            List<String> shown = new ArrayList<>(paragraphs);
            shown.add("![cover](cover.svg)");
            return shown;
        }

        /** Every source file's text by its path. */
        SortedMap<String, String> files() {
            SortedMap<String, String> files = new TreeMap<>();
            files.put("site.yaml", TestSite.siteYaml().replace("topics: [coalition-meetings]", "topics: [" + String.join(", ", TOPICS) + "]")
                    .replace("baseURL: https://example.org/", "baseURL: https://example.org/" + basePath)
                    .replace("title: {ar: موقع, en: Site}", persian ? "title: {ar: موقع, en: Site, fa: سایت}" : "title: {ar: موقع, en: Site}")
                    .replace("weight: 2}\n", persian ? "weight: 2}\n  - {code: fa, name: فارسی, direction: rtl, locale: fa, weight: 3, numerals: arabext, calendar: persian}\n" : "weight: 2}\n")
                    + "pageSize: " + pageSize + "\nrelated: " + related + "\notherLanguageArticles: " + (hideOtherLanguage ? "hide" : "marker")
                    + "\nlinks: {broken: warning}\n");
            for (var entry : articles.entrySet()) {
                Article article = entry.getValue();
                files.put(article.path(), entry.getKey().equals(broken) ? "---\ntitle: [unclosed\n---\n" : article.text());
                if (article.cover() != null) {
                    files.put(article.path().replace("index.md", "cover.svg"), article.cover());
                }
            }
            files.put("content/ar/topics/coalition-meetings.md", "---\ntitle: " + topicTitle + "\n---\nمقدمة الموضوع.\n");
            if (about != null) {
                files.put("content/ar/pages/about.md", about);
            }
            if (homeLabel != null) {
                files.put("templates/i18n/ar.properties", "nav.home=" + homeLabel + "\n");
            }
            if (staticMark != null) {
                files.put("static/img/mark.svg", staticMark);
            }
            return files;
        }

        /** The sources written out under {@code root}. */
        TestSite writeTo(Path root) {
            TestSite site = TestSite.of(root);
            files().forEach(site::write);
            return site;
        }

        /** Brings a copy of the sources as they were ({@code before}) to what they are now, file by file. */
        void applyChanges(SortedMap<String, String> before, TestSite site) throws IOException {
            SortedMap<String, String> now = files();
            for (String path : before.keySet()) {
                if (!now.containsKey(path)) {
                    Files.delete(site.root().resolve(path));
                    Path folder = site.root().resolve(path).getParent();
                    try (Stream<Path> left = Files.list(folder)) {
                        if (left.findAny().isEmpty()) {
                            Files.delete(folder); // a bundle's folder, once its files are gone
                        }
                    }
                }
            }
            now.forEach((path, text) -> {
                if (!text.equals(before.get(path))) {
                    site.write(path, text);
                }
            });
        }

        private List<String> withLink(List<String> paragraphs, String lang, Random random) {
            List<String> targets = articles.values().stream().filter(t -> t.lang().equals(lang)).map(Article::name).toList();
            if (targets.isEmpty()) {
                return paragraphs;
            }
            List<String> linked = new ArrayList<>(paragraphs);
            String target = targets.get(random.nextInt(targets.size()));
            linked.add(sentence(lang, random) + " [" + word(lang, random) + "](" + target + ".md)");
            return linked;
        }
    }

    /**
     * One article's front matter and paragraphs; {@code extra} holds more front matter lines, and
     * a {@code cover} makes it a page bundle (a folder with {@code index.md} and {@code cover.svg}).
     */
    private record Article(String lang, String name, String title, String date, List<String> tags, List<String> topics,
            List<String> paragraphs, boolean draft, List<String> extra, String cover) {
        String path() {
            return "content/" + lang + "/articles/" + name + (cover == null ? ".md" : "/index.md");
        }

        String text() {
            return "---\ntitle: \"" + title + "\"\ndate: " + date + "\ntags: [" + String.join(", ", tags) + "]\ntopics: ["
                    + String.join(", ", topics) + "]\n" + (draft ? "draft: true\n" : "") + String.join("", extra) + "---\n\n"
                    + String.join("\n\n", paragraphs) + "\n";
        }

        Article withName(String renamed) {
            return new Article(lang, renamed, title, date, tags, topics, paragraphs, draft, extra, cover);
        }

        Article withTitle(String retitled) {
            return new Article(lang, name, retitled, date, tags, topics, paragraphs, draft, extra, cover);
        }

        Article withDate(String redated) {
            return new Article(lang, name, title, redated, tags, topics, paragraphs, draft, extra, cover);
        }

        Article withTags(List<String> retagged) {
            return new Article(lang, name, title, date, retagged, topics, paragraphs, draft, extra, cover);
        }

        Article withTopics(List<String> moved) {
            return new Article(lang, name, title, date, tags, moved, paragraphs, draft, extra, cover);
        }

        Article withParagraphs(List<String> replaced) {
            return new Article(lang, name, title, date, tags, topics, List.copyOf(replaced), draft, extra, cover);
        }

        Article withParagraph(String added) {
            List<String> more = new ArrayList<>(paragraphs);
            more.add(added);
            return withParagraphs(more);
        }

        Article withDraft(boolean drafted) {
            return new Article(lang, name, title, date, tags, topics, paragraphs, drafted, extra, cover);
        }

        /** With the front matter line starting with {@code key} replaced by {@code line}, or taken out when {@code line} is null. */
        Article withExtra(String key, String line) {
            List<String> lines = new ArrayList<>(extra.stream().filter(l -> !l.startsWith(key)).toList());
            if (line != null) {
                lines.add(line);
            }
            return new Article(lang, name, title, date, tags, topics, paragraphs, draft, List.copyOf(lines), cover);
        }

        Article withCover(String svg) {
            return new Article(lang, name, title, date, tags, topics, paragraphs, draft, extra, svg);
        }

        Article translated(String into, Random random) {
            return new Article(into, name, RandomEditsTest.title(into, random), date, pick(RandomEditsTest.tags(into), random), topics,
                    RandomEditsTest.paragraphs(into, random), false, List.of(), null);
        }
    }

    private static String[] tags(String lang) {
        return switch (lang) {
            case "ar" -> AR_TAGS;
            case "fa" -> FA_TAGS;
            default -> EN_TAGS;
        };
    }

    private static String word(String lang, Random random) {
        String[] words = switch (lang) {
            case "ar" -> AR_WORDS;
            case "fa" -> FA_WORDS;
            default -> EN_WORDS;
        };
        return words[random.nextInt(words.length)];
    }

    private static String sentence(String lang, Random random) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 4 + random.nextInt(12); i > 0; i--) {
            sentence.append(word(lang, random)).append(i > 1 ? " " : ".");
        }
        return sentence.toString();
    }

    private static String title(String lang, Random random) {
        return word(lang, random) + " " + word(lang, random) + " " + word(lang, random);
    }

    private static List<String> paragraphs(String lang, Random random) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            paragraphs.add(sentence(lang, random));
        }
        return List.copyOf(paragraphs);
    }

    private static String date(Random random) {
        return String.format("202%d-%02d-%02d", random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    /** One to three of {@code choices}, in their order. */
    private static List<String> pick(String[] choices, Random random) {
        List<String> picked = new ArrayList<>();
        int first = random.nextInt(choices.length);
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            String choice = choices[(first + i * 2) % choices.length];
            if (!picked.contains(choice)) {
                picked.add(choice);
            }
        }
        return List.copyOf(picked);
    }

    /** The warnings a CLI run printed (each names its file relative to the site), sorted. */
    private static List<String> warnings(TestSite.Run run) {
        return run.all().lines().filter(line -> line.contains(": warning: ")).sorted().toList();
    }

    private static SortedMap<String, byte[]> treeOrEmpty(Path root) {
        return Files.isDirectory(root) ? Trees.read(root) : new TreeMap<>();
    }
}
