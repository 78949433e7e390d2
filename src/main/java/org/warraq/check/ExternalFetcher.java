package org.warraq.check;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fetches external links with bounded concurrency and timeouts: HEAD first (cheap), GET when
 * HEAD fails with an HTTP error, since many servers answer HEAD wrongly. Bodies are never read.
 */
final class ExternalFetcher {
    private final ExternalOptions options;
    private final HttpClient client;

    ExternalFetcher(ExternalOptions options) {
        this.options = options;
        this.client = HttpClient.newBuilder().connectTimeout(options.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** URL → outcome, for every URL. */
    Map<String, ExternalLink.Outcome> fetchAll(List<String> urls) {
        ExecutorService pool = Executors.newFixedThreadPool(options.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "warraq-check-external");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<ExternalLink.Outcome>> futures = new ArrayList<>();
            urls.forEach(url -> futures.add(pool.submit(() -> fetch(url))));
            Map<String, ExternalLink.Outcome> outcomes = new TreeMap<>();
            for (int i = 0; i < urls.size(); i++) {
                outcomes.put(urls.get(i), futures.get(i).get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking external links", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("checking external links failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private ExternalLink.Outcome fetch(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return new ExternalLink.Outcome(0, "not a valid URL");
        }
        try {
            int status = status(uri, "HEAD");
            if (status >= 400) {
                status = status(uri, "GET");
            }
            return new ExternalLink.Outcome(status, null);
        } catch (HttpTimeoutException e) {
            return new ExternalLink.Outcome(0, "no answer within " + options.timeout().toSeconds() + " s");
        } catch (IOException e) {
            return new ExternalLink.Outcome(0, "could not be fetched (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ExternalLink.Outcome(0, "interrupted");
        }
    }

    private int status(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(options.timeout())
                .method(method, HttpRequest.BodyPublishers.noBody()).header("User-Agent", "warraq-check").build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }
}
