package org.secnotes.templates;

import java.util.List;
import java.util.Objects;
import org.secnotes.core.Block;
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
 * @param text  the block's text (a table's: every cell's, see {@link Block.Table#text()})
 * @param table the table of a {@link BlockRole#TABLE} block, passed on as read (UN tables carry
 *              no words of the template's), or {@code null} for every other block
 */
public record LocalizedBlock(BlockRole role, int level, String label, List<Inline> text, Block.Table table) {
    /**
     * Checks and copies the parts.
     *
     * @param role what the block is
     * @param level the heading level (1 chapter, 2 section, 3 subsection), the sub-item
     *     depth (1, 2), or 0 for paragraphs
     * @param label the printed label, such as {@code "I."}, {@code "A."}, {@code "12."},
     *     {@code "(a)"} or {@code "a)"}; empty for an unlabelled block
     * @param text the block's text
     * @param table the table of a {@link BlockRole#TABLE} block, or {@code null} for every
     *     other block
     */
    public LocalizedBlock {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(label, "label");
        text = List.copyOf(text);
        if ((role == BlockRole.TABLE) != (table != null)) {
            throw new IllegalArgumentException("a table block, and only a table block, has a table");
        }
    }

    /**
     * A block that is not a table.
     *
     * @param role what the block is, not {@link BlockRole#TABLE}
     * @param level the heading level, the sub-item depth, or 0 for paragraphs
     * @param label the printed label, or empty
     * @param text the block's text
     */
    public LocalizedBlock(BlockRole role, int level, String label, List<Inline> text) {
        this(role, level, label, text, null);
    }

    /**
     * A table block.
     *
     * @param table the table
     * @return the block, unlabelled
     */
    public static LocalizedBlock of(Block.Table table) {
        return new LocalizedBlock(BlockRole.TABLE, 0, "", table.text(), table);
    }
}
