package org.warraq.importer;

import java.time.LocalDate;

/**
 * A calendar date written in an article's text.
 *
 * @param date the calendar day
 * @param text the words it was written as ("11 مايو 2022")
 * @param line the input line it is on
 */
public record TextDate(LocalDate date, String text, int line) {
}
