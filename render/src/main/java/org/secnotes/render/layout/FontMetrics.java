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

    /**
     * The advance of one character in one family of the font chain. A set of one family (the
     * default) has only {@link FontFamily#PRIMARY}.
     *
     * @param family    the family
     * @param face      the face
     * @param codePoint the character
     * @return the advance in thousandths of an em, or -1 if the family has no glyph for it or is
     *         not available
     */
    default int advance(FontFamily family, FontFace face, int codePoint) {
        return family == FontFamily.PRIMARY ? advance(face, codePoint) : -1;
    }

    /**
     * A family's font name, for error messages.
     *
     * @param family the family
     * @param face   the face
     * @return the name, or a sentence saying the family is not available
     */
    default String fontName(FontFamily family, FontFace face) {
        return family == FontFamily.PRIMARY ? fontName(face) : "(no " + family + " font)";
    }
}
