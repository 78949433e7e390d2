package org.warraq.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.warraq.testing.RepositorySite;

/** The Nu HTML Checker (vnu.jar) reports zero errors on every page of the built repository site. */
class HtmlValidityTest {
    private static final Path VNU = Path.of("node_modules/vnu-jar/build/dist/vnu.jar");

    @Test
    void everyPageOfTheRepositorySiteIsValidHtml() throws Exception {
        Result result = check(RepositorySite.get().output());
        assertEquals(0, result.exitCode(), "vnu found errors:\n" + result.output());
    }

    @Test
    void checkerReportsAnInvalidPage(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("bad.html"), "<!DOCTYPE html><html lang=en><title>x</title><p><div></p>");
        Result result = check(dir);
        assertTrue(result.exitCode() != 0 && result.output().contains("Error:"), result.output());
    }

    private record Result(int exitCode, String output) {
    }

    private static Result check(Path site) throws Exception {
        assertTrue(VNU.toFile().isFile(), "vnu.jar missing: run npm ci (mvn verify does it)");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss8m", "-jar", VNU.toString(), "--errors-only", "--skip-non-html", "--format", "text", site.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "vnu did not finish");
        return new Result(process.exitValue(), output);
    }
}
