package org.secnotes.render.layout;

/**
 * The four faces of a serif family that a note uses.
 *
 * <p>Immutable and thread-safe.
 */
public enum FontFace {
    /** Body text. */
    REGULAR,
    /** Headings, the organ, the title. */
    BOLD,
    /** Emphasis. */
    ITALIC,
    /** Emphasis inside strong text. */
    BOLD_ITALIC;

    /**
     * The face for text that is bold, italic, both or neither.
     *
     * @param bold   whether the text is bold
     * @param italic whether the text is italic
     * @return the face
     */
    public static FontFace of(boolean bold, boolean italic) {
        if (bold) {
            return italic ? BOLD_ITALIC : BOLD;
        }
        return italic ? ITALIC : REGULAR;
    }

    /** @return whether this face is bold */
    public boolean isBold() {
        return this == BOLD || this == BOLD_ITALIC;
    }

    /** @return whether this face is italic */
    public boolean isItalic() {
        return this == ITALIC || this == BOLD_ITALIC;
    }
}
