import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Edit-to-reload latency of {@code warraq serve}: copies a site to a temporary folder, serves it,
 * listens to the live-reload stream like a browser, then edits one article N times and measures
 * from just before each write to the arrival of the reload event.
 *
 * <p>Usage, from the repository root: {@code java bench/ServeLatency.java SITE_DIR [--edits N]
 * [--file content/ar/articles/x.md] [--title | --date | --delete] [--pause MS] [--jar target/warraq.jar] [--refresh]}. Edits are
 * {@code --pause} ms apart (1500 by default). The server is started
 * with the {@code ./warraq} launcher (its heap cap and class-data archive, as an author runs it),
 * or with plain {@code java -jar JAR} when {@code --jar} is given. Each edit appends a
 * sentence to the body; with {@code --title} it changes the article's title instead (the article
 * then changes in every list, neighbour and related section that shows it); with {@code --date} it
 * sets the article's date to 2019-01-01 and back, edit by edit (the article then moves in its lists,
 * its related lists and the search index's ids, and every edit takes a full build); with {@code --delete} it
 * deletes the article and writes it back, edit by edit (a deleted and a new article; give an
 * article no other links to with {@code --file}, or the build fails). Prints one line per edit (with the
 * server's own log line: its time from the change seen to the event sent, and the build's stages)
 * and min / median / max. With {@code --refresh} it also waits, after each edit, for the full
 * build that follows the quick path in the background ("refreshed in … ms": related articles and
 * the search index brought up to date) before the next pause, and reports those times too.
 *
 * <p>With {@code --watch} it runs {@code warraq build --watch} instead of the server, with the
 * output in the copy's {@code site/}, and measures from just before each write to the line the
 * command prints once the output is written again ("Rebuilt …").
 */
public final class ServeLatency {
    private static final Pattern SERVING = Pattern.compile("at http://[^:]+:(\\d+)/");
    private static final Pattern REFRESHED = Pattern.compile("^refreshed in (\\d+) ms");

