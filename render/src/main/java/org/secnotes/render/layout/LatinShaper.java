package org.secnotes.render.layout;

import java.util.List;
import java.util.Objects;

/**
 * The shaper of one font: one glyph per character, advances straight from the font's metrics, no
 * kerning and no ligatures (as the UN's own PDFs set Latin and Cyrillic text), and the check
 * that every character can be drawn, with an error naming the character and the font.
 *
 * <p>It is the {@link FontChainShaper font chain} reduced to its first family, so that text in one
 * font is measured by the same loop, to the same figures, as the chain measures it.
 *
 * <p>Immutable and thread-safe.
 */
public final class LatinShaper implements TextShaper {

    private final TextShaper chain;

    /**
     * A shaper over a font set's metrics, of which it uses the note's own faces only.
     *
     * @param fonts the metrics
     */
    public LatinShaper(FontMetrics fonts) {
        this.chain = new FontChainShaper(new FirstFamily(Objects.requireNonNull(fonts, "fonts")));
    }

    /** The metrics of the first family alone: the others draw nothing, so the chain never goes past it. */
    private record FirstFamily(FontMetrics fonts) implements FontMetrics {
        @Override
        public int advance(FontFace face, int codePoint) {
            return fonts.advance(face, codePoint);
        }

        @Override
        public String fontName(FontFace face) {
            return fonts.fontName(face);
        }
    }

    @Override
    public ShapedRun shape(TextRun run, String where) {
        return chain.shape(run, where);
    }

    @Override
    public float width(TextRun run, String where) {
        return chain.width(run, where);
    }

    @Override
    public void advances(TextRun run, float[] out, int offset, String where) {
        chain.advances(run, out, offset, where);
    }

    @Override
    public void measure(TextRun run, char[] text, int from, float[] advances, int[] firstFamilyUnits, String where) {
        chain.measure(run, text, from, advances, firstFamilyUnits, where);
    }

    @Override
    public List<Segment> segments(TextRun run, String where) {
        return chain.segments(run, where);
    }

    @Override
    public float drawnWidth(String drawn, FontFamily family, FontFace face, float size) {
        return chain.drawnWidth(drawn, family, face, size);
    }
}
