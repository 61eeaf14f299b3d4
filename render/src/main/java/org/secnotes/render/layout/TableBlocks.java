package org.secnotes.render.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.secnotes.core.Block;
import org.secnotes.core.Inline;
import org.secnotes.render.RenderException;
import org.secnotes.render.layout.DocumentLayout.Part;
import org.secnotes.render.layout.DocumentLayout.Role;
import org.secnotes.templates.LocalizedBlock;

/**
 * A table broken into rows of lines for the body column, before {@link BodyFlow} places the rows
 * on pages: the columns fitted to the column's width, each cell broken by the line breaker at its
 * column's width and set at its column's start, centre or end as the delimiter row says, the
 * header in italics and on the rule under it.
 *
 * <p>The columns share the width as tables on the web do: each column needs at least its widest
 * unbreakable piece (a word, a symbol) and would like its text on one line. If every column can
 * have its one line, the spare width goes to the columns in proportion to their text; otherwise
 * each gets its least and the rest goes where lines would be longest. A table whose least widths
 * cannot fit is an error naming its source line and its widest words: it is never drawn past the
 * margin, nor cut inside a word. A right-to-left note mirrors the whole page afterwards, so its
 * first column ends up at the right and start and end alignments swap with it (UNSURE: no Arabic
 * UN table was seen).
 *
 * <p>Not thread-safe: it sets text with the layout's typesetter.
 */
final class TableBlocks {

    /**
     * A table ready to be placed.
     *
     * @param header the header rows, set again at the head of each page the table continues on
     * @param rows   the body rows; a row is never split across pages
     * @param where  what to call the table in a message
     */
    record Table(List<Row> header, List<Row> rows, TableStyle style, String where) {
        /** @return the height of the header and the first body row, which must share a page */
        float openingHeight() {
            float height = 0;
            for (Row row : header) {
                height += row.height();
            }
            return height + (rows.isEmpty() ? 0 : rows.get(0).height());
        }
    }

    /** A row: its cells' lines in reading order, its height between its rules, the footnotes it calls. */
    record Row(List<CellLine> lines, float height, Set<Integer> footnotes) {
    }

    /** A line of a cell: where it starts, its place among its cell's lines (from 0), its text and its part. */
    record CellLine(float x, int index, LineBreaker.BrokenLine line, Part part) {
    }

    /** A tolerance for widths summed from floats, far under what a reader could see. */
    private static final float EPSILON = 0.01f;

    private final PageStyle style;
    private final TableStyle table;
    private final Typesetter setter;
    private final InlineSpans spans;

    TableBlocks(PageStyle style, Typesetter setter, InlineSpans spans) {
        this.style = style;
        this.table = TableStyle.un(style.body());
        this.setter = setter;
        this.spans = spans;
    }

