package org.secnotes.core.source;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.secnotes.core.Block;
import org.secnotes.core.Inline;

/**
 * Reads a Flexmark pipe table into {@link Block.Table}, and sets the parser's table options: one
 * dash is a delimiter, and no cell spans columns. The header and delimiter rows must have as many
 * cells, as GitHub's tables require (an error here: Flexmark reads such a table all the same). A body row with fewer cells than the header is filled with
 * empty cells, with a warning; one with more is an error, since its last cells would be lost.
 *
 * <p>Stateless and thread-safe.
 */
final class TableReading {

    static final String HEADER_ONLY = "the table has a header row but no rows under it";

    private TableReading() {
    }

    /** Adds the tables extension's options to a parser's. */
    static void configure(MutableDataSet options) {
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, false);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(TablesExtension.WITH_CAPTION, false);
    }

    /** @return the extension the parser reads pipe tables with */
    static Parser.ParserExtension extension() {
        return new PipeParagraphs();
    }

    /**
     * The tables extension's parser part, its paragraph pre-processor asked only about paragraphs
     * whose first line holds a {@code |}. Flexmark builds that pre-processor for every document,
     * compiling its delimiter-row pattern each time, and it refuses at once a paragraph whose first
     * line has no pipe; a note has few tables, so for most documents it is never built. Whether a
     * paragraph is a table is still the extension's decision.
     */
    private static final class PipeParagraphs implements Parser.ParserExtension, ParagraphPreProcessorFactory {
        private final ParagraphPreProcessorFactory tables = TableParagraphPreProcessor.Factory();

        @Override
        public void parserOptions(MutableDataHolder options) {
            TablesExtension.create().parserOptions(options);
        }

        @Override
        public void extend(Parser.Builder builder) {
            builder.paragraphPreProcessorFactory(this);
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return new ParagraphPreProcessor() {
                private ParagraphPreProcessor built;

                @Override
                public int preProcessBlock(Paragraph block, ParserState parserState) {
                    if (block.getLineCount() == 0 || !holdsPipe(block.getLineChars(0))) {
                        return 0;
                    }
                    if (built == null) {
                        built = tables.apply(state);
                    }
                    return built.preProcessBlock(block, parserState);
                }
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }
    }

    /**
     * Whether a line holds a {@code |}, read from the body text ({@link ParsedText}): Flexmark's
     * own {@code indexOf} takes two interface calls a character, which for the first line of
     * every paragraph cost 1.3 % of a batch's time.
     */
    static boolean holdsPipe(BasedSequence line) {
        String source = ParsedText.text(line);
        if (source == null) {
            return line.indexOf('|') >= 0;
        }
        for (int at = line.getStartOffset(), end = line.getEndOffset(); at < end; at++) {
            if (source.charAt(at) == '|') {
                return true;
            }
        }
        return false;
    }

    /**
     * The table's model; its line is that of its first row. The columns are the delimiter row's
     * cells, which give their alignments; a header row with another number of cells is an error.
     */
    static Block.Table read(TableBlock table, InlineConversion inlines) throws SourceException {
        List<Block.Table.Alignment> alignments = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableSeparator && part.getFirstChild() != null) {
                for (Node cell = part.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
                    alignments.add(alignment(((TableCell) cell).getAlignment()));
                }
            }
        }
        List<Block.Table.Row> header = new ArrayList<>();
        List<Block.Table.Row> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    if (cells(row) != alignments.size()) {
                        throw inlines.origin().error(inlines.line(row), null, UnsupportedConstructs.REFUSED_TABLE);
                    }
                    header.add(row((TableRow) row, alignments.size(), inlines));
                }
            } else if (part instanceof TableBody) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    rows.add(row((TableRow) row, alignments.size(), inlines));
                }
            }
        }
        if (header.isEmpty() || alignments.isEmpty()) {
            throw inlines.origin().error(inlines.line(table), null, UnsupportedConstructs.REFUSED_TABLE);
        }
        if (rows.isEmpty()) {
            inlines.warn(table, HEADER_ONLY);
        }
        return new Block.Table(alignments, header, rows, inlines.line(table));
    }

    private static Block.Table.Row row(TableRow row, int columns, InlineConversion inlines) throws SourceException {
        List<List<Inline>> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            cells.add(trimmed(inlines.of(cell)));
        }
        if (cells.size() > columns) {
            throw inlines.origin().error(inlines.line(row), null, "this table row has " + cells.size()
                    + " cells but the table has " + columns + " columns; expected at most " + columns
                    + " cells (write a | inside a cell as \\|)");
        }
        if (cells.size() < columns) {
            inlines.warn(row, "this table row has " + cells.size() + " of the table's " + columns
                    + " cells; the missing cells at its end are left empty");
            while (cells.size() < columns) {
                cells.add(List.of());
            }
        }
        return new Block.Table.Row(cells);
    }

    private static int cells(Node row) {
        int count = 0;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            count++;
        }
        return count;
    }

    /** A cell's runs without the spaces around its text: an empty cell has none. */
    private static List<Inline> trimmed(List<Inline> cell) {
        List<Inline> out = new ArrayList<>(cell);
        if (!out.isEmpty() && out.get(0) instanceof Inline.Text) {
            out.set(0, new Inline.Text(((Inline.Text) out.get(0)).text().stripLeading()));
        }
        int last = out.size() - 1;
        if (last >= 0 && out.get(last) instanceof Inline.Text) {
            out.set(last, new Inline.Text(((Inline.Text) out.get(last)).text().stripTrailing()));
        }
        out.removeIf(inline -> inline instanceof Inline.Text && ((Inline.Text) inline).text().isEmpty());
        return out;
    }

    private static Block.Table.Alignment alignment(TableCell.Alignment alignment) {
        if (alignment == TableCell.Alignment.CENTER) {
            return Block.Table.Alignment.CENTER;
        }
        return alignment == TableCell.Alignment.RIGHT ? Block.Table.Alignment.RIGHT : Block.Table.Alignment.LEFT;
    }

    /** The text of a table set inside a footnote or another container: its cells, one space apart. */
    static List<Inline> flattened(TableBlock table, InlineConversion inlines) throws SourceException {
        List<Inline> out = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableSeparator) {
                continue;
            }
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        if (!out.isEmpty()) {
                            out.add(new Inline.Text(" "));
                        }
                        out.addAll(inlines.of(cell));
                    }
                }
            }
        }
        return out;
    }
}
