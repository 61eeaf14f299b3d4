package org.secnotes.render.pdf;

import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.secnotes.render.layout.DocumentLayout.Part;
import org.secnotes.render.layout.DocumentLayout.Role;
import org.secnotes.render.layout.TableParts;

/**
 * The structure of the tables, for {@link StructureTagger}: a {@code Table} per table, a
 * {@code TR} per row, a {@code TH} (with {@code /Scope /Column}) per header cell and a {@code TD}
 * per body cell, each made when its first line is painted, in reading order. A cell's text, links
 * and footnote calls go in the cell itself. A header repeated on a later page is an artifact and
 * never comes here.
 *
 * <p>Not thread-safe: part of one tagger.
 */
final class TableTags {

    private static final COSName SCOPE = COSName.getPDFName("Scope");
    private static final COSName COLUMN = COSName.getPDFName("Column");

    private final Map<String, StructElem> tables = new HashMap<>();
    private final Map<String, StructElem> rows = new HashMap<>();

    /** The item a cell's line goes in: its cell, made in its row, made in its table under {@code parent}. */
    StructureItem cell(Part cell, StructElem parent) {
        StructElem table = tables.computeIfAbsent(TableParts.table(cell).element(),
                id -> StructElem.under(StructElem.TABLE, parent));
        StructElem row = rows.computeIfAbsent(TableParts.row(cell).element(),
                id -> StructElem.under(StructElem.TABLE_ROW, table));
        boolean header = cell.role() == Role.TABLE_HEADER_CELL;
        StructElem made = StructElem.under(header ? StructElem.TABLE_HEADER : StructElem.TABLE_DATA, row);
        if (header) {
            // Written raw, as the Figure's layout attributes are: PDFBox's addAttribute adds a revision number.
            COSDictionary attributes = new COSDictionary();
            attributes.setItem(COSName.O, StructElem.TABLE);
            attributes.setItem(SCOPE, COLUMN);
            attributes.setDirect(true);
            made.dictionary().setItem(COSName.A, attributes);
        }
        return StructureItem.block(made);
    }
}
