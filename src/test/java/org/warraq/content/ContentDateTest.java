package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;

class ContentDateTest {
    @Test
    void bareDayIsMidnightUtcForOrderingAndKeepsItsText() {
        ContentDate date = ContentDate.parse("2022-05-11");
        assertEquals(LocalDate.of(2022, 5, 11), date.day());
        assertEquals(Instant.parse("2022-05-11T00:00:00Z"), date.instant());
        assertEquals("2022-05-11", date.iso());
        assertEquals("2022-05-11T00:00:00Z", date.dateTime());
    }

    @Test
    void dateTimeKeepsItsOffsetAndItsSecondsEvenWhenZero() {
        // RFC 3339 (Atom) and schema.org need the seconds; java.time's toString drops ":00".
        ContentDate date = ContentDate.parse("2022-05-11T10:00:00+03:00");
        assertEquals("2022-05-11T10:00:00+03:00", date.iso());
        assertEquals("2022-05-11T10:00:00+03:00", date.dateTime());
        assertEquals(Instant.parse("2022-05-11T07:00:00Z"), date.instant());
        assertEquals(LocalDate.of(2022, 5, 11), date.day(), "the day as written, not as in UTC");
    }

    @Test
    void dateTimeWithSpaceAndZuluIsAccepted() {
        assertEquals("2022-05-11T23:30:15Z", ContentDate.parse("2022-05-11 23:30:15Z").iso());
    }

    @Test
    void impossibleDayIsRejected() {
        assertThrows(DateTimeParseException.class, () -> ContentDate.parse("2022-02-30"));
        assertThrows(DateTimeParseException.class, () -> ContentDate.parse("2022-05-11T25:00:00"));
    }

    @Test
    void aTimeWithoutAnOffsetIsUtcAsHugoTakesItWithoutATimeZone() {
        ContentDate date = ContentDate.parse("2022-05-11 23:30:00");
        assertEquals(LocalDate.of(2022, 5, 11), date.day(), "the day as written");
        assertEquals(Instant.parse("2022-05-11T23:30:00Z"), date.instant());
        assertEquals("2022-05-11T23:30:00Z", date.iso(), "what feeds and JSON-LD say, with its offset");
        assertEquals(ContentDate.parse("2022-05-11T23:30:00"), date);
    }

    @Test
    void feedAndJsonLdCarryTheFullDateTime(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(), "content/en/articles/timed.md",
                "---\ntitle: Timed\ndate: 2022-05-11T10:00:00+03:00\n---\nText.\n");
        assertEquals(0, site.build().exitCode());
        assertTrue(site.read("en/feed.xml").contains("<published>2022-05-11T10:00:00+03:00</published>"), site.read("en/feed.xml"));
        assertTrue(site.read("en/articles/timed/index.html").contains("\"datePublished\":\"2022-05-11T10:00:00+03:00\""));
    }

    @Test
    void frontMatterMovedFromHugoWithATimeAndNoOffsetBuilds(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(), "content/en/articles/hugo.md",
                "---\ntitle: From Hugo\ndate: 2022-05-11 10:00:00\nupdated: 2022-05-12T08:15:00\n---\nText.\n");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(site.read("en/feed.xml").contains("<published>2022-05-11T10:00:00Z</published>"), site.read("en/feed.xml"));
        assertTrue(site.read("en/feed.xml").contains("<updated>2022-05-12T08:15:00Z</updated>"), site.read("en/feed.xml"));
    }
}
