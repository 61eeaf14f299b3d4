package org.secnotes.core;

import java.util.List;

/**
 * The text of one language version: its blocks in reading order and its numbered footnotes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param blocks    headings, paragraphs and sub-items in reading order
 * @param footnotes the footnotes, numbered from 1 in order of first call
 */
public record Body(List<Block> blocks, List<Footnote> footnotes) {
    /**
     * Copies the lists.
     *
     * @param blocks headings, paragraphs and sub-items in reading order
     * @param footnotes the footnotes, numbered from 1 in order of first call
     */
    public Body {
        blocks = List.copyOf(blocks);
        footnotes = List.copyOf(footnotes);
    }

    /** @return a body with no text */
    public static Body empty() {
        return new Body(List.of(), List.of());
    }
}
