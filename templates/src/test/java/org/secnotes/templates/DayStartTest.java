package org.secnotes.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The instant a day starts, which the templates hand MessageFormat for a date: ICU's calendar
 * must give the instant java.time gives (the templates used java.time before), proleptic
 * Gregorian, so that no date a note prints changes.
 */
class DayStartTest {

    @Test
    void everyDayFrom1500To2100StartsWhereJavaTimeSaysInTheDefaultZone() {
        ZoneId zone = ZoneId.systemDefault();
        List<String> differ = new ArrayList<>();
        for (LocalDate day = LocalDate.of(1500, 1, 1); day.getYear() <= 2100; day = day.plusDays(1)) {
            Date expected = Date.from(day.atStartOfDay(zone).toInstant());
            Date got = DayStart.of(day);
            if (!expected.equals(got) && differ.size() < 5) {
                differ.add(day + ": " + got.toInstant() + " instead of " + expected.toInstant());
            }
        }
        assertEquals(List.of(), differ, "in " + zone);
    }
}
