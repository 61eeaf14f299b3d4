package org.secnotes.render.pdf;

import org.secnotes.render.RenderException;

/**
 * Widths of text from the shared font metrics, and the check that every character can be drawn.
 *
 * <p>Immutable and thread-safe.
 */
final class TextMeasure {

    private final FontSet fonts;

    TextMeasure(FontSet fonts) {
        this.fonts = fonts;
    }

    /**
     * The natural width of a text.
     *
     * @param where what the text is, for the error message ("paragraph 3", "the title")
     * @throws RenderException if the face has no glyph for a character
     */
    /**
     * Writes the advance of each character of a text into an array, the whole advance of a
     * surrogate pair on its first half.
     *
     * @throws RenderException if the face has no glyph for a character
     */
    void advances(String text, FontFace face, float size, String where, float[] out, int offset) {
        FontSet.Face metrics = fonts.face(face);
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int width = metrics.width(codePoint);
            if (width < 0) {
                throw undrawable(where, codePoint, metrics);
            }
            out[offset + i] = width * size / 1000f;
            if (Character.charCount(codePoint) == 2) {
                out[offset + i + 1] = 0;
            }
            i += Character.charCount(codePoint);
        }
    }

    private static RenderException undrawable(String where, int codePoint, FontSet.Face metrics) {
        return new RenderException(String.format("%s: character U+%04X '%s' cannot be drawn: the font %s has no glyph for it",
                where, codePoint, new String(Character.toChars(codePoint)), metrics.name()));
    }

    float width(String text, FontFace face, float size, String where) {
        FontSet.Face metrics = fonts.face(face);
        long total = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int width = metrics.width(codePoint);
            if (width < 0) {
                throw undrawable(where, codePoint, metrics);
            }
            total += width;
            i += Character.charCount(codePoint);
        }
        return total * size / 1000f;
    }
}
