package org.secnotes.render.pdf;

import java.io.IOException;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.PostScriptTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * What a face's embedding in a PDF shares with every other document: the font descriptor's
 * values (ISO 32000-1, 9.8) and the advance width of every glyph in PDF glyph space (thousandths
 * of an em). {@code PDType0Font.load} computed these again for each document, and wrote and then
 * re-parsed a width array for the whole font; {@link Type0Embedding} takes them from here and
 * writes the widths of the glyphs a document uses only.
 *
 * <p>Immutable and thread-safe; one per face and process, made by {@link FontSet.Face#program}.
 */
final class FaceProgram {

    /** Font descriptor flags (ISO 32000-1, table 123). */
    private static final int FIXED_PITCH = 1;
    private static final int SERIF = 1 << 1;
    private static final int SYMBOLIC = 1 << 2;
    private static final int SCRIPT = 1 << 3;
    private static final int ITALIC = 1 << 6;
    /** OS/2 fsSelection bits for italic and oblique. */
    private static final int FS_ITALIC = 1;
    private static final int FS_OBLIQUE = 1 << 9;

    private final String postScriptName;
    private final int flags;
    private final float[] bbox;
    private final float italicAngle;
    private final float ascent;
    private final float descent;
    private final float capHeight;
    private final float xHeight;
    private final float stemV;
    private final int weight;
    /** Advance widths in thousandths of an em, rounded, by glyph ID. */
    private final int[] widths;

    /**
     * Reads the values from a parsed face.
     *
     * @param font the face; read here, never kept
     * @throws IOException if a table cannot be read
     * @throws IllegalArgumentException if the font forbids what embedding a subset needs, or
     *                                  lacks a table the descriptor is made from
     */
    FaceProgram(TrueTypeFont font) throws IOException {
        postScriptName = font.getName();
        HeaderTable head = require(font.getHeader(), "head");
        HorizontalHeaderTable hhea = require(font.getHorizontalHeader(), "hhea");
        HorizontalMetricsTable hmtx = require(font.getHorizontalMetrics(), "hmtx");
        OS2WindowsMetricsTable os2 = font.getOS2Windows();
        PostScriptTable post = font.getPostScript();
        if (os2 != null) {
            checkLicence(os2.getFsType(), postScriptName);
        }
        float scale = 1000f / head.getUnitsPerEm();
        int flagBits = SYMBOLIC; // the glyphs are addressed by ID, not by a standard encoding
        if ((post != null && post.getIsFixedPitch() > 0) || hhea.getNumberOfHMetrics() == 1) {
            flagBits |= FIXED_PITCH;
        }
        if (os2 != null) {
            if ((os2.getFsSelection() & (FS_ITALIC | FS_OBLIQUE)) != 0) {
                flagBits |= ITALIC;
            }
            // sFamilyClass holds the class in its high byte and the subclass in its low byte
            // (fontbox returns both: Liberation Serif's 0x0105 is oldstyle serif, subclass 5).
            int family = os2.getFamilyClass() >> 8;
            if (family >= OS2WindowsMetricsTable.FAMILY_CLASS_OLDSTYLE_SERIFS
                    && family <= OS2WindowsMetricsTable.FAMILY_CLASS_FREEFORM_SERIFS
                    && family != 6) { // class 6 is reserved
                flagBits |= SERIF;
            } else if (family == OS2WindowsMetricsTable.FAMILY_CLASS_SCRIPTS) {
                flagBits |= SCRIPT;
            }
        }
        flags = flagBits;
        bbox = new float[] {head.getXMin() * scale, head.getYMin() * scale, head.getXMax() * scale, head.getYMax() * scale};
        italicAngle = post == null ? 0 : post.getItalicAngle();
        ascent = hhea.getAscender() * scale;
        descent = hhea.getDescender() * scale;
        if (os2 != null && os2.getVersion() >= 2) {
            // sCapHeight and sxHeight came with version 2 of the OS/2 table.
            capHeight = os2.getCapHeight() * scale;
            xHeight = os2.getHeight() * scale;
        } else if (os2 != null) {
            capHeight = (os2.getTypoAscender() + os2.getTypoDescender()) * scale;
            xHeight = os2.getTypoAscender() / 2f * scale;
        } else {
            capHeight = ascent;
            xHeight = ascent / 2;
        }
        // TrueType has no stem width; readers use StemV only for substitution, which an embedded
        // font never needs, so an estimate from the box is enough.
        stemV = (bbox[2] - bbox[0]) * 0.13f;
        weight = os2 == null ? 0 : os2.getWeightClass();
        int glyphs = font.getNumberOfGlyphs();
        widths = new int[glyphs];
        for (int glyph = 0; glyph < glyphs; glyph++) {
            widths[glyph] = Math.round(hmtx.getAdvanceWidth(glyph) * scale);
        }
    }

    /**
     * Refuses a font whose licence bits (OS/2 fsType) forbid embedding it as a subset: restricted
     * licence without an embeddable bit, bitmap embedding only, or no subsetting.
     */
    private static void checkLicence(int fsType, String name) {
        boolean restricted = (fsType & 0xF) == OS2WindowsMetricsTable.FSTYPE_RESTRICTED;
        if (restricted || (fsType & OS2WindowsMetricsTable.FSTYPE_BITMAP_ONLY) != 0
                || (fsType & OS2WindowsMetricsTable.FSTYPE_NO_SUBSETTING) != 0) {
            throw new IllegalArgumentException("the font " + name + " does not permit embedding as a subset (OS/2 fsType "
                    + Integer.toHexString(fsType) + ")");
        }
    }

    private <T> T require(T table, String tag) {
        if (table == null) {
            throw new IllegalArgumentException("the font " + postScriptName + " has no " + tag + " table");
        }
        return table;
    }

    /** @return the PostScript name, which the subset's name extends with its tag */
    String postScriptName() {
        return postScriptName;
    }

    /** @return the descriptor's Flags */
    int flags() {
        return flags;
    }

    /** @return FontBBox: lower-left x and y, upper-right x and y, in glyph space; a copy */
    float[] bbox() {
        return bbox.clone();
    }

    float italicAngle() {
        return italicAngle;
    }

    float ascent() {
        return ascent;
    }

    float descent() {
        return descent;
    }

    float capHeight() {
        return capHeight;
    }

    float xHeight() {
        return xHeight;
    }

    float stemV() {
        return stemV;
    }

    /** @return the OS/2 weight class, or 0 when the font has no OS/2 table */
    int weight() {
        return weight;
    }

    /** @return the number of glyphs in the whole font */
    int glyphCount() {
        return widths.length;
    }

    /** @return a glyph's advance width in thousandths of an em */
    int width(int glyph) {
        return widths[glyph];
    }
}
