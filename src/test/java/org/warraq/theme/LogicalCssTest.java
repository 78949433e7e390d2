package org.warraq.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The default theme's CSS mirrors for RTL by itself: no physical left/right anywhere in static/. */
class LogicalCssTest {
    private static final Pattern PHYSICAL = Pattern.compile(
            "(?i)(?<![\\w-])(margin-left|margin-right|padding-left|padding-right|border-left[\\w-]*|border-right[\\w-]*"
                    + "|left|right|float\\s*:\\s*(left|right)|text-align\\s*:\\s*(left|right)|clear\\s*:\\s*(left|right)"
                    + "|border-top-left-radius|border-top-right-radius|border-bottom-left-radius|border-bottom-right-radius)"
                    + "(?![\\w-])\\s*:|:\\s*(left|right)\\b");

    @Test
    void staticCssUsesOnlyLogicalProperties() throws IOException {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("static"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".css")).toList()) {
                String css = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", " ");
                String[] lines = css.split("\n");
                for (int i = 0; i < lines.length; i++) {
                    Matcher m = PHYSICAL.matcher(lines[i]);
                    if (m.find()) {
                        findings.add(file + ":" + (i + 1) + ": " + lines[i].strip());
                    }
                }
            }
        }
        assertEquals(List.of(), findings, "use logical properties (margin-inline-start, inset-inline-end, text-align: start …)");
    }

    @Test
    void detectorCatchesPhysicalProperties() {
        for (String bad : List.of("margin-left: 1px", "padding-right:0", "left: 0", "float: right", "text-align: left",
                "border-left-color: red", "inset: auto; right: 2px")) {
            assertEquals(true, PHYSICAL.matcher(bad).find(), bad);
        }
        for (String good : List.of("margin-inline-start: 1px", "inset-inline-end: 0", "text-align: start", "copyright: x")) {
            assertEquals(false, PHYSICAL.matcher(good).find(), good);
        }
    }
}
