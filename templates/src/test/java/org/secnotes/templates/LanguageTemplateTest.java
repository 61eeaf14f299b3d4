package org.secnotes.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.secnotes.core.Language;

/** The generic template features that a language may need: its own month names, its own list joining. */
class LanguageTemplateTest {

    private static LanguageTemplate template(String... keysAndValues) {
        Properties phrases = new Properties();
        phrases.setProperty("locale", "en-GB");
        phrases.setProperty("block-language", "en");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            phrases.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return LanguageTemplate.of(Language.EN, phrases);
    }

    private static String[] months(String... extra) {
        String[] all = new String[24 + extra.length];
        for (int m = 1; m <= 12; m++) {
            all[2 * m - 2] = "month." + m;
            all[2 * m - 1] = "M" + m;
        }
        System.arraycopy(extra, 0, all, 24, extra.length);
        return all;
    }

    @Test
    void theTemplatesMonthNamesReplaceIcusInItsOwnPatterns() {
        LanguageTemplate template = template(months("range", "{first, date,d MMMM} to {last, date,d MMMM y}"));
        assertEquals("28 M6 to 2 M7 2021", template.format("range",
                Map.of("first", LocalDate.of(2021, 6, 28), "last", LocalDate.of(2021, 7, 2))));
    }

    @Test
    void theBlockInAnotherLanguageKeepsIcusMonthNames() {
        LanguageTemplate template = template(months("date-of-issue", "{date, date,d MMMM y}"));
        assertEquals("9 November 2023", template.formatBlock("date-of-issue", Map.of("date", LocalDate.of(2023, 11, 9))));
    }

    @Test
    void withoutMonthNamesIcuNamesTheMonth() {
        LanguageTemplate template = template("day", "{date, date,d MMMM y}");
        assertEquals("9 November 2023", template.format("day", Map.of("date", LocalDate.of(2023, 11, 9))));
    }

    @Test
    void aDateNestedInASelectIsRefusedWhenTheTemplateHasMonthNames() {
        LanguageTemplate template = template(months("nested", "{day, select, 1 {first {date, date,MMMM}} other {{date, date,d MMMM}}}"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> template.format("nested", Map.of("day", "1", "date", LocalDate.of(2023, 11, 1))));
        assertTrue(e.getMessage().contains("'nested' nests a date"), e.getMessage());
    }

    @Test
    void aMissingMonthIsNamed() {
        String[] eleven = java.util.Arrays.copyOf(months(), 22);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> template(eleven));
        assertTrue(e.getMessage().contains("'month.12'"), e.getMessage());
    }

    @Test
    void aListPairJoinsEachFurtherItem() {
        LanguageTemplate template = template("list-pair", "{0} + {1}");
        assertEquals("5", template.list(List.of("5")));
        assertEquals("8 + 64", template.list(List.of("8", "64")));
        assertEquals("5 + 9 + 17", template.list(List.of("5", "9", "17")));
    }

    /**
     * ICU's date formats are not thread-safe, and a template lends each set of them to one thread
     * at a time: four threads formatting different dates at once each get their own date back.
     */
    @Test
    void threadsFormattingAtOnceEachGetTheirOwnDate() throws Exception {
        LanguageTemplate template = template("day", "{date, date,d MMMM y}");
        DateTimeFormatter expected = DateTimeFormatter.ofPattern("d MMMM y", Locale.UK);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> wrong = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                LocalDate first = LocalDate.of(1990 + 10 * t, 1, 1);
                wrong.add(threads.submit(() -> {
                    List<String> mismatches = new ArrayList<>();
                    for (int day = 0; day < 2000; day++) {
                        LocalDate date = first.plusDays(day);
                        String got = template.format("day", Map.of("date", date));
                        if (!got.equals(date.format(expected))) {
                            mismatches.add(date + " gave " + got);
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<List<String>> mismatches : wrong) {
                assertEquals(List.of(), mismatches.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void withoutAListPairIcuListsTheItems() {
        assertEquals("5, 9 and 17", template().list(List.of("5", "9", "17")));
    }
}
