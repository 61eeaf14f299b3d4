package org.secnotes.core;

import java.util.List;

/**
 * A numbered footnote of the body.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number the footnote's number, 1 or more, as called by {@link Inline.FootnoteReference}
 * @param text   the footnote's text
 */
public record Footnote(int number, List<Inline> text) {
    /**
     * Checks and copies the parts.
     *
     * @param number the footnote's number, 1 or more, as called by {@link
     *     Inline.FootnoteReference}
     * @param text the footnote's text
     */
    public Footnote {
        if (number < 1) {
            throw new IllegalArgumentException("footnote numbers start at 1, not " + number);
        }
        text = List.copyOf(text);
    }
}
