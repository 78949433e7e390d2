package org.warraq.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            عقد يوم 11 مايو 2022.                    | 2022-05-11 | 11 مايو 2022
            الثلاثاء 10 نوفمبر2020، اجتماعا           | 2020-11-10 | 10 نوفمبر2020
            في 28 يونيو 2021 - via REUTERS           | 2021-06-28 | 28 يونيو 2021
            في 3 أيار/مايو 2022                      | 2022-05-03 | 3 أيار/مايو 2022
            في 3 كانون الثاني 2023                   | 2023-01-03 | 3 كانون الثاني 2023
            يوم 14 جويلية 2021                        | 2021-07-14 | 14 جويلية 2021
            يوم ١١ مايو ٢٠٢٢                          | 2022-05-11 | ١١ مايو ٢٠٢٢
            met on 11 May 2022 in Marrakech          | 2022-05-11 | 11 May 2022
            met on May 11, 2022 in Marrakech         | 2022-05-11 | May 11, 2022
            published 2022-05-11                     | 2022-05-11 | 2022-05-11
            """)
    void findsExplicitDates(String text, LocalDate date, String written) {
        List<TextDate> found = DateFinder.all(new SourceLine(7, text));
        assertEquals(List.of(new TextDate(date, written, 7)), found);
    }

    @Test
    void aMonthAndYearWithoutADayIsNotADate() {
        assertTrue(DateFinder.all(new SourceLine(1, "في نوفمبر عام 2017 وفي سبتمبر 2014 وفي آذار")).isEmpty());
        assertTrue(DateFinder.all(new SourceLine(1, "بين عامي 2017 و 2019، 41 % من الهجمات")).isEmpty());
    }

    @Test
    void impossibleDaysAreSkipped() {
        assertTrue(DateFinder.all(new SourceLine(1, "يوم 31 يونيو 2021")).isEmpty());
    }

    @Test
    void theLatestDateWinsAndOfEqualOnesTheFirst() {
        List<SourceLine> lines = List.of(new SourceLine(3, "عقد في 10 مايو 2022 اجتماع."),
                new SourceLine(6, "ثم في 11 مايو 2022 وفي 28 يونيو 2021."), new SourceLine(9, "يوم 11 مايو 2022."));
        assertEquals(new TextDate(LocalDate.of(2022, 5, 11), "11 مايو 2022", 6), DateFinder.latest(lines).orElseThrow());
        assertTrue(DateFinder.latest(List.of(new SourceLine(1, "لا تاريخ هنا."))).isEmpty());
    }
}
