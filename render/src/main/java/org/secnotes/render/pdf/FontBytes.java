package org.secnotes.render.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The edits a TrueType file gets before PDFBox reads it, made on a copy in the table directory
 * and the cmap header only: no table's bytes move, and nothing edited is ever embedded (PDFBox's
 * subset keeps neither GSUB nor cmap).
 * <ul>
 * <li><b>No GSUB table.</b> PDFBox 3.0's {@code showText} runs a glyph-substitution pass whenever
 *     a font has one, building regular expressions from its ligature sets on every call; that made
 *     a bare PDFBox writer slower than FOP. Latin and Cyrillic need no substitution, and Arabic is
 *     shaped by ICU into presentation forms beforehand.</li>
 * <li><b>One Unicode cmap subtable.</b> PDFBox reads every subtable the cmap lists, once per
 *     record, although it uses one: Liberation lists three records, the bundled Noto fonts four
 *     (their BMP subtable twice, and a full-Unicode one twice over the same characters), which for
 *     the Chinese faces is thousands of ranges read four times per parse. When the Windows BMP
 *     subtable (platform 3, encoding 1) is there, it is the only record kept: layout draws only
 *     BMP characters ({@link FontSet} gives no width above U+FFFF), so nothing it can draw is
 *     lost.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class FontBytes {

    private FontBytes() {
    }

    /** A copy of a TrueType file as PDFBox should read it: the two edits above. */
    static byte[] forPdfbox(byte[] font) {
        byte[] copy = font.clone();
        withoutTable(copy, "GSUB");
        onlyBmpCmap(copy);
        return copy;
    }

    /** The offset of a table's record in the table directory, or -1. */
    private static int record(byte[] font, String tag) {
        if (font.length < 12) {
            return -1; // not a font: the parser says so, with a clear message
        }
        int tables = ByteBuffer.wrap(font).getShort(4) & 0xFFFF;
        if (12 + 16L * tables > font.length) {
            return -1;
        }
        byte[] wanted = tag.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (font[record] == wanted[0] && font[record + 1] == wanted[1]
                    && font[record + 2] == wanted[2] && font[record + 3] == wanted[3]) {
                return record;
            }
        }
        return -1;
    }

    /** Removes one table from the table directory; its bytes stay where they are, unreferenced. */
    static void withoutTable(byte[] font, String tag) {
        int record = record(font, tag);
        if (record < 0) {
            return;
        }
        ByteBuffer buffer = ByteBuffer.wrap(font);
        int tables = buffer.getShort(4) & 0xFFFF;
        int last = 12 + 16 * (tables - 1);
        System.arraycopy(font, record + 16, font, record, last - record);
        Arrays.fill(font, last, last + 16, (byte) 0);
        buffer.putShort(4, (short) (tables - 1));
    }

    /** Makes the Windows BMP subtable the cmap's only record, if the cmap has it. */
    static void onlyBmpCmap(byte[] font) {
        int record = record(font, "cmap");
        if (record < 0) {
            return;
        }
        ByteBuffer buffer = ByteBuffer.wrap(font);
        long offset = buffer.getInt(record + 8) & 0xFFFFFFFFL;
        if (offset + 4 > font.length) {
            return;
        }
        int cmap = (int) offset;
        int subtables = buffer.getShort(cmap + 2) & 0xFFFF;
        if (subtables < 2 || cmap + 4L + 8L * subtables > font.length) {
            return;
        }
        for (int i = 0; i < subtables; i++) {
            int entry = cmap + 4 + 8 * i;
            if (buffer.getShort(entry) == 3 && buffer.getShort(entry + 2) == 1) {
                System.arraycopy(font, entry, font, cmap + 4, 8);
                buffer.putShort(cmap + 2, (short) 1);
                return;
            }
        }
    }
}
