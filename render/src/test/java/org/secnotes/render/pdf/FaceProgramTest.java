package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.secnotes.render.layout.FontFace;
import org.secnotes.render.layout.FontFamily;

/** The per-face values every document's font descriptor and widths are written from. */
class FaceProgramTest {

    private static final FontSet FONTS = FontSet.liberationSerif();

    @Test
    void theDescriptorSaysSerifAndItalicAsTheFaceIs() {
        FaceProgram regular = FONTS.face(FontFamily.PRIMARY, FontFace.REGULAR).program();
        FaceProgram italic = FONTS.face(FontFamily.PRIMARY, FontFace.ITALIC).program();
        assertEquals("LiberationSerif", regular.postScriptName());
        assertEquals(2 | 4, regular.flags(), "serif, symbolic (glyphs by ID), not italic");
        assertEquals(2 | 4 | 64, italic.flags(), "and italic");
        assertEquals(0f, regular.italicAngle());
        assertTrue(italic.italicAngle() < 0, "slanted to the right: " + italic.italicAngle());
        assertTrue(regular.ascent() > regular.capHeight() && regular.capHeight() > regular.xHeight()
                && regular.xHeight() > 0 && regular.descent() < 0, "ascent > cap height > x-height > 0 > descent");
        float[] box = regular.bbox();
        assertTrue(box[0] < 0 && box[1] < 0 && box[2] > 1000 && box[3] > 800, "the box holds every glyph");
    }

    @Test
    void theWidthsAreTheAdvancesInThousandthsOfAnEm() throws IOException {
        FontSet.Face face = FONTS.face(FontFamily.CJK, FontFace.REGULAR);
        TrueTypeFont font = face.open();
        FaceProgram program = face.program();
        assertEquals(font.getNumberOfGlyphs(), program.glyphCount());
        for (int glyph = 0; glyph < program.glyphCount(); glyph += 97) {
            assertEquals(Math.round(font.getAdvanceWidth(glyph) * 1000f / font.getUnitsPerEm()), program.width(glyph));
        }
        assertEquals(1000, program.width(face.glyphBlock(0x4E)[0x00]), "a Chinese character is one em wide");
    }

    @Test
    void aFontThatForbidsSubsettingIsRefusedByName() throws IOException {
        byte[] bytes;
        try (InputStream in = FontSet.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
            bytes = in.readAllBytes();
        }
        // OS/2 fsType, two bytes at offset 8 of the table: bit 8 is "no subsetting".
        ByteBuffer.wrap(bytes).putShort(tableOffset(bytes, "OS/2") + 8, (short) 0x0100);
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FaceProgram(font));
        assertTrue(e.getMessage().contains("LiberationSerif") && e.getMessage().contains("subset"), e.getMessage());
    }

    private static int tableOffset(byte[] font, String tag) {
        ByteBuffer buffer = ByteBuffer.wrap(font);
        int tables = buffer.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (new String(font, record, 4, StandardCharsets.US_ASCII).equals(tag)) {
                return buffer.getInt(record + 8);
            }
        }
        throw new AssertionError("no " + tag + " table");
    }
}
