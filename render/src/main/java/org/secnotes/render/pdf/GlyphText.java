package org.secnotes.render.pdf;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Arrays;
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
 * CIDToGIDMap maps those IDs to the subset's glyphs. {@link FontSet.Face#glyphBlock} reads the same
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
        /** The face's glyph blocks this document has used, kept here to skip the shared cache. */
        private final char[][] blocks = new char[256][];
        /** A bit per BMP code point shown (the layout draws nothing above the BMP). */
        private final long[] shown = new long[1024];

        Font(FontSet.Face face, PDType0Font pdf) {
            this.face = face;
            this.pdf = pdf;
        }

        PDType0Font pdf() {
            return pdf;
        }

        private int glyph(char c) {
            char[] block = blocks[c >> 8];
            if (block == null) {
                block = face.glyphBlock(c >> 8);
                blocks[c >> 8] = block;
            }
            return block[c & 0xFF];
        }
    }

    private byte[] out = new byte[512];
    private int length;
    private char[] chars = new char[128];
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
        int n = text.length();
        if (chars.length < n) {
            chars = new char[n];
            codes = new char[n];
        }
        text.getChars(0, n, chars, 0);
        length = 0;
        int spaceCount = 0;
        boolean positioned = spacing != 0 && text.indexOf(' ') >= 0;
        int adjustmentLength = 0;
        if (positioned) {
            room(1);
            out[length++] = '[';
            adjustmentLength = format(-spacing * 1000 / size);
        }
        long[] shown = font.shown;
        int count = 0;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            int glyph = Character.isSurrogate(c) ? 0 : font.glyph(c);
            if (glyph == 0) {
                int codePoint = text.codePointAt(i);
                throw new IllegalArgumentException(String.format(Locale.ROOT, "No glyph for U+%04X in font %s",
                        codePoint, font.face.name()));
            }
            shown[c >> 6] |= 1L << c;
            codes[count++] = (char) glyph;
            if (c == ' ') {
                spaceCount++;
                if (positioned) {
                    string(count);
                    count = 0;
                    room(adjustmentLength + 1);
                    System.arraycopy(number, 0, out, length, adjustmentLength);
                    length += adjustmentLength;
                    out[length++] = ' ';
                }
            }
        }
        if (!positioned || count > 0) {
            string(count);
        }
        room(5);
        if (positioned) {
            out[length++] = ']';
        }
        out[length++] = ' ';
        out[length++] = 'T';
        out[length++] = (byte) (positioned ? 'J' : 'j');
        out[length++] = '\n';
        spaces = spaceCount;
        codePoints = n;
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
                for (int word = 0; word < font.shown.length; word++) {
                    for (long bits = font.shown[word]; bits != 0; bits &= bits - 1) {
                        font.pdf.addToSubset(word * 64 + Long.numberOfTrailingZeros(bits));
                    }
                }
            }
        }
    }

    /** Writes the first {@code count} codes as one string, two bytes a code. */
    private void string(int count) {
        char[] glyphs = codes;
        boolean literal = true;
        for (int i = 0; i < count && literal; i++) {
            literal = literalByte(glyphs[i] >> 8) && literalByte(glyphs[i] & 0xFF);
        }
        // At most four bytes a code: two escaped bytes, or four hexadecimal digits.
        room(4 * count + 2);
        byte[] bytes = out;
        int at = length;
        if (literal) {
            bytes[at++] = '(';
            for (int i = 0; i < count; i++) {
                at = literal(bytes, at, glyphs[i] >> 8);
                at = literal(bytes, at, glyphs[i] & 0xFF);
            }
            bytes[at++] = ')';
        } else {
            bytes[at++] = '<';
            for (int i = 0; i < count; i++) {
                int glyph = glyphs[i];
                bytes[at++] = HEX[glyph >> 12];
                bytes[at++] = HEX[(glyph >> 8) & 0xF];
                bytes[at++] = HEX[(glyph >> 4) & 0xF];
                bytes[at++] = HEX[glyph & 0xF];
            }
            bytes[at++] = '>';
        }
        length = at;
    }

    /** Bytes over 127, and line ends, which readers may not keep as they are, go in hexadecimal. */
    private static boolean literalByte(int b) {
        return b < 0x80 && b != '\r' && b != '\n';
    }

    private static int literal(byte[] bytes, int at, int b) {
        if (b == '(' || b == ')' || b == '\\') {
            bytes[at++] = '\\';
        }
        bytes[at++] = (byte) b;
        return at;
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

    /** Makes room for {@code count} more bytes. */
    private void room(int count) {
        if (length + count > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + count));
        }
    }
}
