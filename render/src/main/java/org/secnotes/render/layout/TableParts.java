package org.secnotes.render.layout;

import org.secnotes.render.layout.DocumentLayout.Part;
import org.secnotes.render.layout.DocumentLayout.Role;

/**
 * The names of a table's elements in the layout, made and read in this one place: a table is
 * named as any body block ({@code block-7}), its rows after it ({@code block-7/row-0}, the header
 * rows first), its cells after their row ({@code block-7/row-0/cell-2}). A line of a cell carries
 * the cell's {@link Part}; a writer that nests elements (the tagged PDF's {@code Table}, {@code TR},
 * {@code TH} and {@code TD}) finds the row and the table from it.
 *
 * <p>Stateless and thread-safe.
 */
public final class TableParts {

    private static final String ROW = "/row-";
    private static final String CELL = "/cell-";

    private TableParts() {
    }

    /**
     * The part of a cell's lines.
     *
     * @param table  the table's element, such as {@code block-7}
     * @param row    the row's index from 0, the header rows first
     * @param column the column's index from 0, in the source's order
     * @param header whether the cell is in a header row
     * @return the part, with role {@link Role#TABLE_HEADER_CELL} or {@link Role#TABLE_DATA_CELL}
     */
    public static Part cell(String table, int row, int column, boolean header) {
        return Part.of(header ? Role.TABLE_HEADER_CELL : Role.TABLE_DATA_CELL, table + ROW + row + CELL + column, 0);
    }

    /**
     * Whether a part is a cell of a table.
     *
     * @param part a line's part
     * @return true for a header or body cell
     */
    public static boolean isCell(Part part) {
        return part.role() == Role.TABLE_HEADER_CELL || part.role() == Role.TABLE_DATA_CELL;
    }

    /**
     * The table a cell belongs to.
     *
     * @param cell a cell's part
     * @return the table's part, with role {@link Role#TABLE}
     */
    public static Part table(Part cell) {
        String element = cell.element();
        return Part.of(Role.TABLE, element.substring(0, element.indexOf(ROW)), 0);
    }

    /**
     * The row a cell belongs to.
     *
     * @param cell a cell's part
     * @return the row's part, with role {@link Role#TABLE_ROW}
     */
    public static Part row(Part cell) {
        String element = cell.element();
        return Part.of(Role.TABLE_ROW, element.substring(0, element.indexOf(CELL)), 0);
    }
}
