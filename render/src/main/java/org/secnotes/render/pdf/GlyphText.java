package org.secnotes.render.pdf;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.NumberFormatUtil;

/**
 * Writes one document's text-showing operators from glyph codes, which PDFBox's
 * {@code showText} would find one code point at a time through the font's encoder, with a
 * separate stream write for every byte of the string and a subset entry per character.
 *
 * <p>The fonts are Type 0 with the Identity-H encoding, as {@code PDType0Font.load} embeds them:
 * a character's code is the two bytes of its glyph ID in the original font, which is what
 * {@code PDCIDFontType2.encode} looks up in the font's Unicode cmap, and the subset's
 * CIDToGIDMap maps those IDs to the subset's glyphs. {@link FontSet.Face#glyph} reads the same
 * cmap from the same bytes once per process. Every character shown is recorded, once, and handed
 * to the subsetter ({@link #subset}) before the document is saved, as {@code showText} hands it
 * each character: PDFBox 3.0.8 keeps the glyphs of those characters and writes the ToUnicode map
 * from them, so that a glyph two characters share (Arabic heh and ae, the space and the no-break
 * space) maps to the one the text used. The file's bytes are those {@code showText} gives.
 *
 * <p>The operators are those {@code showText} and {@code showTextWithPositioning} write: a
 * string as a literal, or in hexadecimal when a byte is outside 0–127 or a line end, then
 * {@code Tj}; a justified run as a {@code TJ} array with the adjustment after each space, written
 * with five fraction digits as a page content stream writes numbers.
 *
 * <p>Not thread-safe: one per document.
 */
final class GlyphText {

    /** What a page content stream writes its numbers with (PDPageContentStream's setting). */
    private static final int FRACTION_DIGITS = 5;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    /** A font of the document and the characters shown in it. */
    static final class Font {
        private final FontSet.Face face;
        private final PDType0Font pdf;
        /** By code point: the BMP only, as the layout draws nothing above it. */
        private final BitSet shown = new BitSet();

        Font(FontSet.Face face, PDType0Font pdf) {
            this.face = face;
            this.pdf = pdf;
        }

        PDType0Font pdf() {
            return pdf;
        }
    }

    private byte[] out = new byte[512];
    private int length;
    /** One string's glyph codes. */
    private char[] codes = new char[128];
    /** Room for any float with five fraction digits. */
    private final byte[] number = new byte[48];
    private NumberFormat fallback;
    private int spaces;
    private int codePoints;

    /**
     * The operators that show a run: {@code Tj}, or with {@code spacing} a {@code TJ} that widens
     * every space by it.
     *
     * @param font    the font the run is set in, already selected in the content stream
     * @param text    the characters, each of which the font has a glyph for
     * @param spacing the extra width of each space in text space units, 0 for none
     * @param size    the type size
     * @return the operator bytes, ending in a line end
     * @throws IllegalArgumentException if the font has no glyph for a character
     */
    byte[] show(Font font, String text, float spacing, float size) {
        length = 0;
        spaces = 0;
        codePoints = 0;
        boolean positioned = spacing != 0 && text.indexOf(' ') >= 0;
        if (codes.length < text.length()) {
            codes = new char[text.length()];
        }
        int count = 0;
        int adjustmentLength = 0;
        if (positioned) {
            put((byte) '[');
            adjustmentLength = format(-spacing * 1000 / size);
        }
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            int glyph = font.face.glyph(codePoint);
            if (glyph == 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "No glyph for U+%04X in font %s",
                        codePoint, font.face.name()));
            }
            font.shown.set(codePoint);
            codes[count++] = (char) glyph;
            codePoints++;
            if (codePoint == ' ') {
                spaces++;
                if (positioned) {
                    string(count);
                    count = 0;
                    put(number, adjustmentLength);
                    put((byte) ' ');
                }
            }
        }
        if (!positioned) {
            string(count);
            put((byte) ' ');
            put((byte) 'T');
            put((byte) 'j');
        } else {
            if (count > 0) {
                string(count);
            }
            put((byte) ']');
            put((byte) ' ');
            put((byte) 'T');
            put((byte) 'J');
        }
        put((byte) '\n');
        return Arrays.copyOf(out, length);
    }

    /** @return the spaces of the last run shown */
    int spaces() {
        return spaces;
    }

    /** @return the characters of the last run shown */
    int codePoints() {
        return codePoints;
    }

    /**
     * Tells each font's subsetter the characters shown in it, each once.
     *
     * @param fonts the document's fonts
     */
    static void subset(Iterable<Font> fonts) {
        for (Font font : fonts) {
            if (font.pdf.willBeSubset()) {
                for (int c = font.shown.nextSetBit(0); c >= 0; c = font.shown.nextSetBit(c + 1)) {
                    font.pdf.addToSubset(c);
                }
            }
        }
    }

    /** Writes the first {@code count} codes as one string, two bytes a code. */
    private void string(int count) {
        boolean literal = true;
        for (int i = 0; i < count && literal; i++) {
            literal = literalByte(codes[i] >> 8) && literalByte(codes[i] & 0xFF);
        }
        if (literal) {
            put((byte) '(');
            for (int i = 0; i < count; i++) {
                literal(codes[i] >> 8);
                literal(codes[i] & 0xFF);
            }
            put((byte) ')');
        } else {
            put((byte) '<');
            for (int i = 0; i < count; i++) {
                hex(codes[i] >> 8);
                hex(codes[i] & 0xFF);
            }
            put((byte) '>');
        }
    }

    /** Bytes over 127, and line ends, which readers may not keep as they are, go in hexadecimal. */
    private static boolean literalByte(int b) {
        return b < 0x80 && b != '\r' && b != '\n';
    }

    private void literal(int b) {
        if (b == '(' || b == ')' || b == '\\') {
            put((byte) '\\');
        }
        put((byte) b);
    }

    private void hex(int b) {
        put(HEX[b >> 4]);
        put(HEX[b & 0xF]);
    }

    /** Formats a number into {@link #number} as the content stream would; @return its length */
    private int format(float value) {
        if (!Float.isFinite(value)) {
            throw new IllegalArgumentException(value + " is not a finite number");
        }
        int written = NumberFormatUtil.formatFloatFast(value, FRACTION_DIGITS, number);
        if (written >= 0) {
            return written;
        }
        if (fallback == null) {
            fallback = NumberFormat.getNumberInstance(Locale.US);
            fallback.setMaximumFractionDigits(FRACTION_DIGITS);
            fallback.setGroupingUsed(false);
        }
        byte[] text = fallback.format(value).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, number, 0, text.length);
        return text.length;
    }

    private void put(byte b) {
        if (length == out.length) {
            out = Arrays.copyOf(out, length * 2);
        }
        out[length++] = b;
    }

    private void put(byte[] bytes, int count) {
        if (length + count > out.length) {
            out = Arrays.copyOf(out, Math.max(length * 2, length + count));
        }
        System.arraycopy(bytes, 0, out, length, count);
        length += count;
    }
}
