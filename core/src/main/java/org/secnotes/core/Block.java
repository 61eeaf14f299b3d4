package org.secnotes.core;

import java.util.List;
import java.util.Objects;

/**
 * A block of the note's body. The body is a flat sequence of blocks in reading order; numbering
 * of paragraphs runs on across headings and starts again at each {@link Annex}.
 *
 * <p>Every implementation is an immutable record and thread-safe.
 */
public sealed interface Block {

    /** @return the block's text runs */
    List<Inline> text();

    /**
     * A heading: level 1 is a chapter ("I. Introduction"), level 2 a section ("A. Mandate"),
     * level 3 a subsection ("1. Scope").
     *
     * @param level 1, 2 or 3
     * @param label the label as written without its full stop, such as {@code "I"} or {@code "A"},
     *              or the empty string for an unlabelled heading
     * @param text  the heading's text
     */
    record Heading(int level, String label, List<Inline> text) implements Block {
        /**
         * Checks and copies the parts.
         *
         * @param level 1, 2 or 3
         * @param label the label as written without its full stop, such as {@code "I"}
         *     or {@code "A"}, or the empty string for an unlabelled heading
         * @param text the heading's text
         */
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading levels are 1 to 3, not " + level);
            }
            Objects.requireNonNull(label, "label");
            text = List.copyOf(text);
        }
    }

    /**
     * The start of an annex: everything after it, up to the next annex, belongs to it. An annex
     * starts on a new page under its heading ("Annex", or "Annex I", "Annex II" ... when there are
     * several, worded by the templates), and its numbered paragraphs are counted from 1 again;
     * footnotes keep counting on from the text before it.
     *
     * @param number the annex's place among the note's annexes, from 1
     * @param text   the annex's title, or no runs for an annex without one
     */
    record Annex(int number, List<Inline> text) implements Block {
        /**
         * Checks and copies the parts.
         *
         * @param number the annex's place among the note's annexes, from 1
         * @param text the annex's title, or no runs for an annex without one
         */
        public Annex {
            if (number < 1) {
                throw new IllegalArgumentException("annexes are counted from 1, not " + number);
            }
            text = List.copyOf(text);
        }
    }

    /**
     * A numbered paragraph, the unit UN documents are cited by.
     *
     * @param number the paragraph's number, 1 or more
     * @param text   the paragraph's text
     */
    record NumberedParagraph(int number, List<Inline> text) implements Block {
        /**
         * Checks and copies the parts.
         *
         * @param number the paragraph's number, 1 or more
         * @param text the paragraph's text
         */
        public NumberedParagraph {
            if (number < 1) {
                throw new IllegalArgumentException("paragraph numbers start at 1, not " + number);
            }
            text = List.copyOf(text);
        }
    }

    /**
     * A sub-item of the paragraph before it. Its label depends on the language: the first
     * sub-item at depth 1 is "(a)" in English and "a)" in Spanish; at depth 2, "(i)" and "i)".
     *
     * @param depth   1 for letters, 2 for roman numerals
     * @param ordinal the item's place in its list, from 1
     * @param text    the item's text
     */
    record SubItem(int depth, int ordinal, List<Inline> text) implements Block {
        /**
         * Checks and copies the parts.
         *
         * @param depth 1 for letters, 2 for roman numerals
         * @param ordinal the item's place in its list, from 1
         * @param text the item's text
         */
        public SubItem {
            if (depth < 1 || depth > 2) {
                throw new IllegalArgumentException("sub-item depths are 1 and 2, not " + depth);
            }
            if (ordinal < 1) {
                throw new IllegalArgumentException("sub-items are counted from 1, not " + ordinal);
            }
            text = List.copyOf(text);
        }
    }

    /**
     * One paragraph of a block quotation (a Markdown {@code >} block), set apart from the text
     * around it; a quotation of several paragraphs is several of these in a row.
     *
     * @param text the quoted paragraph's text
     */
    record Quotation(List<Inline> text) implements Block {
        /**
         * Copies the text.
         *
         * @param text the quoted paragraph's text
         */
        public Quotation {
            text = List.copyOf(text);
        }
    }

    /**
     * An unnumbered paragraph, such as a closing line.
     *
     * @param text the paragraph's text
     */
    record Paragraph(List<Inline> text) implements Block {
        /**
         * Copies the text.
         *
         * @param text the paragraph's text
         */
        public Paragraph {
            text = List.copyOf(text);
        }
    }

    /**
     * A table, from a Markdown pipe table: header rows, then body rows, every row with one cell
     * per column, and each column's alignment.
     *
     * <p>{@link #text()} is every cell's text in reading order (the header rows first, each row
     * left to right), one space between cells: a consumer that knows only text, such as a search
     * index or a plain dump, still gets every word of the table.
     *
     * @param alignments how each column is aligned, one per column
     * @param header     the header rows, at least one
     * @param rows       the body rows, possibly none
     * @param line       the source line the table starts on (from 1), for messages of later stages
     *                   such as "the table at line 14 is too wide"; 0 if unknown
     */
    record Table(List<Alignment> alignments, List<Row> header, List<Row> rows, int line) implements Block {

        /** How a column's cells are set across the column. */
        public enum Alignment {
            /** At the column's start ({@code :---} or {@code ---}); in a right-to-left note, its right. */
            LEFT,
            /** Centred ({@code :---:}). */
            CENTER,
            /** At the column's end ({@code ---:}), as figures are; in a right-to-left note, its left. */
            RIGHT
        }

        /**
         * One row: a cell's text per column.
         *
         * @param cells the cells' text, in column order
         */
        public record Row(List<List<Inline>> cells) {
            /**
             * Copies the cells.
             *
             * @param cells the cells' text, in column order
             */
            public Row {
                cells = cells.stream().map(List::copyOf).toList();
            }
        }

        /**
         * Checks that every row has one cell per column, and copies the parts.
         *
         * @param alignments how each column is aligned, one per column
         * @param header the header rows, at least one
         * @param rows the body rows, possibly none
         * @param line the source line the table starts on (from 1); 0 if unknown
         */
        public Table {
            alignments = List.copyOf(alignments);
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            if (alignments.isEmpty() || header.isEmpty()) {
                throw new IllegalArgumentException("a table has at least one column and one header row");
            }
            for (List<Row> part : List.of(header, rows)) {
                for (Row row : part) {
                    if (row.cells().size() != alignments.size()) {
                        throw new IllegalArgumentException("a row of " + row.cells().size()
                                + " cells in a table of " + alignments.size() + " columns");
                    }
                }
            }
            if (line < 0) {
                throw new IllegalArgumentException("source lines count from 1, not " + line);
            }
        }

        /** @return the number of columns */
        public int columns() {
            return alignments.size();
        }

        @Override
        public List<Inline> text() {
            List<Inline> out = new java.util.ArrayList<>();
            for (List<Row> part : List.of(header, rows)) {
                for (Row row : part) {
                    for (List<Inline> cell : row.cells()) {
                        if (!out.isEmpty()) {
                            out.add(new Inline.Text(" "));
                        }
                        out.addAll(cell);
                    }
                }
            }
            return List.copyOf(out);
        }
    }
}
