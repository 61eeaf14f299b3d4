package org.secnotes.render.layout;

import java.util.Objects;
import org.secnotes.core.Language;

/**
 * A run of text a shaper turns into glyphs: one face, one size, one language and one direction.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text      the characters, in logical (reading) order
 * @param face      the face
 * @param size      the type size in points
 * @param language  the language the text is in, which picks the script's shaping rules
 * @param direction the direction the run is read in
 */
public record TextRun(String text, FontFace face, float size, Language language, Direction direction) {
    /**
     * Checks the parts.
     *
     * @param text the characters, in logical (reading) order
     * @param face the face
     * @param size the type size in points
     * @param language the language the text is in, which picks the script's shaping rules
     * @param direction the direction the run is read in
     */
    public TextRun {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(face, "face");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(direction, "direction");
    }
}
