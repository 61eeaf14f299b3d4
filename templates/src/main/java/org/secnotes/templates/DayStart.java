package org.secnotes.templates;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.Date;

/**
 * The instant a day starts, for MessageFormat's date sub-formats, which print an instant in ICU's
 * default time zone: the start of the day there prints as the day itself.
 *
 * <p>The instant comes from ICU's own calendar in that zone, proleptic Gregorian as
 * {@link LocalDate} is, so it is the instant java.time's {@code atStartOfDay} gives; java.time's
 * zone rules would find it from a second copy of the time-zone data, which a cold JVM would load
 * for this alone. Thread-safe: the calendars are lent to one thread at a time.
 */
final class DayStart {

    private static final FormatterPool<Calendar> CALENDARS = new FormatterPool<>() {
        @Override
        Calendar make() {
            GregorianCalendar calendar = new GregorianCalendar(TimeZone.getDefault(), ULocale.ROOT);
            calendar.setGregorianChange(new Date(Long.MIN_VALUE));
            return calendar;
        }
    };

    private DayStart() {
    }

    /** @return the instant the day starts in ICU's default time zone */
    static Date of(LocalDate day) {
        Calendar calendar = CALENDARS.borrow();
        try {
            calendar.clear();
            calendar.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
            return calendar.getTime();
        } finally {
            CALENDARS.giveBack(calendar);
        }
    }
}
