package org.secnotes.render.layout;

import java.util.Objects;
import org.secnotes.render.RenderException;

/**
 * Today's shaper: one glyph per character, advances straight from the font's metrics, no
 * kerning and no ligatures (as the UN's own PDFs set Latin and Cyrillic text), and the check
 * that every character can be drawn.
 *
 * <p>Immutable and thread-safe.
 */
public final class LatinShaper implements TextShaper {

    /** Font metrics are in thousandths of an em. */
    private static final float UNITS_PER_EM = 1000f;

    private final FontMetrics fonts;

    /**
     * A shaper over a font set's metrics.
     *
     * @param fonts the metrics
     */
    public LatinShaper(FontMetrics fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    @Override
    public ShapedRun shape(TextRun run, String where) {
        String text = run.text();
        float[] advances = new float[text.length()];
        long total = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int advance = advance(run.face(), codePoint, where);
            advances[i] = advance * run.size() / UNITS_PER_EM;
            total += advance;
            i += Character.charCount(codePoint);
        }
        return new ShapedRun(run, advances, total * run.size() / UNITS_PER_EM);
    }

    @Override
    public float width(TextRun run, String where) {
        // Summed in font units and scaled once, as the advances are not: the same figure the
        // layout has always used for a piece's width.
        String text = run.text();
        long total = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            total += advance(run.face(), codePoint, where);
            i += Character.charCount(codePoint);
        }
        return total * run.size() / UNITS_PER_EM;
    }

    private int advance(FontFace face, int codePoint, String where) {
        int advance = fonts.advance(face, codePoint);
        if (advance < 0) {
            throw new RenderException(String.format(
                    "%s: character U+%04X '%s' cannot be drawn: the font %s has no glyph for it",
                    where, codePoint, new String(Character.toChars(codePoint)), fonts.fontName(face)));
        }
        return advance;
    }
}
