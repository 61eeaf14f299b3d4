package org.secnotes.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.secnotes.render.layout.FontFace;
import org.secnotes.render.layout.FontFamily;
import org.secnotes.render.layout.FontMetrics;

/**
 * The TrueType fonts a PDF is set in, read once per process and shared by every document and
 * thread: each face's file bytes (edited as {@link FontBytes} says) and its advance widths
 * for every character it maps, which is all that layout needs.
 *
 * <p>A set is a chain of {@link FontFamily families}: the note's own four faces (the user's, or
 * Liberation Serif), then Liberation Serif for Latin runs, then Noto Naskh Arabic and Noto Serif
 * SC. Those two come from the separate {@code secnotes-fonts} artifact, found on the class path by
 * resource name ({@code /org/secnotes/fonts/...}) so that this library takes no dependency on its
 * megabytes: an application that needs only Latin and Cyrillic leaves it out, and a note that
 * needs it then fails with an error naming the character. Each is read on first use only, the
 * Chinese font (3.8 MB a face) never for a note without Chinese. Neither has an italic: italic
 * text is set in the upright face of the same weight.
 *
 * <p>PDFBox never sees a font's GSUB table, nor more than one of its cmap subtables: see
 * {@link FontBytes} for why and how.
 *
 * <p>Immutable and thread-safe.
 */
public final class FontSet implements FontMetrics {

    private static final String LIBERATION = "/liberation/LiberationSerif-";
    /** Where the secnotes-fonts artifact keeps its fonts (its {@code BundledFont.resource()}). */
    static final String BUNDLED = "/org/secnotes/fonts/";

    private final Map<FontFace, Face> faces;
    /** Whether the note's own faces are Liberation Serif, so the Latin family adds nothing. */
    private final boolean liberation;
    /**
     * Parsed fonts not in use. fontbox's subsetter reads a TrueTypeFont while a document's fonts
     * are embedded ({@link Type0Embedding}), and its readers are not safe to share between
     * threads, so each render borrows a parsed set and gives it back: fonts are parsed once per
     * concurrent render, not once per document.
     */
    private final ConcurrentLinkedQueue<Parsed> idle = new ConcurrentLinkedQueue<>();

    /** One render's parsed fonts, each parsed on first use. Not thread-safe: one render at a time. */
    final class Parsed {
        /** By face object: the regular and italic faces of a family without italic share one. */
        private final Map<Face, TrueTypeFont> parsed = new java.util.IdentityHashMap<>();

        private Parsed() {
        }

        TrueTypeFont font(FontFace face) throws IOException {
            return font(FontFamily.PRIMARY, face);
        }

        TrueTypeFont font(FontFamily family, FontFace face) throws IOException {
            Face source = face(family, face);
            if (source == null) {
                throw new IllegalStateException("no " + family + " font for " + face);
            }
            return font(source);
        }

        /** The face parsed for this render, parsed on first use. */
        TrueTypeFont font(Face source) throws IOException {
            TrueTypeFont font = parsed.get(source);
            if (font == null) {
                font = source.open();
                parsed.put(source, font);
            }
            return font;
        }
    }

    /**
     * One face: its bytes, and its metrics, read on first use so that a note set in two faces
     * never pays for the other two. Thread-safe.
     */
    static final class Face {
        /** The bundled font's resource name, read on first use; null for a face given as bytes. */
        private final String resource;
        private byte[] bytes;
        /**
         * Advance widths in thousandths of an em, by blocks of 256 BMP code points, each filled on
         * first use (a Latin note touches a handful); -1 where the font has no glyph.
         */
        private final AtomicReferenceArray<short[]> blocks = new AtomicReferenceArray<>(256);
        /** {@link #glyphBlock}'s blocks, guarded by this face: a document asks once per block. */
        private final char[][] glyphs = new char[256][];
        private TrueTypeFont metrics;
        private String name;
        /** What every document's embedding of the face shares, made on first use. */
        private FaceProgram program;

        Face(byte[] bytes) {
            this.resource = null;
            this.bytes = bytes;
        }

        /** A face read from the class path when first needed: a Chinese note may use only one of two. */
        Face(String resource) {
            this.resource = resource;
        }

        private synchronized byte[] bytes() {
            if (bytes == null) {
                bytes = FontBytes.forPdfbox(optionalResource(resource));
            }
            return bytes;
        }

        /** @return the advance width in thousandths of an em, or -1 if the face cannot draw the character */
        int width(int codePoint) {
            if (codePoint > 0xFFFF) {
                return -1;
            }
            short[] block = blocks.get(codePoint >> 8);
            if (block == null) {
                block = block(codePoint >> 8);
            }
            return block[codePoint & 0xFF];
        }

        /**
         * The glyphs the face's Unicode cmap gives 256 BMP characters, 0 where it has none: the
         * codes {@link GlyphText} writes for them in the Identity-H encoding. Read once per
         * process; synchronized because the parsed font is not safe to share.
         *
         * @param index the characters' high byte: the block holds U+index00 to U+indexFF
         * @return the block, by low byte; not to be changed
         */
        synchronized char[] glyphBlock(int index) {
            char[] block = glyphs[index];
            if (block != null) {
                return block;
            }
            CmapLookup cmap;
            try {
                cmap = font().getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the cmap of " + name, e);
            }
            block = new char[256];
            for (int i = 0; i < 256; i++) {
                block[i] = (char) cmap.getGlyphId((index << 8) | i);
            }
            glyphs[index] = block;
            return block;
        }

