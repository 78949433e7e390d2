package org.warraq.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Writes target/analyzer-vectors.json from the Java analyzers and runs the JavaScript tests
 * (test/js/*.test.mjs, among them the twin check) with node, so `mvn verify` covers both sides.
 */
class AnalyzerTwinTest {

  static final Path VECTORS = Path.of("target", "analyzer-vectors.json");

  @Test
  void vectorsCoverEveryLanguage() {
    Map<String, Integer> counts = AnalyzerVectors.write(VECTORS);
    assertTrue(counts.get("ar") >= 300, () -> "Arabic cases: " + counts);
    assertTrue(counts.get("en") >= 100, () -> "English cases: " + counts);
  }

  @Test
  void javaScriptTestsPass() throws IOException, InterruptedException {
    AnalyzerVectors.write(VECTORS);
    List<String> command = new ArrayList<>(List.of("node", "--test"));
    try (Stream<Path> files = Files.list(Path.of("test", "js"))) {
      files.map(Path::toString).filter(f -> f.endsWith(".test.mjs")).sorted().forEach(command::add);
    }
    Process node;
    try {
      node = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new AssertionError("node (v18+) is needed to test static/js: " + e.getMessage(), e);
    }
    byte[] output = node.getInputStream().readAllBytes();
    assertTrue(node.waitFor(120, TimeUnit.SECONDS), "node --test did not finish");
    assertEquals(0, node.exitValue(), () -> String.join(" ", command) + " failed:\n"
        + new String(output, StandardCharsets.UTF_8));
  }
}
