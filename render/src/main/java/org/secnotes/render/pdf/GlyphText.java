package org.secnotes.render.pdf;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.util.NumberFormatUtil;

/**
 * Writes one document's text-showing operators from glyph codes, which PDFBox's
 * {@code showText} would find one code point at a time through the font's encoder, with a
 * separate stream write for every byte of the string.
 *
 * <p>The fonts are Type 0 with the Identity-H encoding ({@link Type0Embedding}): a character's
 * code is the two bytes of its glyph ID in the original font, read from the face's Unicode cmap
 * ({@link FontSet.Face#glyphBlock}, once per process), and the subset's CIDToGIDMap maps those IDs
 * to the subset's glyphs. Every character shown is recorded, once, so that {@link Font#embed}
 * knows the glyphs to keep and what each stands for: the character itself, or for an Arabic
 * presentation form (drawn because ICU shaped the text) the letters it is a form of, so that copy
 * and search give letters. Where two characters shown share a glyph (the space and the no-break
 * space, Arabic heh and ae) the glyph stands for the lower of them.
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
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    /** A font of the document, the characters shown in it, and its dictionary, filled on {@link #embed}. */
    static final class Font {
        private final FontSet.Face face;
        private final COSName resource;
        private final COSDictionary dictionary = new COSDictionary();
        /** The face's glyph blocks this document has used, kept here to skip the shared cache. */
        private final char[][] blocks = new char[256][];
        /** A bit per BMP code point shown (the layout draws nothing above the BMP). */
        private final long[] shown = new long[1024];

        /**
         * @param face     the face
         * @param resource the font's name in the pages' resources, unique in the document
         */
        Font(FontSet.Face face, COSName resource) {
            this.face = face;
            this.resource = resource;
        }

        /** @return the name the pages' resources give the font */
        COSName resource() {
            return resource;
        }

        /** @return the Type 0 font dictionary, empty until {@link #embed} */
        COSDictionary dictionary() {
            return dictionary;
        }

        /**
         * Embeds the subset of the glyphs shown, filling {@link #dictionary}. Once, after the last
         * character is shown.
         *
         * @param document the document's COS document
         * @param parsed   the face parsed for this render
         * @throws IOException if the subset cannot be written
         */
        void embed(COSDocument document, TrueTypeFont parsed) throws IOException {
            FaceProgram program = face.program();
            String[] byGlyph = new String[program.glyphCount()];
            int count = 0;
            // Ascending, so a glyph two characters share stands for the lower one.
            for (int word = 0; word < shown.length; word++) {
                for (long bits = shown[word]; bits != 0; bits &= bits - 1) {
                    char c = (char) (word * 64 + Long.numberOfTrailingZeros(bits));
                    int glyph = glyph(c);
                    if (byGlyph[glyph] == null) {
                        byGlyph[glyph] = isPresentationForm(c) ? NFKC.normalize(String.valueOf(c)) : String.valueOf(c);
                        count++;
                    }
                }
            }
            int[] glyphs = new int[count];
            String[] texts = new String[count];
            for (int glyph = 1, i = 0; i < count; glyph++) {
                if (byGlyph[glyph] != null) {
                    glyphs[i] = glyph;
                    texts[i++] = byGlyph[glyph];
                }
            }
            Type0Embedding.write(document, dictionary, program, parsed, glyphs, texts);
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

    /** Arabic presentation forms A and B, which ICU's shaping draws for the letters. */
    private static boolean isPresentationForm(char c) {
        return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF');
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
     * The operator that selects a font: {@code /name size Tf}, as a content stream writes it.
     *
     * @param font the font
     * @param size the type size
     * @return the operator bytes, ending in a line end
     */
    byte[] select(Font font, float size) {
        String name = font.resource.getName();
        int sizeLength = format(size);
        byte[] bytes = new byte[name.length() + sizeLength + 6];
        int at = 0;
        bytes[at++] = '/';
        for (int i = 0; i < name.length(); i++) {
            bytes[at++] = (byte) name.charAt(i);
        }
        bytes[at++] = ' ';
        System.arraycopy(number, 0, bytes, at, sizeLength);
        at += sizeLength;
        bytes[at++] = ' ';
        bytes[at++] = 'T';
        bytes[at++] = 'f';
        bytes[at] = '\n';
        return bytes;
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
