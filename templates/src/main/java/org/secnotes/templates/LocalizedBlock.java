package org.secnotes.templates;

import java.util.List;
import java.util.Objects;
import org.secnotes.core.Inline;

/**
 * A block of the body with its label written for one language.
 *
 * <p>Immutable and thread-safe.
 *
 * @param role  what the block is
 * @param level the heading level (1 chapter, 2 section, 3 subsection), the sub-item depth (1, 2),
 *              or 0 for paragraphs
 * @param label the printed label, such as {@code "I."}, {@code "A."}, {@code "12."}, {@code "(a)"}
 *              or {@code "a)"}; empty for an unlabelled block
 * @param text  the block's text
 */
public record LocalizedBlock(BlockRole role, int level, String label, List<Inline> text) {
    /**
     * Checks and copies the parts.
     *
     * @param role what the block is
     * @param level the heading level (1 chapter, 2 section, 3 subsection), the sub-item
     *     depth (1, 2), or 0 for paragraphs
     * @param label the printed label, such as {@code "I."}, {@code "A."}, {@code "12."},
     *     {@code "(a)"} or {@code "a)"}; empty for an unlabelled block
     * @param text the block's text
     */
    public LocalizedBlock {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(label, "label");
        text = List.copyOf(text);
    }
}