    record Event(String name, long nanos) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java bench/ServeLatency.java SITE_DIR [--edits N] [--file REL] [--title | --date | --delete] [--pause MS] [--jar JAR] [--refresh | --watch]");
            System.exit(2);
        }
        Path site = Path.of(args[0]);
        int edits = 5;
        String file = null;
        Path jar = null;
        boolean title = false;
        boolean date = false;
        boolean delete = false;
        boolean refresh = false;
        boolean watch = false;
        long pause = 1500;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--edits" -> edits = Integer.parseInt(args[++i]);
                case "--file" -> file = args[++i];
                case "--jar" -> jar = Path.of(args[++i]);
                case "--title" -> title = true;
                case "--date" -> date = true;
                case "--delete" -> delete = true;
                case "--refresh" -> refresh = true;
                case "--watch" -> watch = true;
                case "--pause" -> pause = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (delete && file == null) {
            System.err.println("--delete needs --file: an article no other links to");
            System.exit(2);
        }
        Path copy = Files.createTempDirectory("warraq-latency-");
        for (String part : List.of("site.yaml", "content", "templates", "static")) {
            copyTree(site.resolve(part), copy.resolve(part));
        }
        Path article = copy.resolve(file != null ? file : firstArticle(copy));
        String original = Files.readString(article, StandardCharsets.UTF_8); // --date sets its date and back
        System.out.println("site " + site + " copied to " + copy + "; editing " + copy.relativize(article));

        long startedAt = System.nanoTime();
        List<String> command = new ArrayList<>(jar == null ? List.of("./warraq") : List.of("java", "-jar", jar.toString()));
        command.addAll(watch ? List.of("build", "--watch", "--source", copy.toString())
                : List.of("serve", "--source", copy.toString(), "--port", "0"));
        Process server = new ProcessBuilder(command)
                .redirectErrorStream(true).start();
        BlockingQueue<String> log = new LinkedBlockingQueue<>();
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Thread logger = new Thread(() -> lines(server, log, events), "server-log");
        logger.setDaemon(true);
        logger.start();
        int port = -1;
        while (port < 0) {
            String line = log.poll(30, TimeUnit.MINUTES);
            if (line != null && watch && line.startsWith("Watching")) {
                System.out.println("  server: " + line);
                break;
            }
            if (line == null || !server.isAlive() && log.isEmpty() && line.isEmpty()) {
                throw new IllegalStateException("the server did not start");
            }
            System.out.println("  server: " + line);
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
            }
        }
        System.out.printf("first build and start: %d ms%n", (System.nanoTime() - startedAt) / 1_000_000);

        try (Socket sse = watch ? null : listen(port, events)) {
            if (!watch) {
                await(events, "hello");
            }
            List<Long> millis = new ArrayList<>();
            List<Long> refreshes = new ArrayList<>();
            for (int i = 1; i <= edits; i++) {
                Thread.sleep(pause); // between saves, like a person typing
                String retitled = title ? Files.readString(article, StandardCharsets.UTF_8)
                        .replaceFirst("(?m)^title: .*$", "title: \"Latency edit " + i + "\"") : null;
                String redated = date ? original.replaceFirst("(?m)^date: .*$", i % 2 == 1 ? "date: 2019-01-01" : "$0") : null;
                long before = System.nanoTime();
                if (delete && i % 2 == 1) {
                    Files.delete(article);
                } else if (delete) {
                    Files.writeString(article, original, StandardCharsets.UTF_8);
                } else if (title) {
                    Files.writeString(article, retitled, StandardCharsets.UTF_8);
                } else if (date) {
                    Files.writeString(article, redated, StandardCharsets.UTF_8);
                } else {
                    Files.writeString(article, "\nEdit number " + i + " for the latency benchmark.\n", StandardCharsets.UTF_8,
                            StandardOpenOption.APPEND);
                }
                Event event = await(events, "reload");
                long ms = (event.nanos() - before) / 1_000_000;
                millis.add(ms);
                String serverLine = "";
                for (String line; (line = log.poll(2, TimeUnit.SECONDS)) != null; ) {
                    if (line.startsWith("rebuilt") || line.startsWith("updated") || line.startsWith("Rebuilt")) {
                        serverLine = line;
                        break;
                    }
                }
                System.out.printf("edit %d: %d ms saved → reload event | server: %s%n", i, ms, serverLine);
                if (refresh) {
                    String line;
                    do {
                        line = log.poll(10, TimeUnit.MINUTES);
                    } while (line != null && !line.startsWith("refreshed"));
                    Matcher m = line == null ? null : REFRESHED.matcher(line);
                    if (m == null || !m.find()) {
                        throw new IllegalStateException("no refresh after edit " + i);
                    }
                    refreshes.add(Long.parseLong(m.group(1)));
                    System.out.printf("  then %s%n", line);
                }
            }
            if (refresh) {
                List<Long> sorted = refreshes.stream().sorted().toList();
                System.out.printf("refreshes %d: first %d ms; min %d ms, median %d ms, max %d ms%n", sorted.size(),
                        refreshes.get(0), sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
            }
            millis.sort(Comparator.naturalOrder());
            System.out.printf("edits %d: min %d ms, median %d ms, max %d ms%n", millis.size(), millis.get(0),
                    millis.get(millis.size() / 2), millis.get(millis.size() - 1));
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
            deleteTree(copy);
        }
    }

    private static Socket listen(int port, BlockingQueue<Event> events) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port));
        socket.getOutputStream().write(("GET /__warraq/events HTTP/1.1\r\nHost: localhost:" + port + "\r\nOrigin: http://localhost:"
                + port + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            try {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("event: ")) {
                        events.add(new Event(line.substring(7), System.nanoTime()));
                    }
                }
            } catch (IOException e) {
                // closed
            }
        }, "sse");
        reader.setDaemon(true);
        reader.start();
        return socket;
    }

    private static Event await(BlockingQueue<Event> events, String name) throws InterruptedException {
        while (true) {
            Event event = events.poll(30, TimeUnit.MINUTES);
            if (event == null) {
                throw new IllegalStateException("no '" + name + "' event");
            }
            if (event.name().equals("problems")) {
                throw new IllegalStateException("the rebuild failed; see the server's output");
            }
            if (event.name().equals(name)) {
                return event;
            }
        }
    }

    /** The server's output, line by line; {@code build --watch}'s lines after a build as events ("reload", "problems"). */
    private static void lines(Process server, BlockingQueue<String> log, BlockingQueue<Event> events) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                long nanos = System.nanoTime();
                log.add(line);
                if (line.startsWith("Rebuilt ")) {
                    events.add(new Event("reload", nanos));
                } else if (line.startsWith("Build failed")) {
                    events.add(new Event("problems", nanos));
                }
            }
        } catch (IOException e) {
            // the server stopped
        }
    }

    private static String firstArticle(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("content/ar/articles"))) {
            return site.relativize(files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst().orElseThrow()).toString();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString()); // from itself for a file: to
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
