import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Benchmark corpus generator: a deterministic bilingual Warraq (or Hugo) site of N articles.
 *
 * <p>Usage: {@code java bench/Generate.java N DIR [--seed S] [--format warraq|hugo]} from the
 * repository root (or through {@code bench/generate}). Arabic text is drawn from the repository's
 * Arabic articles, English text from their English translations; about 70% of the articles are
 * translated. Every article has 1–2 of the 3 topics, 2–5 of 200 tags per language, a summary and
 * 1–3 internal links to other generated articles in the same language. Same N and seed, same bytes.
 *
 * <p>Kept out of the generator's own packages on purpose: it is a tool for measuring Warraq, and
 * it runs as a single source file without the jar.
 */
public final class Generate {
    static final String[] TOPICS = {"coalition-meetings", "africa-expansion", "iraq-syria"};
    static final int TAG_COUNT = 200;
    static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

    record Text(List<String> paragraphs, List<String> headings, List<String> words) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java bench/Generate.java N DIR [--seed S] [--format warraq|hugo]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        long seed = 9;
        String format = "warraq";
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--format" -> format = args[++i];
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        Path repo = repositoryRoot();
        Text ar = readText(repo.resolve("content/ar/articles"));
        Text en = readText(repo.resolve("content/en/articles"));
        List<String> arTags = tags(ar.words(), new Random(seed));
        List<String> enTags = tags(en.words(), new Random(seed + 1));
        boolean hugo = format.equals("hugo");

