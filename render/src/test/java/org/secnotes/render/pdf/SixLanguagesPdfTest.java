package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.secnotes.render.layout.DocumentLayout;
import org.secnotes.templates.LocalizedNote;

/**
 * The example note in each of the six official languages, as a reader of its PDF would check it:
 * the fonts embedded as subsets, no glyph outside the printable area, the same bytes each time,
 * and text that copies out in reading order with PDFBox and with poppler's pdftotext (Arabic as
 * letters, not as the shaped forms drawn). PDF/A is checked by {@link PdfArchivalTest}.
 */
class SixLanguagesPdfTest {

    /** Arabic words: letters and marks. */
    private static final Pattern ARABIC_WORD = Pattern.compile("[\\u0621-\\u064A\\u064B-\\u0652]+");
    /** Runs of Chinese characters. */
    private static final Pattern HAN_RUN = Pattern.compile("[\\u4E00-\\u9FFF]+");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es", "fr", "ru", "ar", "zh"})
    void everyFontIsAnEmbeddedSubset(String language) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(language))) {
            List<String> names = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), "subset tag: " + font.getName());
                    assertNotNull(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2(),
                            font.getName());
                    names.add(font.getName().substring(7));
                }
            }
            String expected = language.equals("ar") ? "NotoNaskhArabic" : language.equals("zh") ? "NotoSerifSC" : "LiberationSerif";
            assertTrue(names.stream().anyMatch(n -> n.startsWith(expected)), expected + " in " + names);
            assertTrue(names.stream().anyMatch(n -> n.startsWith("LiberationSerif")), "Latin runs in Liberation: " + names);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es", "fr", "ru", "ar", "zh"})
    void noGlyphLiesOutsideThePrintableAreaAndTheBytesRepeat(String language) throws IOException {
        byte[] pdf = pdf(language);
        assertArrayEquals(pdf, pdf(language), "the same note gives the same bytes");
        Fixtures.assertGlyphsInside(pdf, 300);
    }

    @Test
    void arabicCopiesOutAsLettersInReadingOrderWithPdfbox() throws IOException {
        String text = pdfboxText("ar");
        assertFalse(hasPresentationForms(text), "letters, not forms");
        assertEquals(arabicWords(expectedText("ar")), arabicWords(text));
    }

    @Test
    void arabicCopiesOutAsLettersInReadingOrderWithPdftotext() throws Exception {
        String text = pdftotext(pdf("ar"));
        assertFalse(hasPresentationForms(text), "letters, not forms: poppler reads the ToUnicode maps as written");
        // Poppler writes the two letters of a lam-alef glyph right to left ("أل" for "لأ"), one of
        // the limits written down in the README; the word order and every other letter must hold.
        assertEquals(arabicWords(lamAlefAsPoppler(expectedText("ar"))), arabicWords(text));
    }

    @Test
    void theArabicFontsMapEveryCodeToLettersAndLamAlefToTwo() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf("ar"))) {
            int arabicFonts = 0;
            for (COSName name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                if (!font.getName().contains("NotoNaskhArabic")) {
                    continue;
                }
                arabicFonts++;
                CMap cmap;
                try (InputStream in = ((COSStream) font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE))
                        .createInputStream()) {
                    cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
                }
                boolean lamAlef = false;
                for (int code = 1; code < 0x10000; code++) {
                    String unicode = cmap.toUnicode(code, 2);
                    if (unicode != null) {
                        assertFalse(hasPresentationForms(unicode), font.getName() + " code " + code + ": " + unicode);
                        lamAlef |= unicode.length() == 2 && unicode.charAt(0) == '\u0644';
                    }
                }
                assertTrue(lamAlef, font.getName() + " draws lam-alef (الأول, الاجتماع) as one glyph of two letters");
            }
            assertTrue(arabicFonts >= 2, "regular and bold Naskh: " + arabicFonts);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es", "fr", "ru", "zh"})
    void textCopiesOutInReadingOrderWithPdfboxAndPdftotext(String language) throws Exception {
        String expected = squeeze(expectedText(language));
        String pdfbox = squeeze(pdfboxText(language));
        assertInOrder(expected, pdfbox, "PDFBox");
        String poppler = pdftotextIfInstalled(pdf(language));
        if (poppler != null) {
            assertInOrder(expected, squeeze(poppler), "pdftotext");
        }
    }

    @Test
    void theChinesePdfStaysSmall() {
        int size = pdf("zh").length;
        assertTrue(size < 400_000, "two CJK faces subset to the note's characters: " + size + " bytes");
    }

    /** Each body paragraph's words (Latin text) or Han runs (Chinese) appear in the extracted text, in order. */
    private static void assertInOrder(String expected, String actual, String reader) {
        List<String> pieces = new ArrayList<>();
        Matcher han = HAN_RUN.matcher(expected);
        while (han.find()) {
            pieces.add(han.group());
        }
        if (pieces.isEmpty()) {
            for (String word : expected.split(" ")) {
                if (word.length() > 3 && word.chars().allMatch(Character::isLetter)) {
                    pieces.add(word);
                }
            }
        }
        assertTrue(pieces.size() > 30, "enough to compare: " + pieces);
        int at = 0;
        for (String piece : pieces) {
            int found = actual.indexOf(piece, at);
            assertTrue(found >= 0, reader + " lost or reordered '" + piece + "' after: "
                    + actual.substring(Math.max(0, at - 80), Math.min(actual.length(), at + 80)));
            at = found + piece.length();
        }
    }

    private static byte[] pdf(String language) {
        return Fixtures.pdf(Fixtures.example(language));
    }

    /** The note's text in reading order, from its layout: what a reader copying it expects. */
    private static String expectedText(String language) {
        LocalizedNote note = Fixtures.example(language);
        DocumentLayout layout = Fixtures.RENDERER.layout(note);
        StringBuilder out = new StringBuilder();
        for (DocumentLayout.Page page : layout.pages()) {
            for (DocumentLayout.Line line : page.lines()) {
                if (!line.role().isArtifact()) {
                    out.append(line.text()).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String pdfboxText(String language) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(language))) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> arabicWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = ARABIC_WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static String lamAlefAsPoppler(String text) {
        return text.replaceAll("\\u0644([\\u0622\\u0623\\u0625\\u0627])", "$1\u0644");
    }

    private static boolean hasPresentationForms(String text) {
        return text.chars().anyMatch(c -> (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF));
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String pdftotext(byte[] pdf) throws Exception {
        String text = pdftotextIfInstalled(pdf);
        Assumptions.assumeTrue(text != null,
                "poppler's pdftotext is not installed (Debian: apt-get install poppler-utils): skipped");
        return text;
    }

    /** Runs poppler's pdftotext, or returns null where it is not installed. */
    private static String pdftotextIfInstalled(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("secnotes", ".pdf");
        try {
            Files.write(file, pdf);
            Process process;
            try {
                process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                        .redirectErrorStream(false).start();
            } catch (IOException notInstalled) {
                return null;
            }
            byte[] out = process.getInputStream().readAllBytes();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, "pdftotext failed");
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
