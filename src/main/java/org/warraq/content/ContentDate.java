package org.warraq.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A date from front matter: a calendar day, or a moment with its offset.
 *
 * @param day     the calendar day as written (what readers see)
 * @param instant the moment, for ordering; midnight UTC for a bare day
 * @param iso     ISO 8601 text as written ({@code 2022-05-11} or {@code 2022-05-11T10:00:00+03:00})
 */
@JsonDeserialize(using = ContentDate.Reader.class)
public record ContentDate(LocalDate day, Instant instant, String iso) implements Comparable<ContentDate> {

    /** Parses an ISO 8601 day, or a date-time with or without an offset (then UTC); throws {@link DateTimeParseException} otherwise. */
    public static ContentDate parse(String text) {
        String value = text.strip();
        if (value.length() <= 10) {
            LocalDate day = LocalDate.parse(value);
            return new ContentDate(day, day.atStartOfDay().toInstant(ZoneOffset.UTC), day.toString());
        }
        String dateTime = value.replace(' ', 'T');
        OffsetDateTime moment;
        try {
            moment = OffsetDateTime.parse(dateTime);
        } catch (DateTimeParseException withoutOffset) {
            // A time without an offset (2022-05-11T10:00:00, common in front matter moved from
            // Hugo) is UTC, as Hugo takes it without a timeZone setting: the same moment on any machine.
            moment = java.time.LocalDateTime.parse(dateTime).atOffset(ZoneOffset.UTC);
        }
        // Not toString(): it drops ":00" seconds, and RFC 3339 (Atom) and schema.org need them.
        return new ContentDate(moment.toLocalDate(), moment.toInstant(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment));
    }

    /** The ISO text as an RFC 3339 date-time (Atom needs a time): bare days become midnight UTC. */
    public String dateTime() {
        return iso.length() == 10 ? iso + "T00:00:00Z" : iso;
    }

    @Override
    public int compareTo(ContentDate other) {
        return instant.compareTo(other.instant);
    }

    /** Jackson reader: a wrong date is reported at its position with what to write instead. */
    static final class Reader extends JsonDeserializer<ContentDate> {
        @Override
        public ContentDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null) {
                throw InvalidFormatException.from(parser, "invalid date: expected text like 2022-05-11 — write the date as YYYY-MM-DD",
                        parser.getText(), ContentDate.class);
            }
            try {
                return parse(text);
            } catch (DateTimeParseException e) {
                throw InvalidFormatException.from(parser, "invalid date '" + text
                        + "' — write it as YYYY-MM-DD (2022-05-11) or with time and offset (2022-05-11T10:00:00+03:00)",
                        text, ContentDate.class);
            }
        }
    }
}
