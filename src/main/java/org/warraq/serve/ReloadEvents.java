package org.warraq.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The Server-Sent Events stream at {@code /__warraq/events} that tells open pages to reload or to
 * show build errors. Each client has its own thread and queue, so a stalled browser tab delays no
 * one else; a comment every 15 s notices tabs that went away.
 */
final class ReloadEvents implements AutoCloseable {
    static final String PATH = "/__warraq/events";
    static final int MAX_CLIENTS = 32;
    private static final long HEARTBEAT_SECONDS = 15;
    private static final String CLOSE = "";

    private final Map<BlockingQueue<String>, Socket> clients = new ConcurrentHashMap<>();
    private final Semaphore slots = new Semaphore(MAX_CLIENTS);
    private final ExecutorService threads = Executors.newCachedThreadPool(PreviewServer.daemonThreads("warraq-events"));

    /** Takes over the exchange's connection and streams events to it until it closes. */
    void attach(Exchange exchange, String buildId, List<String> problems) throws IOException {
        if (!slots.tryAcquire()) {
            exchange.send(Response.text(503, "too many open event streams"));
            return;
        }
        Socket socket = exchange.detach(Map.of("Content-Type", "text/event-stream; charset=utf-8"));
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        queue.add("retry: 1000\n\n" + event("hello", List.of(buildId)));
        if (!problems.isEmpty()) {
            queue.add(event("problems", problems));
        }
        clients.put(queue, socket);
        threads.execute(() -> stream(socket, queue));
    }

    /** Tells every open page to reload: build {@code buildId} is being served now. */
    void reload(String buildId) {
        broadcast(event("reload", List.of(buildId)));
    }

    /** Shows a failed rebuild's problems on every open page. */
    void problems(List<String> lines) {
        broadcast(event("problems", lines));
    }

    int clientCount() {
        return clients.size();
    }

    private void broadcast(String message) {
        clients.keySet().forEach(queue -> queue.add(message));
    }

    private void stream(Socket socket, BlockingQueue<String> queue) {
        try (socket) {
            OutputStream out = socket.getOutputStream();
            while (true) {
                String message = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                if (message == CLOSE) {
                    return;
                }
                out.write((message == null ? ": keep-alive\n\n" : message).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // The tab closed or the server is stopping; either way this stream is done.
        } finally {
            clients.remove(queue);
            slots.release();
        }
    }

    /** One event; each line of data becomes its own "data:" field, so no line break can end it early. */
    static String event(String name, List<String> lines) {
        StringBuilder out = new StringBuilder("event: ").append(name).append('\n');
        for (String line : lines) {
            out.append("data: ").append(line.replace('\r', ' ').replace('\n', ' ')).append('\n');
        }
        return out.append('\n').toString();
    }

    @Override
    public void close() {
        clients.keySet().forEach(queue -> queue.add(CLOSE));
        threads.shutdown();
        try {
            if (!threads.awaitTermination(1, TimeUnit.SECONDS)) {
                // A stalled tab blocks its thread in a write; closing the socket frees it.
                clients.values().forEach(ReloadEvents::closeQuietly);
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
