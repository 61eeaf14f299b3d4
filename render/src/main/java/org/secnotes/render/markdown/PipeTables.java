package org.secnotes.render.markdown;

import java.util.List;
import java.util.function.Function;
import org.secnotes.core.Block;
import org.secnotes.core.Inline;

/**
 * Writes a table as a Markdown pipe table that Flexmark's tables extension (and GitHub) read back
 * to the same table: the header rows, the delimiter row with each column's alignment, the body
 * rows, every row with its outer pipes. A {@code |} written by a cell's text is escaped, so that it
 * cannot end the cell.
 *
 * <p>Stateless and thread-safe.
 */
final class PipeTables {

    private PipeTables() {
    }

    /**
     * Appends a table and the blank line after it.
     *
     * @param out   where to write, at the start of a line after a blank line
     * @param table the table
     * @param cell  a cell's runs as escaped inline Markdown
     */
    static void write(StringBuilder out, Block.Table table, Function<List<Inline>, String> cell) {
        table.header().forEach(row -> row(out, row, cell));
        out.append('|');
        for (Block.Table.Alignment alignment : table.alignments()) {
            out.append(' ').append(delimiter(alignment)).append(" |");
        }
        out.append('\n');
        table.rows().forEach(row -> row(out, row, cell));
        out.append('\n');
    }

    private static void row(StringBuilder out, Block.Table.Row row, Function<List<Inline>, String> cell) {
        out.append('|');
        for (List<Inline> text : row.cells()) {
            String markdown = pipesEscaped(cell.apply(text));
            out.append(markdown.isEmpty() ? " " : " " + markdown + " ").append('|');
        }
        out.append('\n');
    }

    private static String delimiter(Block.Table.Alignment alignment) {
        switch (alignment) {
            case CENTER:
                return ":---:";
            case RIGHT:
                return "---:";
            default:
                return "---";
        }
    }

    /**
     * A cell's Markdown with every {@code |} of its text escaped. A backslash escape is left as it
     * is (the text's own backslashes are already doubled), and so is a link's destination, which
     * Flexmark reads whole, a {@code |} in it included, and would not unescape.
     */
    static String pipesEscaped(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length() + 4);
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\\' && i + 1 < markdown.length()) {
                out.append(c).append(markdown.charAt(++i));
            } else if (c == ']' && markdown.startsWith("(", i + 1)) {
                // "](" starts a destination: the renderer escapes every "]" of text.
                int end = markdown.startsWith("<", i + 2) ? markdown.indexOf(">)", i + 2) + 1 : markdown.indexOf(')', i + 2);
                end = end <= 0 ? markdown.length() - 1 : end;
                out.append(markdown, i, end + 1);
                i = end;
            } else if (c == '|') {
                out.append("\\|");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
