package org.warraq.serve;

import java.util.Map;
import java.util.Objects;

/**
 * One parsed HTTP request head: method, the request target exactly as sent, the protocol version
 * and the headers (names in lower case; a repeated header keeps its first value).
 */
record Request(String method, String target, String version, Map<String, String> headers) {
    Request {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(version, "version");
        headers = Map.copyOf(headers);
    }

    /** The value of a header, or null; {@code name} is matched case-insensitively. */
    String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    boolean isHead() {
        return method.equals("HEAD");
    }

    /** The target without its query string (still percent-encoded). */
    String rawPath() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /** The query string with its '?', or "". */
    String rawQuery() {
        int query = target.indexOf('?');
        return query < 0 ? "" : target.substring(query);
    }
}
