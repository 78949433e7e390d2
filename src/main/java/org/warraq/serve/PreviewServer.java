package org.warraq.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.warraq.build.BuildOptions;
import org.warraq.build.BuildPipeline;
import org.warraq.build.BuildReport;

/**
 * {@code warraq serve}: builds the site, serves the build over HTTP on a small socket server of its
 * own, watches the sources and swaps in each good rebuild. Requests are read with a timeout and
 * answered by a bounded pool; every answer closes its connection.
 */
public final class PreviewServer implements AutoCloseable {
    /** An editor's save is a few events within milliseconds; each millisecond here is one the author waits. */
    static final Duration DEBOUNCE = Duration.ofMillis(50);
    /** A stream of changes that never pauses is still built after this long. */
    static final Duration MAX_DEBOUNCE = Duration.ofSeconds(1);
    private static final int WORKERS = 32;
    private static final int READ_TIMEOUT_MILLIS = 10_000;

    private final ServerSocket socket;
    private final PreviewWorkDir workDir;
    private final PreviewBuilds builds;
    private final SiteVersions versions;
    private final ReloadEvents events = new ReloadEvents();
    private final LiveSite site;
    private final Router router;
    private final SiteWatcher watcher;
    private final Debouncer debouncer;
    private final ThreadPoolExecutor workers;
    private final Thread acceptor;
    private final String url;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Rebuilder rebuilder;

    private PreviewServer(ServeOptions options, PrintWriter log, PreviewBuilds builds, PreviewWorkDir workDir) throws IOException {
        this.socket = bind(options);
        this.url = "http://" + urlHost(options.bind()) + ":" + socket.getLocalPort() + "/";
        this.workDir = workDir;
        this.builds = builds;
        this.rebuilder = new Rebuilder(options.sourceDir(), workDir.path(), url, options.drafts(), builds);
        this.versions = new SiteVersions(rebuilder.empty());
        this.site = new LiveSite(rebuilder, builds, versions, events, log);
        this.router = new Router(new HostCheck(options.bind()), versions, events, site::problems);
        this.debouncer = new Debouncer(DEBOUNCE, MAX_DEBOUNCE, new HalfSaved(options.sourceDir()), site::rebuild);
        this.workers = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1024),
                daemonThreads("warraq-http"));
        workers.allowCoreThreadTimeOut(true);
        try {
            // Watch first, so nothing saved during the first build is missed; build on the rebuild
            // thread, so the first build and a rebuild never run at once.
            this.watcher = new SiteWatcher(options.sourceDir(), debouncer::changed);
            debouncer.runNow(site::initialBuild);
        } catch (RuntimeException e) {
            socket.close();
            debouncer.close();
            workers.shutdownNow();
            throw e;
        }
        this.acceptor = daemonThreads("warraq-accept").newThread(this::accept);
        acceptor.start();
    }

    /** Builds the site, starts serving it and watching its sources; messages go to {@code log}. */
    public static PreviewServer start(ServeOptions options, PrintWriter log) {
        // One pipeline for the whole session: it keeps parsed pages and the last output's manifest in
        // memory, so a rebuild re-renders only what the change affects. Its output stays in the
        // site's cache for the next session where no other session holds it.
        PreviewWorkDir workDir = PreviewWorkDir.claim(options.sourceDir());
        return start(options, log, PreviewBuilds.of(BuildPipeline.forPreview(workDir.kept())), workDir);
    }

    /** As {@link #start(ServeOptions, PrintWriter)}, with full builds only, made by {@code pipeline} (tests slow it down). */
    static PreviewServer start(ServeOptions options, PrintWriter log, Function<BuildOptions, BuildReport> pipeline) {
        return start(options, log, PreviewBuilds.fullOnly(pipeline));
    }

    /** As {@link #start(ServeOptions, PrintWriter)}, with the builds given (tests hold a build back). */
    static PreviewServer start(ServeOptions options, PrintWriter log, PreviewBuilds builds) {
        return start(options, log, builds, PreviewWorkDir.temporary());
    }

    private static PreviewServer start(ServeOptions options, PrintWriter log, PreviewBuilds builds, PreviewWorkDir workDir) {
        boolean started = false;
        try {
            PreviewServer server = new PreviewServer(options, log, builds, workDir);
            started = true;
            return server;
        } catch (BindException e) {
            throw new IllegalArgumentException("cannot listen on " + options.bind() + ":" + options.port() + " ("
                    + e.getMessage() + ") — is another server running? Try another --port", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the preview server: " + e.getMessage(), e);
        } finally {
            if (!started) {
                workDir.close(); // the next session may have it
            }
        }
    }

    /** The address pages are served at ("http://localhost:8080/"). */
    public String url() {
        return url;
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return socket.getLocalPort();
    }

    /** How many folders of the sources are watched. */
    public int watchedFolders() {
        return watcher.folderCount();
    }

    /** True when the address is this machine's loopback (anything else exposes the preview). */
    public static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    /** Blocks until {@link #close()}. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** The directory the current build is served from (tests look into it). */
    Path currentRoot() {
        SiteVersion version = versions.acquire();
        try {
            return version.root();
        } finally {
            version.release();
        }
    }

    /** The id of the build being served. */
    String currentBuildId() {
        return versions.currentId();
    }

    LiveSite site() {
        return site;
    }

    ReloadEvents events() {
        return events;
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                try {
                    workers.execute(() -> serve(client));
                } catch (RejectedExecutionException busy) {
                    client.close();
                }
            } catch (IOException e) {
                // closed, or one failed accept: the loop condition decides
            }
        }
    }

    private void serve(Socket client) {
        Exchange exchange = null;
        try {
            client.setSoTimeout(READ_TIMEOUT_MILLIS);
            InputStream in = client.getInputStream();
            Request request;
            try {
                request = RequestReader.read(in);
            } catch (BadRequest e) {
                new Exchange(client, null).send(Response.text(e.status(), e.getMessage()));
                return;
            }
            if (request == null) {
                return;
            }
            exchange = new Exchange(client, request);
            router.handle(exchange);
        } catch (SocketException e) {
            // The client went away mid-answer.
        } catch (IOException | RuntimeException e) {
            if (exchange != null && !exchange.answered()) {
                try {
                    exchange.send(Response.text(500, "the preview server failed to answer: " + e.getClass().getSimpleName()));
                } catch (IOException ignored) {
                    // nothing more to tell
                }
            }
        } finally {
            if (exchange == null || !exchange.detached()) {
                try {
                    client.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        watcher.close();
        site.close(); // first: the debouncer's build then stops at its next step, and its thread ends
        debouncer.close();
        events.close();
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        builds.finish();
        if (workDir.kept()) {
            rebuilder.keepSpare(); // the next session's first refresh updates it in place
        }
        workDir.keepLast(); // before the versions are released, which deletes their folders
        versions.close();
        workDir.close();
        closed.countDown();
    }

    private static ServerSocket bind(ServeOptions options) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getByName(options.bind()), options.port()), 512);
        return server;
    }

    /** How the bound address appears in URLs: a wildcard address is reached as localhost. */
    private static String urlHost(String bind) {
        if (bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("[::]")) {
            return "localhost";
        }
        return bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
    }

    /** Named daemon threads, so a preview never keeps the JVM alive on its own. */
    static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