        // Files that already hold what they would be written with stay as they were, and only files
        // no longer generated are deleted: removing and writing 17,000 files right before a cold
        // build made it pay for the file system's handling of recently deleted inodes (ext4
        // without a journal skips them when it allocates new ones, for a minute or more).
        Files.createDirectories(out);
        boolean[] translated = new boolean[n];
        for (int i = 0; i < n; i++) {
            translated[i] = new Random(seed * 31 + i).nextInt(100) < 70;
        }
        List<Integer> english = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (translated[i]) {
                english.add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            Random r = new Random(seed * 1_000_003L + i);
            Article a = Article.draw(i, n, r, translated[i], english);
            write(out, "ar", a, ar, arTags, new Random(seed * 7 + i), a.arLinks(), hugo);
            if (translated[i]) {
                write(out, "en", a, en, enTags, new Random(seed * 11 + i), a.enLinks(), hugo);
            }
        }
        if (hugo) {
            HugoSite.write(repo, out);
        } else {
            copySiteFiles(repo, out);
        }
        deleteOthers(out); // a cache or an output inside it too: the next build is a cold one
        System.out.printf("generated %d articles (%d translated) in %s (%s)%n", n, english.size(), out, format);
    }

    /** What an article is, independent of its language: date, topics, tag picks, link targets. */
    record Article(int index, LocalDate date, List<String> topics, int[] tagPicks, int paragraphs,
                   List<Integer> arLinks, List<Integer> enLinks) {
        static Article draw(int i, int n, Random r, boolean translated, List<Integer> english) {
            LocalDate date = LocalDate.of(2014, 6, 1).plusDays(r.nextInt(365 * 10));
            Set<String> topics = new LinkedHashSet<>();
            int topicCount = 1 + r.nextInt(2);
            while (topics.size() < topicCount) {
                topics.add(TOPICS[r.nextInt(TOPICS.length)]);
            }
            int[] tags = r.ints(2 + r.nextInt(4), 0, TAG_COUNT).distinct().toArray();
            int paragraphs = 4 + r.nextInt(9);
            int linkCount = 1 + r.nextInt(3);
            List<Integer> ar = new ArrayList<>();
            List<Integer> en = new ArrayList<>();
            for (int k = 0; k < linkCount && n > 1; k++) {
                ar.add(other(i, n, r));
                if (translated && english.size() > 1) {
                    int target;
                    do {
                        target = english.get(r.nextInt(english.size()));
                    } while (target == i);
                    en.add(target);
                }
            }
            return new Article(i, date, List.copyOf(topics), tags, paragraphs, ar, en);
        }

        static int other(int i, int n, Random r) {
            int target = r.nextInt(n - 1);
            return target >= i ? target + 1 : target;
        }
    }

    static String name(int index) {
        return String.format("a-%05d", index);
    }

    static void write(Path out, String lang, Article a, Text text, List<String> tagNames, Random r,
                      List<Integer> links, boolean hugo) throws IOException {
        StringBuilder md = new StringBuilder("---\n");
        String title = sentence(text.words(), r, 5 + r.nextInt(6)) + " " + (a.index() + 1);
        md.append("title: ").append(quote(title)).append('\n');
        md.append("date: ").append(a.date()).append('\n');
        md.append("author: ").append(quote(sentence(text.words(), r, 2))).append('\n');
        if (hugo) {
            md.append("slug: ").append(name(a.index())).append('\n');
            md.append("translationKey: ").append(name(a.index())).append('\n');
        }
        md.append("topics: [").append(String.join(", ", a.topics())).append("]\n");
        md.append("tags: [");
        for (int k = 0; k < a.tagPicks().length; k++) {
            md.append(k > 0 ? ", " : "").append(quote(tagNames.get(a.tagPicks()[k])));
        }
        md.append("]\n");
        md.append("summary: ").append(quote(sentence(text.words(), r, 18 + r.nextInt(12)) + ".")).append('\n');
        md.append("---\n\n");
        List<String> body = new ArrayList<>();
        for (int p = 0; p < a.paragraphs(); p++) {
            body.add(text.paragraphs().get(r.nextInt(text.paragraphs().size())));
        }
        for (int link : links) {
            int p = r.nextInt(body.size());
            String anchor = sentence(text.words(), r, 2 + r.nextInt(3));
            String target = hugo ? "{{< ref \"/articles/" + name(link) + "\" >}}" : name(link) + ".md";
            body.set(p, body.get(p) + " [" + anchor + "](" + target + ")");
        }
        for (int p = 0; p < body.size(); p++) {
            if (p > 0 && p % 4 == 0) {
                md.append("## ").append(text.headings().get(r.nextInt(text.headings().size()))).append("\n\n");
            }
            md.append(body.get(p)).append("\n\n");
        }
        Path file = hugo
                ? out.resolve("content/articles/" + name(a.index()) + "." + lang + ".md")
                : out.resolve("content/" + lang + "/articles/" + name(a.index()) + ".md");
        Files.createDirectories(file.getParent());
        put(file, md.toString());
    }

    static String sentence(List<String> words, Random r, int count) {
        int start = r.nextInt(Math.max(1, words.size() - count));
        return String.join(" ", words.subList(start, Math.min(words.size(), start + count)));
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** 200 distinct tags per language: single words of four letters or more from the text, in a seeded order. */
    static List<String> tags(List<String> words, Random r) {
        List<String> candidates = new ArrayList<>(new LinkedHashSet<>(words.stream()
                .filter(w -> w.codePoints().allMatch(Character::isLetter) && w.length() >= 4)
                .toList()));
        candidates.sort(Comparator.naturalOrder());
        java.util.Collections.shuffle(candidates, r);
        List<String> tags = new ArrayList<>(candidates.subList(0, Math.min(TAG_COUNT, candidates.size())));
        for (int k = tags.size(); k < TAG_COUNT; k++) {
            tags.add(candidates.get(k % candidates.size()) + "-" + k);
        }
        return tags;
    }

    /** Paragraphs, headings and words of the seed articles, with links, emphasis and quotes removed. */
    static Text readText(Path dir) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String body = Files.readString(file, StandardCharsets.UTF_8);
                body = body.substring(body.indexOf("\n---", 3) + 4);
                for (String block : body.split("\n\\s*\n")) {
                    String clean = LINK.matcher(block.strip()).replaceAll("$1")
                            .replace("*", "").replace("_", " ").replace("#", "").strip();
                    if (block.strip().startsWith("## ")) {
                        headings.add(clean);
                    } else if (clean.length() > 40 && !clean.startsWith("|") && !clean.startsWith(">")) {
                        paragraphs.add(clean.replace('\n', ' '));
                    }
                }
            }
        }
        List<String> words = new ArrayList<>();
        for (String p : paragraphs) {
            for (String w : p.split("\\s+")) {
                String word = w.replaceAll("[\"“”«»()\\[\\]:;,.،؛؟?!]", "");
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return new Text(paragraphs, headings, words);
    }

    /** site.yaml and the topic and page files of the repository, links to its articles removed. */
    static void copySiteFiles(Path repo, Path out) throws IOException {
        String yaml = Files.readString(repo.resolve("site.yaml"), StandardCharsets.UTF_8)
                .replace("baseURL: https://warraq.example.org/", "baseURL: https://bench.example.org/");
        put(out.resolve("site.yaml"), yaml);
        for (String lang : List.of("ar", "en")) {
            for (String kind : List.of("topics", "pages")) {
                Path from = repo.resolve("content/" + lang + "/" + kind);
                Path to = out.resolve("content/" + lang + "/" + kind);
                Files.createDirectories(to);
                try (Stream<Path> files = Files.list(from)) {
                    for (Path file : files.sorted().toList()) {
                        String text = LINK.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("$1");
                        put(to.resolve(file.getFileName()), text);
                    }
                }
            }
        }
    }

    static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("content/ar/articles")) && Files.exists(p.resolve("bench"))) {
                return p;
            }
        }
        throw new IllegalStateException("run from the Warraq repository (content/ar/articles not found above " + here + ")");
    }

    /** Every file this run generated. */
    static final java.util.Set<Path> GENERATED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Writes {@code text} to {@code file} unless it holds exactly that already. */
    static void put(Path file, String text) throws IOException {
        GENERATED.add(file.toAbsolutePath().normalize());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    /** Deletes the files under {@code dir} that this run did not generate, and folders left empty. */
    static void deleteOthers(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> children = Files.list(p)) {
                        if (children.findAny().isEmpty() && !p.equals(dir)) {
                            Files.delete(p);
                        }
                    }
                } else if (!GENERATED.contains(p.toAbsolutePath().normalize())) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The same corpus as a Hugo site: one content tree, language in the file name, a minimal theme. */
    static final class HugoSite {
        static void write(Path repo, Path out) throws IOException {
            put(out.resolve("hugo.toml"), """
                    baseURL = "https://bench.example.org/"
                    defaultContentLanguage = "ar"
                    defaultContentLanguageInSubdir = true
                    paginate = 10
                    [taxonomies]
                      tag = "tags"
                      topic = "topics"
                    [languages.ar]
                      languageName = "العربية"
                      languageDirection = "rtl"
                      weight = 1
                      title = "أرشيف"
                    [languages.en]
                      languageName = "English"
                      languageDirection = "ltr"
                      weight = 2
                      title = "Archive"
                    [related]
                      includeNewer = true
                      threshold = 80
                      toLower = false
                      [[related.indices]]
                        name = "tags"
                        weight = 100
                      [[related.indices]]
                        name = "topics"
                        weight = 50
                    """);
            Path layouts = out.resolve("layouts/_default");
            Files.createDirectories(layouts);
            put(layouts.resolve("baseof.html"), """
                    <!doctype html>
                    <html lang="{{ .Site.Language.Lang }}" dir="{{ .Site.Language.LanguageDirection }}">
                    <head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
                    <meta name="description" content="{{ .Summary | plainify }}">
                    {{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}
                    </head>
                    <body><nav>{{ range .Site.Menus.main }}{{ .Name }}{{ end }}
                    {{ range .Site.Taxonomies.topics }}<a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a>{{ end }}</nav>
                    <main>{{ block "main" . }}{{ end }}</main></body></html>
                    """);
            put(layouts.resolve("single.html"), """
                    {{ define "main" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02" }}</time>
                    {{ .TableOfContents }}{{ .Content }}
                    <ul>{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
                    {{ with .Site.RegularPages.Related . | first 3 }}<h2>Related</h2><ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
                    {{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
                    {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
                    </article>{{ end }}
                    """);
            put(layouts.resolve("list.html"), """
                    {{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary }}</li>{{ end }}</ol>
                    {{ template "_internal/pagination.html" . }}{{ end }}
                    """);
            put(layouts.resolve("terms.html"), """
                    {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
                    """);
        }
    }
}
