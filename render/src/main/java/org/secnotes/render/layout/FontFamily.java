package org.secnotes.render.layout;

/**
 * Which family of the font chain a piece of text is set in. A character goes to the first family
 * that can draw it, in this order: the user's fonts (or Liberation Serif when none are given),
 * Liberation Serif, then the family of the character's script (Arabic or Chinese) before the
 * other. Each family has the four {@link FontFace faces}; one without an italic sets italic text
 * in the upright face of the same weight.
 *
 * <p>Immutable and thread-safe.
 */
public enum FontFamily {
    /** The note's own fonts: the user's, or Liberation Serif. */
    PRIMARY,
    /** Liberation Serif, for Latin runs (symbols, figures) when the user's fonts cannot draw them. */
    LATIN,
    /** Noto Naskh Arabic, for Arabic letters and marks, which it draws in their shaped forms. */
    ARABIC,
    /** Noto Serif SC, for Chinese characters and the punctuation set with them. */
    CJK;

    /** @return whether text in this family sets solid, justified by the space between characters */
    public boolean setsSolid() {
        return this == CJK;
    }
}
