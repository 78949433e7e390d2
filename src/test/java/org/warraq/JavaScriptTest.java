package org.warraq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.warraq.search.SearchFixture;
import org.warraq.text.AnalyzerVectors;

/**
 * Runs the JavaScript tests (test/js/*.test.mjs) with node after writing what they read: the
 * analyzer vectors and a small search index, both from the Java reference. So `mvn verify` is
 * the one test command for both languages.
 */
class JavaScriptTest {

  @Test
  void nodeTestsPass() throws IOException, InterruptedException {
    AnalyzerVectors.write(Path.of("target", "analyzer-vectors.json"));
    SearchFixture.write(Path.of("target", "search-fixture"));
    List<String> command = new ArrayList<>(List.of("node", "--test"));
    try (Stream<Path> files = Files.list(Path.of("test", "js"))) {
      files.map(Path::toString).filter(f -> f.endsWith(".test.mjs")).sorted().forEach(command::add);
    }
    Process node;
    try {
      node = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new AssertionError("node (v18 or later) is needed to test static/js: " + e.getMessage(), e);
    }
    byte[] output = node.getInputStream().readAllBytes();
    assertTrue(node.waitFor(120, TimeUnit.SECONDS), "node --test did not finish");
    assertEquals(0, node.exitValue(), () -> String.join(" ", command) + " failed:\n"
        + new String(output, StandardCharsets.UTF_8));
  }
}
