package org.warraq.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostCheckTest {
    private final HostCheck loopback = new HostCheck("127.0.0.1");

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:8080", "LOCALHOST:1", "127.0.0.1", "127.0.0.1:8080", "[::1]", "[::1]:8080"})
    void loopbackNamesAreAllowed(String host) {
        assertTrue(loopback.allowsHost(host), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:8080", "localhost.evil.example", "127.0.0.1.nip.io", "localhost:80:80",
        "localhost:http", "[::1", "", "192.168.1.5:8080", "[::2]:8080"})
    void otherHostsAreRefused(String host) {
        assertFalse(loopback.allowsHost(host), host);
    }

    @Test
    void missingHostIsRefused() {
        assertFalse(loopback.allowsHost(null));
    }

    @Test
    void theBoundNameIsAllowed() {
        assertTrue(new HostCheck("my-laptop.local").allowsHost("my-laptop.local:8080"));
        assertTrue(new HostCheck("::1").allowsHost("[::1]:8080"));
        assertTrue(new HostCheck("192.168.1.5").allowsHost("192.168.1.5:8080"));
        assertFalse(new HostCheck("192.168.1.5").allowsHost("192.168.1.6:8080"));
    }

    @Test
    void wildcardBindAllowsAddressesButNoOtherNames() {
        HostCheck any = new HostCheck("0.0.0.0");
        assertTrue(any.allowsHost("192.168.1.5:8080"));
        assertFalse(any.allowsHost("rebound.evil.example:8080"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "http://127.0.0.1:1234", "http://[::1]:8080", "https://localhost"})
    void localOriginsAreAllowed(String origin) {
        assertTrue(loopback.allowsOrigin(origin), origin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "http://evil.example", "http://localhost.evil.example:8080", "file://", "ftp://localhost",
        "http://localhost:8080/path", "http://user@localhost:8080", "not a uri"})
    void otherOriginsAreRefused(String origin) {
        assertFalse(loopback.allowsOrigin(origin), origin);
    }

    @Test
    void noOriginIsAllowed() {
        assertTrue(loopback.allowsOrigin(null));
    }
}
