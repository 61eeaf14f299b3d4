package org.secnotes.templates;

/**
 * What a block is, carried down to the renderers so that each can set it in its own way (and a
 * tagged PDF can name it).
 *
 * <p>Immutable and thread-safe.
 */
public enum BlockRole {
    /** A chapter, section or subsection heading. */
    HEADING,
    /** A numbered paragraph. */
    NUMBERED_PARAGRAPH,
    /** A sub-item of the paragraph before it: "(a)" or "a)". */
    SUB_ITEM,
    /** An unnumbered paragraph. */
    PARAGRAPH,
    /** One paragraph of a block quotation, set indented. */
    BLOCK_QUOTE,
    /**
     * The heading of an annex, which starts on a new page: the label is the heading ("Annex",
     * "Annex II", "Anexo II"), the text the annex's title.
     */
    ANNEX,
    /** A table: {@link LocalizedBlock#table()} holds its rows. */
    TABLE
}
