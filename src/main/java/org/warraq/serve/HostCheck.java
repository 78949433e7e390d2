package org.warraq.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Defends against DNS rebinding and cross-site use of the event stream: a request's Host must name
 * this machine's loopback (localhost, 127.0.0.1, [::1], any port) or the name the server was bound
 * to; an Origin, when sent, must be such a host too.
 */
final class HostCheck {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final String boundName;
    private final boolean wildcard;

    /** @param bind the --bind value ("127.0.0.1", "0.0.0.0", "::1", "my-laptop.local" …) */
    HostCheck(String bind) {
        String name = bind.toLowerCase(Locale.ROOT);
        this.boundName = name.contains(":") && !name.startsWith("[") ? "[" + name + "]" : name;
        this.wildcard = name.equals("0.0.0.0") || name.equals("::") || name.equals("[::]");
    }

    /** True when the Host header names this server. */
    boolean allowsHost(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String host = hostOf(hostHeader.strip().toLowerCase(Locale.ROOT));
        return host != null && allowed(host);
    }

    /** True when there is no Origin (same-origin GETs from old browsers, curl) or it is a local one. */
    boolean allowsOrigin(String origin) {
        if (origin == null) {
            return true;
        }
        try {
            URI uri = new URI(origin.strip());
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getRawAuthority() == null || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    || uri.getRawQuery() != null || uri.getRawUserInfo() != null) {
                return false;
            }
            String host = hostOf(uri.getRawAuthority().toLowerCase(Locale.ROOT));
            return host != null && allowed(host);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private boolean allowed(String host) {
        if (LOOPBACK.contains(host) || host.equals(boundName)) {
            return true;
        }
        // Bound to every interface, the user wants other machines to reach the preview by address;
        // names other than localhost are still refused, so a rebound DNS name never gets in.
        return wildcard && (IPV4.matcher(host).matches() || host.startsWith("["));
    }

    /** The host part of "host[:port]" (brackets kept for IPv6), or null when malformed. */
    static String hostOf(String authority) {
        String host;
        String port;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return null;
            }
            host = authority.substring(0, close + 1);
            String rest = authority.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                return null;
            }
            port = rest.isEmpty() ? null : rest.substring(1);
        } else {
            int colon = authority.lastIndexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            port = colon < 0 ? null : authority.substring(colon + 1);
        }
        if (host.isEmpty() || port != null && !PORT.matcher(port).matches()) {
            return null;
        }
        return host;
    }
}