    /**
     * Fits and breaks a table block.
     *
     * @param block   the table block
     * @param element the table's element name, such as {@code block-7}
     * @throws RenderException if its columns cannot fit the body column
     */
    Table prepare(LocalizedBlock block, String element) {
        Block.Table source = block.table();
        String where = source.line() > 0 ? "the table at line " + source.line() : "a table";
        int columns = source.columns();
        List<Block.Table.Row> all = new ArrayList<>(source.header());
        all.addAll(source.rows());
        float available = style.frame().columnWidth() - table.columnGap() * (columns - 1);
        float[] least = new float[columns];
        float[] most = new float[columns];
        String[] widest = new String[columns];
        for (int r = 0; r < all.size(); r++) {
            List<List<Inline>> cells = all.get(r).cells();
            for (int c = 0; c < columns; c++) {
                LineBreaker.Extent extent = setter.extent(cellSpans(cells.get(c), r < source.header().size()),
                        available, where);
                if (extent.widest() > least[c]) {
                    least[c] = extent.widest();
                    widest[c] = extent.widestText();
                }
                most[c] = Math.max(most[c], extent.natural());
            }
        }
        float[] widths = widths(least, most, available, table.columnGap() * (columns - 1), widest, where);
        float[] starts = new float[columns];
        for (int c = 0; c < columns; c++) {
            starts[c] = c == 0 ? style.frame().columnLeft() : starts[c - 1] + widths[c - 1] + table.columnGap();
        }
        List<Row> header = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < all.size(); r++) {
            boolean isHeader = r < source.header().size();
            List<CellLine> lines = new ArrayList<>();
            Set<Integer> footnotes = new TreeSet<>();
            List<List<LineBreaker.BrokenLine>> broken = new ArrayList<>();
            int deepest = 1;
            for (int c = 0; c < columns; c++) {
                broken.add(setter.breakLines(cellSpans(all.get(r).cells().get(c), isHeader),
                        widths[c] + EPSILON, widths[c] + EPSILON, where));
                deepest = Math.max(deepest, broken.get(c).size());
            }
            for (int c = 0; c < columns; c++) {
                Part part = TableParts.cell(element, r, c, isHeader);
                // A header cell sits on the rule under it, as a column's heading is read; a body cell hangs from the top.
                int first = isHeader ? deepest - broken.get(c).size() : 0;
                for (int i = 0; i < broken.get(c).size(); i++) {
                    LineBreaker.BrokenLine line = broken.get(c).get(i);
                    lines.add(new CellLine(aligned(source.alignments().get(c), starts[c], widths[c], line.width()),
                            first + i, line, part));
                    footnotes.addAll(line.footnotes());
                }
            }
            float height = 2 * table.padding() + (table.ascent() + table.descent()) * table.size()
                    + (deepest - 1) * table.leading();
            (isHeader ? header : rows).add(new Row(lines, height, footnotes));
        }
        return new Table(header, rows, table, where);
    }

    private List<Span> cellSpans(List<Inline> cell, boolean header) {
        return spans.spans(cell, header ? FontFace.ITALIC : FontFace.REGULAR, table.size());
    }

    private static float aligned(Block.Table.Alignment alignment, float start, float width, float line) {
        switch (alignment) {
            case RIGHT:
                return start + width - line;
            case CENTER:
                return start + (width - line) / 2;
            default:
                return start;
        }
    }

    /**
     * The columns' widths: each its least, then the spare width shared out; see the class comment.
     *
     * @throws RenderException if the least widths do not fit
     */
    static float[] widths(float[] least, float[] most, float available, float gaps, String[] widest, String where) {
        int columns = least.length;
        float leastSum = 0;
        float mostSum = 0;
        for (int c = 0; c < columns; c++) {
            most[c] = Math.max(most[c], least[c]);
            leastSum += least[c];
            mostSum += most[c];
        }
        if (leastSum > available + EPSILON) {
            StringBuilder words = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                if (widest[c] != null) {
                    words.append(words.length() == 0 ? "" : ", ").append("column ").append(c + 1).append(" '")
                            .append(widest[c]).append("' ").append(Math.round(least[c])).append(" pt");
                }
            }
            throw new RenderException(String.format(java.util.Locale.ROOT, "%s is too wide for the text column: its"
                    + " longest words (%s) and the gaps between its columns need %d pt, but the column is %d pt wide;"
                    + " shorten or abbreviate those words, or split the table",
                    where, words, Math.round(leastSum + gaps), Math.round(available + gaps)));
        }
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            if (mostSum <= available) {
                // Every column on one line: the spare width follows the text, or is shared evenly.
                widths[c] = most[c] + (available - mostSum) * (mostSum > 0 ? most[c] / mostSum : 1f / columns);
            } else {
                widths[c] = least[c] + (available - leastSum) * (most[c] - least[c]) / (mostSum - leastSum);
            }
        }
        return widths;
    }

    /** The part a repeated header line is set with: page furniture, no cell of the structure. */
    static Part repeated(Part cell) {
        return Part.of(Role.TABLE_HEADER_REPEATED, cell.element(), 0);
    }
}
