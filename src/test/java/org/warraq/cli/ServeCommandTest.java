package org.warraq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;

/** {@code warraq serve} on the command line: what it says before it serves, and usage errors. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void bindingBeyondLoopbackWarnsAndABusyPortIsAnError() throws IOException {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml());
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress("0.0.0.0", 0));
            TestSite.Run run = site.run("serve", "--bind", "0.0.0.0", "--port", Integer.toString(busy.getLocalPort()));
            assertEquals(1, run.exitCode(), run.all());
            assertTrue(run.err().contains("warning: --bind 0.0.0.0 makes the preview reachable from other machines"), run.err());
            assertTrue(run.err().contains("cannot listen on 0.0.0.0:" + busy.getLocalPort()), run.err());
            assertTrue(run.err().contains("Try another --port"), run.err());
            assertFalse(run.all().contains("\tat "), "no stack trace");
        }
    }

    @Test
    void aBadPortIsAUsageError() {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml());
        TestSite.Run run = site.run("serve", "--port", "70000");
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("--port must be between 0 and 65535"), run.err());
        assertEquals(2, site.run("serve", "--port", "eighty").exitCode());
    }

    @Test
    void aBindAddressThatIsNoAddressIsAUsageErrorWithoutTheReachabilityWarning() {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml());
        TestSite.Run run = site.run("serve", "--bind", "not an address", "--port", "0");
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().startsWith("warraq: --bind: 'not an address' is not an address or a known host name"), run.err());
        assertFalse(run.err().contains("reachable from other machines"), run.err());
    }
}
