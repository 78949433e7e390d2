package org.warraq.serve;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to preview and where: the site's directory, the address to bind (loopback unless told
 * otherwise), the port (0 picks a free one) and whether drafts are shown.
 */
public record ServeOptions(Path sourceDir, String bind, int port, boolean drafts) {
    public ServeOptions {
        Objects.requireNonNull(sourceDir, "sourceDir");
        Objects.requireNonNull(bind, "bind");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range — use 1 to 65535, or 0 for any free port");
        }
    }
}
