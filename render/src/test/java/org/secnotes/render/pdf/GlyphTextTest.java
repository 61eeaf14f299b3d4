package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secnotes.render.layout.FontFace;
import org.secnotes.render.layout.FontFamily;

/**
 * {@link GlyphText} writes what PDFBox's own {@code showText} and {@code showTextWithPositioning}
 * write for the same runs: the whole saved file is the same, byte for byte (content streams,
 * font subsets, widths, CIDToGIDMap and ToUnicode), so copy and search read the same text.
 */
class GlyphTextTest {

    private static final FontSet FONTS = FontSet.liberationSerif();

    /** Runs as the painter shows them: the text and the extra width of each space. */
    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("latin", FontFamily.PRIMARY, List.of("The Conference of the Parties,", "(a) “decides” \\ 5½ %"), 0f),
                Arguments.of("justified", FontFamily.PRIMARY, List.of("pursuant to  resolution 55/25 ", " and"), 1.37f),
                Arguments.of("no-break space shares the space's glyph", FontFamily.PRIMARY, List.of("12\u00A0July", "5\u00A0per\u00A0cent"), 0.5f),
                Arguments.of("cyrillic", FontFamily.PRIMARY, List.of("Конференция Участников", "постановляет"), 0.8f),
                Arguments.of("chinese", FontFamily.CJK, List.of("缔约方会议", "联合国打击跨国有组织犯罪公约"), 0f),
                Arguments.of("arabic forms", FontFamily.ARABIC, List.of("\uFEE3\uFEEE\uFE97\uFEAE", "\uFEDF\uFE8E \uFEEB\uFEEA"), 2f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void theFileIsWhatShowTextWrites(String name, FontFamily family, List<String> texts, float spacing) throws IOException {
        byte[] pdfbox = render(family, texts, spacing, false);
        byte[] ours = render(family, texts, spacing, true);
        assertArrayEquals(pdfbox, ours, name);
        try (PDDocument document = Loader.loadPDF(ours)) {
            String extracted = new PDFTextStripper().getText(document).replaceAll("[\\s\u00A0]", "");
            for (String text : texts) {
                // PDFBox's extraction gives Arabic forms as letters: ArabicToUnicode's tests cover those.
                if (family != FontFamily.ARABIC) {
                    assertTrue(extracted.contains(text.replaceAll("[\\s\u00A0]", "")), extracted);
                }
            }
        }
    }

    @Test
    void aCharacterTheFontCannotDrawIsRefused() throws IOException {
        FontSet.Parsed parsed = FONTS.borrow();
        try (PDDocument document = new PDDocument()) {
            GlyphText.Font font = regular(document, parsed);
            GlyphText text = new GlyphText();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> text.show(font, "a\u4E00", 0, 10));
            assertTrue(e.getMessage().contains("U+4E00"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> text.show(font, "\uD83D\uDE00", 0, 10));
        } finally {
            FONTS.release(parsed);
        }
    }

    @Test
    void itCountsTheRunsSpacesAndCharacters() throws IOException {
        FontSet.Parsed parsed = FONTS.borrow();
        try (PDDocument document = new PDDocument()) {
            GlyphText.Font font = regular(document, parsed);
            GlyphText text = new GlyphText();
            String shown = new String(text.show(font, "a b  c ", 2, 10), StandardCharsets.ISO_8859_1);
            assertEquals(4, text.spaces());
            assertEquals(7, text.codePoints());
            assertTrue(shown.startsWith("[") && shown.endsWith("] TJ\n"), shown);
            text.show(font, "abc", 2, 10);
            assertEquals(0, text.spaces());
            assertEquals(3, text.codePoints());
        } finally {
            FONTS.release(parsed);
        }
    }

    /** One page with the runs, shown by PDFBox or by GlyphText, saved with a fixed file ID. */
    @SuppressWarnings("deprecation")
    private static byte[] render(FontFamily family, List<String> texts, float spacing, boolean glyphText)
            throws IOException {
        FontSet.Parsed parsed = FONTS.borrow();
        try (PDDocument document = new PDDocument()) {
            FontSet.Face face = FONTS.face(family, FontFace.REGULAR);
            PDType0Font pdf = PDType0Font.load(document, parsed.font(family, FontFace.REGULAR), true);
            GlyphText.Font font = new GlyphText.Font(face, pdf);
            GlyphText text = new GlyphText();
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(pdf, 11);
                for (String run : texts) {
                    content.newLineAtOffset(0, 20);
                    if (glyphText) {
                        content.appendRawCommands(text.show(font, run, spacing, 11));
                    } else if (spacing == 0 || run.indexOf(' ') < 0) {
                        content.showText(run);
                    } else {
                        content.showTextWithPositioning(positioned(run, -spacing * 1000 / 11));
                    }
                }
                content.endText();
            }
            if (glyphText) {
                GlyphText.subset(List.of(font));
            }
            COSArray id = new COSArray();
            id.add(new COSString("glyph-text-test"));
            id.add(new COSString("glyph-text-test"));
            document.getDocument().getTrailer().setItem(COSName.ID, id);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } finally {
            FONTS.release(parsed);
        }
    }

    /** What the painter gave {@code showTextWithPositioning} before: the adjustment after each space. */
    private static Object[] positioned(String text, float adjustment) {
        List<Object> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                parts.add(text.substring(start, i + 1));
                parts.add(adjustment);
                start = i + 1;
            }
        }
        if (start < text.length()) {
            parts.add(text.substring(start));
        }
        return parts.toArray();
    }

    /** The note's regular Latin face, loaded into {@code document} for subsetting. */
    private static GlyphText.Font regular(PDDocument document, FontSet.Parsed parsed) throws IOException {
        FontSet.Face face = FONTS.face(FontFamily.PRIMARY, FontFace.REGULAR);
        return new GlyphText.Font(face, PDType0Font.load(document, parsed.font(FontFace.REGULAR), true));
    }
}
