package org.secnotes.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The TrueType fonts a PDF is set in, read once per process and shared by every document and
 * thread: each face's file bytes (with its GSUB table unlisted, see below) and its advance widths
 * for every character it maps, which is all that layout needs.
 *
 * <p>Why the GSUB table goes: PDFBox 3.0's {@code showText} runs a glyph-substitution pass
 * whenever a font has one, building regular expressions from its ligature sets on every call;
 * that made a bare PDFBox writer slower than FOP. Latin and Cyrillic notes need no substitution,
 * so the table is dropped from the font's table directory before PDFBox ever sees it.
 *
 * <p>Immutable and thread-safe.
 */
public final class FontSet {

    private static final String LIBERATION = "/liberation/LiberationSerif-";

    private final Map<FontFace, Face> faces;
    /**
     * Parsed fonts not in use. PDFBox reads a TrueTypeFont while it subsets it on save, and its
     * readers are not safe to share between threads, so each render borrows a parsed set and gives
     * it back: fonts are parsed once per concurrent render, not once per document.
     */
    private final ConcurrentLinkedQueue<Parsed> idle = new ConcurrentLinkedQueue<>();

    /** One render's parsed fonts, each parsed on first use. Not thread-safe: one render at a time. */
    final class Parsed {
        private final Map<FontFace, TrueTypeFont> parsed = new EnumMap<>(FontFace.class);

        private Parsed() {
        }

        TrueTypeFont font(FontFace face) throws IOException {
            TrueTypeFont font = parsed.get(face);
            if (font == null) {
                font = faces.get(face).open();
                parsed.put(face, font);
            }
            return font;
        }
    }

    /** One face: its bytes and its metrics. Immutable. */
    static final class Face {
        private final byte[] bytes;
        /** Advance widths in thousandths of an em, by BMP code point; -1 where the font has no glyph. */
        private final short[] widths;
        private final String name;

        Face(String name, byte[] bytes, short[] widths) {
            this.name = name;
            this.bytes = bytes;
            this.widths = widths;
        }

        /** @return the advance width in thousandths of an em, or -1 if the face cannot draw the character */
        int width(int codePoint) {
            return codePoint < widths.length ? widths[codePoint] : -1;
        }

        boolean canDraw(int codePoint) {
            return width(codePoint) >= 0;
        }

        String name() {
            return name;
        }

        /** A fresh parse of the face's bytes. */
        TrueTypeFont open() throws IOException {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        }

        byte[] bytes() {
            return bytes;
        }
    }

    private FontSet(Map<FontFace, Face> faces) {
        this.faces = faces;
    }

    /** @return Liberation Serif (metrically compatible with Times New Roman), read once per process */
    public static FontSet liberationSerif() {
        return LiberationHolder.INSTANCE;
    }

    /** Loads the default set on first use only. */
    private static final class LiberationHolder {
        static final FontSet INSTANCE = load();

        private static FontSet load() {
            Map<FontFace, byte[]> files = new EnumMap<>(FontFace.class);
            files.put(FontFace.REGULAR, resource(LIBERATION + "Regular.ttf"));
            files.put(FontFace.BOLD, resource(LIBERATION + "Bold.ttf"));
            files.put(FontFace.ITALIC, resource(LIBERATION + "Italic.ttf"));
            files.put(FontFace.BOLD_ITALIC, resource(LIBERATION + "BoldItalic.ttf"));
            return of(files);
        }

        private static byte[] resource(String name) {
            try (InputStream in = FontSet.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException(name + " is missing: is openpdf-fonts-extra on the class path?");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + name, e);
            }
        }
    }

    /**
     * A set of the user's own TrueType fonts (.ttf, with glyph outlines in a glyf table).
     *
     * @param files the bytes of each of the four faces
     * @return the font set
     * @throws IllegalArgumentException if a face is missing or is not a TrueType font
     */
    public static FontSet of(Map<FontFace, byte[]> files) {
        Map<FontFace, Face> faces = new EnumMap<>(FontFace.class);
        for (FontFace face : FontFace.values()) {
            byte[] file = Objects.requireNonNull(files.get(face), () -> "the " + face + " face is missing");
            try {
                byte[] bytes = withoutTable(file, "GSUB");
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                try {
                    faces.put(face, new Face(font.getName(), bytes, widths(font)));
                } finally {
                    font.close();
                }
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("the " + face + " face is not a usable TrueType font: " + e.getMessage(), e);
            }
        }
        return new FontSet(faces);
    }

    /** @return a parsed set for one render; give it back with {@link #release} */
    Parsed borrow() {
        Parsed parsed = idle.poll();
        return parsed != null ? parsed : new Parsed();
    }

    void release(Parsed parsed) {
        idle.offer(parsed);
    }

    Face face(FontFace face) {
        return faces.get(face);
    }

    private static short[] widths(TrueTypeFont font) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        float scale = 1000f / font.getUnitsPerEm();
        short[] widths = new short[0x10000];
        for (int codePoint = 0; codePoint < widths.length; codePoint++) {
            int glyph = cmap.getGlyphId(codePoint);
            widths[codePoint] = glyph == 0 ? -1 : (short) Math.round(font.getAdvanceWidth(glyph) * scale);
        }
        return widths;
    }

    /**
     * Copies a TrueType file with one table removed from its table directory. The table's bytes
     * stay where they are, unreferenced; every other table keeps its offset.
     */
    static byte[] withoutTable(byte[] font, String tag) {
        byte[] copy = font.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy);
        int tables = buffer.getShort(4) & 0xFFFF;
        byte[] wanted = tag.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (copy[record] == wanted[0] && copy[record + 1] == wanted[1]
                    && copy[record + 2] == wanted[2] && copy[record + 3] == wanted[3]) {
                int last = 12 + 16 * (tables - 1);
                System.arraycopy(copy, record + 16, copy, record, last - record);
                java.util.Arrays.fill(copy, last, last + 16, (byte) 0);
                buffer.putShort(4, (short) (tables - 1));
                return copy;
            }
        }
        return copy;
    }
}
