package org.secnotes.render.layout;

/**
 * The advance widths of a family's four faces, which is all the layout needs to know of a font.
 * The PDF writer's font set provides them; a shaper reads them.
 *
 * <p>Implementations must be thread-safe: one font set serves every concurrent layout.
 */
public interface FontMetrics {

    /**
     * The advance of one character.
     *
     * @param face      the face
     * @param codePoint the character
     * @return the advance in thousandths of an em, or -1 if the face has no glyph for it
     */
    int advance(FontFace face, int codePoint);

    /**
     * The face's font name, for error messages.
     *
     * @param face the face
     * @return the name, such as "LiberationSerif-Bold"
     */
    String fontName(FontFace face);
}
