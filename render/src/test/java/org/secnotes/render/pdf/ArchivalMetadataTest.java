package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.util.DateConverter;
import org.junit.jupiter.api.Test;

/** The metadata ArchivalMetadata writes without PDFBox's helpers reads as what those helpers write. */
class ArchivalMetadataTest {

    @Test
    void theInfoDatesAreWhatPdfboxWritesForTheDayAtMidnightUtc() {
        // Every day of a leap year, and years of fewer and more than four digits.
        List<LocalDate> days = new java.util.ArrayList<>();
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() == 2024; day = day.plusDays(1)) {
            days.add(day);
        }
        days.addAll(List.of(LocalDate.of(999, 12, 31), LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31)));
        for (LocalDate day : days) {
            Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            calendar.clear();
            calendar.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
            assertEquals(DateConverter.toString(calendar), ArchivalMetadata.pdfDate(day), day.toString());
        }
    }

    @Test
    void theOutputIntentHoldsTheSrgbProfileAsPdfboxWouldWriteIt() throws Exception {
        byte[] pdf = Fixtures.pdf(Fixtures.localized("cop-working-groups.en.md"));
        byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        try (PDDocument document = Loader.loadPDF(pdf); PDDocument reference = new PDDocument()) {
            List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
            assertEquals(1, intents.size());
            PDOutputIntent intent = intents.get(0);
            assertEquals("sRGB IEC61966-2.1", intent.getOutputConditionIdentifier());
            assertEquals(COSName.GTS_PDFA1, intent.getCOSObject().getCOSName(COSName.S));
            COSStream profile = intent.getDestOutputIntent();
            try (InputStream in = profile.createInputStream()) {
                assertArrayEquals(srgb, in.readAllBytes(), "the profile, decoded");
            }
            COSStream made = new PDOutputIntent(reference, new java.io.ByteArrayInputStream(srgb)).getDestOutputIntent();
            assertEquals(made.getInt(COSName.N), profile.getInt(COSName.N));
            assertEquals(made.getFilters(), profile.getFilters());
            try (InputStream ours = profile.createRawInputStream(); InputStream theirs = made.createRawInputStream()) {
                assertArrayEquals(theirs.readAllBytes(), ours.readAllBytes(), "the profile, as deflated");
            }
        }
    }
}
