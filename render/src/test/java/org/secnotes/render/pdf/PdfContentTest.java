package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.secnotes.core.Inline;
import org.secnotes.templates.LocalizedBlock;
import org.secnotes.templates.LocalizedNote;

/** What a reader of the PDF checks: the text, its order, the fonts, the links, the metadata. */
class PdfContentTest {

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void textHoldsTheMastheadAndEveryParagraphInReadingOrder() throws IOException {
        LocalizedNote note = Fixtures.example("es");
        try (PDDocument document = Loader.loadPDF(Fixtures.pdf(note))) {
            String text = normalise(new PDFTextStripper().getText(document));
            List<String> expected = new ArrayList<>(note.headerLines());
            for (LocalizedBlock block : note.body().blocks()) {
                expected.add(block.label() + " " + Inline.plainText(block.text()));
            }
            expected.add("* CTOC/COP/2018/1.");
            expected.add("V.18-04130 (S)");
            int from = 0;
            for (String line : expected) {
                int at = text.indexOf(normalise(line), from);
                assertTrue(at >= 0, "not found in order: '" + line + "'\nin: " + text);
                from = at + normalise(line).length();
            }
        }
    }

    @Test
    void everyFontIsEmbeddedAndSubset() throws IOException {
        try (PDDocument document = Loader.loadPDF(Fixtures.pdf(Fixtures.longNote("en")))) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+LiberationSerif.*"), "subset tag: " + font.getName());
                    assertTrue(font.isEmbedded(), font.getName());
                    assertNotNull(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2(), font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts >= 3, "regular, bold and italic are used: " + fonts);
        }
    }

    @Test
    void noGlyphLiesOutsideThePrintableArea() throws IOException {
        Fixtures.assertGlyphsInside(Fixtures.pdf(Fixtures.longNote("es")), 200);
        Fixtures.assertGlyphsInside(Fixtures.pdf(Fixtures.fromSource(Fixtures.source(
                "1. A word too long for any line: " + "Unbreakable".repeat(30) + " ends here.\n"))), 200);
    }

    @Test
    void documentSymbolsLinkToTheResolverInTheNotesLanguage() throws IOException {
        try (PDDocument document = Loader.loadPDF(Fixtures.pdf(Fixtures.example("es")))) {
            List<String> uris = new ArrayList<>();
            for (PDAnnotation annotation : document.getPage(0).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink) {
                    uris.add(((PDActionURI) ((PDAnnotationLink) annotation).getAction()).getURI());
                }
            }
            // Each part of a joint symbol opens its own document.
            assertEquals(List.of("https://undocs.org/es/CTOC/COP/WG.2/2017/4", "https://undocs.org/es/CTOC/COP/WG.3/2017/4",
                    "https://undocs.org/es/CTOC/COP/WG.2/2018/3", "https://undocs.org/es/CTOC/COP/WG.3/2018/3",
                    "https://undocs.org/es/CTOC/COP/2018/1"), uris);
        }
    }

    @Test
    void languageTitleAndBookmarksAreSet() throws IOException {
        LocalizedNote note = Fixtures.longNote("es");
        try (PDDocument document = Loader.loadPDF(Fixtures.pdf(note))) {
            assertEquals("es", document.getDocumentCatalog().getLanguage());
            assertEquals(note.masthead().symbolLine() + " " + note.titleBlock().title(),
                    document.getDocumentInformation().getTitle());
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertEquals(List.of("I. Introducción", "II. Deliberaciones de los grupos de trabajo", "III. Recomendaciones"), titles);
        }
    }

    @Test
    void theSameNoteGivesTheSameBytesFromOneThreadOrMany() throws Exception {
        LocalizedNote note = Fixtures.longNote("en");
        byte[] first = Fixtures.pdf(note);
        assertArrayEquals(first, Fixtures.pdf(note), "two renders in a row");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                renders.add(pool.submit(() -> Fixtures.pdf(note)));
            }
            for (Future<byte[]> render : renders) {
                assertArrayEquals(first, render.get(), "a render on four threads at once");
            }
        } finally {
            pool.shutdown();
        }
        // The file's dates are the note's date of issue, not the clock's.
        try (PDDocument document = Loader.loadPDF(first)) {
            java.time.LocalDate issued = note.info().issued();
            for (java.util.Calendar date : List.of(document.getDocumentInformation().getCreationDate(),
                    document.getDocumentInformation().getModificationDate())) {
                assertEquals(issued, date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate(), "a date in the PDF");
            }
        }
    }
}
