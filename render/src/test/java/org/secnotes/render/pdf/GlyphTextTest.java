package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
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
 * write for the same runs, font selection included: the page's content stream is the same, byte
 * for byte, so the codes and positions of every glyph are. The font those codes address is
 * {@link Type0EmbeddingTest}'s concern.
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
    void theContentIsWhatShowTextWrites(String name, FontFamily family, List<String> texts, float spacing) throws IOException {
        byte[] ours;
        try (PDDocument document = Loader.loadPDF(OneFontPdf.render(FONTS, family, texts, spacing))) {
            ours = content(document.getPage(0));
            String extracted = new PDFTextStripper().getText(document).replaceAll("[\\s\u00A0]", "");
            for (String text : texts) {
                // Arabic forms copy out as letters: Type0EmbeddingTest checks the ToUnicode map.
                if (family != FontFamily.ARABIC) {
                    assertTrue(extracted.contains(text.replaceAll("[\\s\u00A0]", "")), extracted);
                }
            }
        }
        assertEquals(new String(showText(family, texts, spacing), StandardCharsets.ISO_8859_1),
                new String(ours, StandardCharsets.ISO_8859_1), name);
    }

    @Test
    void aCharacterTheFontCannotDrawIsRefused() {
        GlyphText.Font font = regular();
        GlyphText text = new GlyphText();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> text.show(font, "a\u4E00", 0, 10));
        assertTrue(e.getMessage().contains("U+4E00"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> text.show(font, "\uD83D\uDE00", 0, 10));
    }

    @Test
    void itCountsTheRunsSpacesAndCharacters() {
        GlyphText.Font font = regular();
        GlyphText text = new GlyphText();
        String shown = new String(text.show(font, "a b  c ", 2, 10), StandardCharsets.ISO_8859_1);
        assertEquals(4, text.spaces());
        assertEquals(7, text.codePoints());
        assertTrue(shown.startsWith("[") && shown.endsWith("] TJ\n"), shown);
        text.show(font, "abc", 2, 10);
        assertEquals(0, text.spaces());
        assertEquals(3, text.codePoints());
    }

    @Test
    void itSelectsAFontAsTheContentStreamWould() {
        GlyphText text = new GlyphText();
        assertEquals("/F1 10.5 Tf\n", new String(text.select(regular(), 10.5f), StandardCharsets.US_ASCII));
        assertEquals("/F1 11 Tf\n", new String(text.select(regular(), 11), StandardCharsets.US_ASCII));
    }

    /** The page's content as PDFBox's showText writes the runs, in a font PDFBox embeds. */
    private static byte[] showText(FontFamily family, List<String> texts, float spacing) throws IOException {
        FontSet.Parsed parsed = FONTS.borrow();
        try (PDDocument document = new PDDocument()) {
            PDType0Font pdf = PDType0Font.load(document, parsed.font(family, FontFace.REGULAR), true);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(pdf, 11);
                for (String run : texts) {
                    content.newLineAtOffset(0, 20);
                    if (spacing == 0 || run.indexOf(' ') < 0) {
                        content.showText(run);
                    } else {
                        content.showTextWithPositioning(positioned(run, -spacing * 1000 / 11));
                    }
                }
                content.endText();
            }
            return content(page);
        } finally {
            FONTS.release(parsed);
        }
    }

    private static byte[] content(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return in.readAllBytes();
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

    /** The note's regular Latin face, as a document's font. */
    private static GlyphText.Font regular() {
        return new GlyphText.Font(FONTS.face(FontFamily.PRIMARY, FontFace.REGULAR), COSName.getPDFName("F1"));
    }
}
