package org.warraq.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warraq.config.SiteConfig;
import org.warraq.config.SiteConfigLoader;

/**
 * The drafts of the five seeds, byte for byte, with the repository's site.yaml settings: golden
 * files under src/test/resources/seeds/drafts/. After a deliberate change, review the differences
 * and refresh them with {@code mvn test -Dtest=SeedDraftsTest -Dwarraq.updateGolden=true}.
 */
class SeedDraftsTest {
    private static final Path SEEDS = Path.of("src/test/resources/seeds");
    /** The date a file without a date in its text gets. */
    private static final LocalDate FILE_DATE = LocalDate.of(2022, 5, 13);

    static Stream<String> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void draftMatchesGoldenFile(String seed) throws IOException {
        SiteConfig.ImportSettings settings = SiteConfigLoader.load(Path.of(".")).config().importSettings();
        String text = Files.readString(SEEDS.resolve(seed), StandardCharsets.UTF_8);
        String draft = MarkdownDraftWriter.write(new PlainTextImporter(settings).convert(text, FILE_DATE).orElseThrow().draft());
        Path golden = SEEDS.resolve("drafts").resolve(seed.replace(".txt", ".md"));
        if (Boolean.getBoolean("warraq.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, draft, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), draft, seed);
    }
}