        /**
         * What every document's embedding of the face shares: descriptor values and widths by
         * glyph. Made once per process; synchronized because the parsed font is not safe to share.
         *
         * @throws IllegalArgumentException if the font cannot be embedded as a subset
         */
        synchronized FaceProgram program() {
            if (program == null) {
                try {
                    program = new FaceProgram(font());
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read the metrics of " + name, e);
                }
            }
            return program;
        }

        synchronized String name() {
            font();
            return name;
        }

        /** Reads one block's widths; synchronized because the parsed font is not safe to share. */
        private synchronized short[] block(int index) {
            short[] block = blocks.get(index);
            if (block != null) {
                return block;
            }
            try {
                TrueTypeFont font = font();
                CmapLookup cmap = font.getUnicodeCmapLookup();
                float scale = 1000f / font.getUnitsPerEm();
                block = new short[256];
                for (int i = 0; i < 256; i++) {
                    int glyph = cmap.getGlyphId((index << 8) | i);
                    block[i] = glyph == 0 ? -1 : (short) Math.round(font.getAdvanceWidth(glyph) * scale);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the widths of " + name, e);
            }
            blocks.set(index, block);
            return block;
        }

        /** The font kept open for metrics only, parsed on first use. */
        private TrueTypeFont font() {
            if (metrics == null) {
                try {
                    metrics = open();
                    name = metrics.getName();
                    metrics.getUnicodeCmapLookup();
                } catch (IOException | RuntimeException e) {
                    throw new IllegalArgumentException("not a usable TrueType font: " + e.getMessage(), e);
                }
            }
            return metrics;
        }

        /** Checks that the bytes are a TrueType font with a Unicode cmap. */
        synchronized void check() {
            font();
        }

        /** A fresh parse of the face's bytes. */
        TrueTypeFont open() throws IOException {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
        }
    }

    private FontSet(Map<FontFace, Face> faces, boolean liberation) {
        this.faces = faces;
        this.liberation = liberation;
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
            return new FontSet(lazily(files), true);
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
        FontSet set = new FontSet(lazily(files), false);
        for (FontFace face : FontFace.values()) {
            try {
                set.face(face).check();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the " + face + " face is " + e.getMessage(), e);
            }
        }
        return set;
    }

    /** Faces parsed on first use: for the fonts we ship, known to be good. */
    private static Map<FontFace, Face> lazily(Map<FontFace, byte[]> files) {
        Map<FontFace, Face> faces = new EnumMap<>(FontFace.class);
        for (FontFace face : FontFace.values()) {
            byte[] file = Objects.requireNonNull(files.get(face), () -> "the " + face + " face is missing");
            faces.put(face, new Face(FontBytes.forPdfbox(file)));
        }
        return faces;
    }

    /**
     * A bundled family's four faces, regular and bold from the secnotes-fonts artifact, italic
     * set upright, each read when first used; empty when the artifact is not on the class path.
     */
    private static Map<FontFace, Face> bundled(String regular, String bold) {
        if (FontSet.class.getResource(BUNDLED + regular) == null || FontSet.class.getResource(BUNDLED + bold) == null) {
            return Map.of();
        }
        Face regularFace = new Face(BUNDLED + regular);
        Face boldFace = new Face(BUNDLED + bold);
        Map<FontFace, Face> faces = new EnumMap<>(FontFace.class);
        faces.put(FontFace.REGULAR, regularFace);
        faces.put(FontFace.ITALIC, regularFace);
        faces.put(FontFace.BOLD, boldFace);
        faces.put(FontFace.BOLD_ITALIC, boldFace);
        return faces;
    }

    private static byte[] optionalResource(String name) {
        try (InputStream in = FontSet.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    /** Noto Naskh Arabic, read on first use. */
    private static final class ArabicHolder {
        static final Map<FontFace, Face> FACES = bundled("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf");
    }

    /** Noto Serif SC, read on first use: 3.8 MB a face, which a note without Chinese never reads. */
    private static final class ChineseHolder {
        static final Map<FontFace, Face> FACES = bundled("NotoSerifSC-Regular-GB2312.ttf", "NotoSerifSC-Bold-GB2312.ttf");
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

    /** The face of a family, or null if the family is not available (or adds nothing). */
    Face face(FontFamily family, FontFace face) {
        switch (family) {
            case PRIMARY:
                return faces.get(face);
            case LATIN:
                return liberation ? null : LiberationHolder.INSTANCE.faces.get(face);
            case ARABIC:
                return ArabicHolder.FACES.get(face);
            case CJK:
                return ChineseHolder.FACES.get(face);
            default:
                throw new IllegalArgumentException("no family " + family);
        }
    }

    @Override
    public int advance(FontFace face, int codePoint) {
        return faces.get(face).width(codePoint);
    }

    @Override
    public String fontName(FontFace face) {
        return faces.get(face).name();
    }

    @Override
    public int advance(FontFamily family, FontFace face, int codePoint) {
        Face source = face(family, face);
        return source == null ? -1 : source.width(codePoint);
    }

    @Override
    public String fontName(FontFamily family, FontFace face) {
        Face source = face(family, face);
        if (source != null) {
            return source.name();
        }
        return family == FontFamily.ARABIC || family == FontFamily.CJK
                ? "(no " + family + " font: secnotes-fonts is not on the class path)" : "(no " + family + " font)";
    }
}
