package org.secnotes.fonts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each bundled font is a TrueType (glyf) font that PDFBox 3 loads, subsets and embeds. */
class BundledFontTest {

    /** A word of each script, drawn into a PDF to prove that the font embeds as a subset. */
    private static String sample(BundledFont font) {
        return font.script() == UnicodeScript.ARABIC ? "\u0627\u0644\u0623\u0645\u0645 \u0661\u0662 A/80/1"
                : "\u8054\u5408\u56fd\uff0c2031\u5e74";
    }

    private static TrueTypeFont parse(BundledFont font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font.bytes()));
    }

    @ParameterizedTest
    @EnumSource(BundledFont.class)
    void isATrueTypeFontWithGlyfOutlinesNotCff(BundledFont font) throws IOException {
        byte[] bytes = font.bytes();
        // 0x00010000 opens a TrueType-outline sfnt; "OTTO" would be CFF, which PDFBox cannot subset.
        assertArrayEquals(new byte[] {0, 1, 0, 0}, java.util.Arrays.copyOf(bytes, 4), font + " sfnt version");
        try (TrueTypeFont ttf = parse(font)) {
            assertTrue(ttf.getTableMap().containsKey("glyf"), font + " has a glyf table");
            assertFalse(ttf.getTableMap().containsKey("CFF "), font + " has no CFF table");
            assertNotNull(ttf.getGlyph(), font + " glyf table reads");
        }
    }

    @ParameterizedTest
    @EnumSource(BundledFont.class)
    void namesTheFamilyAndWeightItIsListedAs(BundledFont font) throws IOException {
        try (TrueTypeFont ttf = parse(font)) {
            assertEquals(font.family(), ttf.getNaming().getFontFamily());
            assertEquals(font.weight() == BundledFont.Weight.BOLD ? 700 : 400, ttf.getOS2Windows().getWeightClass());
            assertEquals(0, ttf.getOS2Windows().getFsType(), font + ": installable embedding, no restriction");
        }
    }

    @ParameterizedTest
    @EnumSource(BundledFont.class)
    void embedsAsASubsetInAPdf(BundledFont font) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument(); TrueTypeFont ttf = parse(font)) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType0Font pdfFont = PDType0Font.load(document, ttf, true);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(pdfFont, 12);
                content.newLineAtOffset(72, 700);
                content.showText(sample(font));
                content.endText();
            }
            document.save(out);
        }
        try (PDDocument reread = Loader.loadPDF(out.toByteArray())) {
            PDPage page = reread.getPage(0);
            PDFont embedded = page.getResources().getFont(page.getResources().getFontNames().iterator().next());
            assertTrue(embedded.isEmbedded(), font + " is embedded");
            assertTrue(embedded.getName().matches("[A-Z]{6}\\+.*"), font + " is a subset: " + embedded.getName());
            PDType0Font type0 = (PDType0Font) embedded;
            assertNotNull(type0.getDescendantFont().getFontDescriptor().getFontFile2(), font + " as FontFile2");
        }
        assertTrue(out.size() < 60_000, font + ": a few characters make a small PDF, not the whole font: " + out.size());
    }

    @ParameterizedTest
    @EnumSource(BundledFont.class)
    void carriesItsLicenceBesideIt(BundledFont font) throws IOException {
        try (InputStream in = BundledFont.class.getResourceAsStream(font.licence())) {
            assertNotNull(in, font.licence());
            String licence = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(licence.contains("SIL Open Font License"), font.licence());
            assertTrue(licence.startsWith("Copyright"), font.licence() + " names the copyright holder first");
        }
    }

    @Test
    void findsAFontPerScriptAndWeight() {
        assertEquals(List.of(UnicodeScript.ARABIC, UnicodeScript.HAN), BundledFont.scripts());
        assertEquals(BundledFont.SERIF_SC_BOLD, BundledFont.of(UnicodeScript.HAN, BundledFont.Weight.BOLD).orElseThrow());
        assertEquals(BundledFont.NASKH_ARABIC_REGULAR,
                BundledFont.of(UnicodeScript.ARABIC, BundledFont.Weight.REGULAR).orElseThrow());
        assertTrue(BundledFont.of(UnicodeScript.LATIN, BundledFont.Weight.REGULAR).isEmpty(),
                "Latin is the renderer's own Liberation Serif");
    }
}
