package org.secnotes.render.layout;

/**
 * A run of text with everything that decides how it is set, before it is broken into lines.
 *
 * @param text     the characters
 * @param face     the face
 * @param size     the type size
 * @param rise     how far above the baseline
 * @param link     the address it opens, or {@code null}
 * @param footnote the footnote it calls, or 0
 */
record Span(String text, FontFace face, float size, float rise, String link, int footnote) {

    Span withText(String other) {
        return new Span(other, face, size, rise, link, footnote);
    }

    boolean sameLook(Span other) {
        return face == other.face && size == other.size && rise == other.rise
                && java.util.Objects.equals(link, other.link);
    }
}
