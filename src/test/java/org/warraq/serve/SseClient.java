package org.warraq.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Listens to /__warraq/events like a browser's EventSource, collecting events in a queue. */
final class SseClient implements AutoCloseable {
    /** One event: its name and its data lines joined with '\n'. */
    record Event(String name, String data) {
    }

    private final Socket socket = new Socket();
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;

    SseClient(int port) {
        try {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(120_000);
            socket.getOutputStream().write(("GET /__warraq/events HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nOrigin: http://localhost:" + port + "\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            if (status == null || !status.startsWith("HTTP/1.1 200")) {
                throw new IllegalStateException("event stream refused: " + status);
            }
            while (!in.readLine().isEmpty()) {
                // skip the head
            }
            reader = new Thread(() -> read(in), "sse-test-client");
            reader.setDaemon(true);
            reader.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read(BufferedReader in) {
        String name = "message";
        List<String> data = new ArrayList<>();
        try {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(name, String.join("\n", data)));
                    }
                    name = "message";
                    data.clear();
                } else if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.add(line.substring(6));
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    /** The next event named {@code name} within {@code timeout}, skipping others; fails when none comes. */
    Event await(String name, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Event event = left > 0 ? events.poll(left, TimeUnit.NANOSECONDS) : null;
            if (event == null) {
                throw new AssertionError("no '" + name + "' event within " + timeout);
            }
            if (event.name().equals(name)) {
                return event;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
