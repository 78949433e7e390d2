package org.warraq.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test vectors cover enough of each language; JavaScriptTest checks the twin against them. */
class AnalyzerTwinTest {

  @Test
  void vectorsCoverEveryLanguage() {
    Map<String, Integer> counts = AnalyzerVectors.write(Path.of("target", "analyzer-vectors.json"));
    assertTrue(counts.get("ar") >= 300, () -> "Arabic cases: " + counts);
    assertTrue(counts.get("en") >= 100, () -> "English cases: " + counts);
    assertTrue(counts.get("fa") >= 50 && counts.get("ur") >= 50, () -> "Persian and Urdu cases: " + counts);
  }
}
