package org.secnotes.render.layout;

/**
 * The seam between the layout and a script: turns a run of text into advances, and refuses a
 * character the face cannot draw. {@link LatinShaper} serves Latin and Cyrillic text, one glyph
 * per character; a shaper for Arabic (contextual forms, ligatures, right to left) or for Chinese
 * (a fallback face per character) implements the same method.
 *
 * <p>Implementations must be thread-safe.
 */
public interface TextShaper {

    /**
     * Shapes one run.
     *
     * @param run   the text, face, size, language and direction
     * @param where what the text is, for the error message ("paragraph 3", "the title")
     * @return the advances and width
     * @throws org.secnotes.render.RenderException if the face has no glyph for a character
     */
    ShapedRun shape(TextRun run, String where);

    /**
     * The natural width of a text, as {@link #shape} would give it.
     *
     * @param run   the text, face, size, language and direction
     * @param where what the text is, for the error message
     * @return the width in points
     * @throws org.secnotes.render.RenderException if the face has no glyph for a character
     */
    default float width(TextRun run, String where) {
        return shape(run, where).width();
    }
}
