package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.secnotes.core.Block;
import org.secnotes.core.Inline;
import org.secnotes.templates.BlockRole;
import org.secnotes.templates.LocalizedBlock;
import org.secnotes.templates.LocalizedNote;

/**
 * A table reads back from the tagged PDF as a screen reader walks it: one {@code Table} per table,
 * however many pages it takes, holding only {@code TR}s, one per row in order; the header row's
 * cells {@code TH} with {@code /Scope /Column}, the others {@code TD}; the header set again on a
 * continued page is an artifact, not a second header row.
 */
class TableStructureTest {

    @Test
    void aTableContinuedOverPagesIsOneTableOfRowsOfHeaderAndDataCells() throws Exception {
        LocalizedNote note = Fixtures.localized("trust-fund-tables.en.md");
        List<Block.Table> tables = note.body().blocks().stream().filter(b -> b.role() == BlockRole.TABLE)
                .map(LocalizedBlock::table).toList();
        try (PDDocument document = Loader.loadPDF(Fixtures.pdf(note))) {
            TaggedStructure structure = TaggedStructure.read(document);
            List<TaggedStructure.Node> read = structure.find("Table");
            assertEquals(tables.size(), read.size(), "one Table per table");
            for (int t = 0; t < tables.size(); t++) {
                Block.Table table = tables.get(t);
                List<TaggedStructure.Node> rows = read.get(t).kids();
                assertEquals(table.header().size() + table.rows().size(), rows.size(), "one TR per row, none repeated");
                for (int r = 0; r < rows.size(); r++) {
                    TaggedStructure.Node row = rows.get(r);
                    assertEquals("TR", row.type());
                    assertEquals(table.columns(), row.kids().size(), "one cell per column in row " + r);
                    for (TaggedStructure.Node cell : row.kids()) {
                        boolean header = r < table.header().size();
                        assertEquals(header ? "TH" : "TD", cell.type());
                        if (header) {
                            COSDictionary attributes = cell.element().getCOSObject().getCOSDictionary(COSName.A);
                            assertEquals("Table", attributes.getNameAsString(COSName.O));
                            assertEquals("Column", attributes.getNameAsString("Scope"));
                        }
                    }
                }
                assertEquals(Inline.plainText(table.header().get(0).cells().get(0)), rows.get(0).kids().get(0).text().strip());
            }
            TaggedStructure.Node last = read.get(1).kids().get(read.get(1).kids().size() - 1);
            assertEquals("Total", last.kids().get(0).text().strip());
            int continued = 0;
            for (int page = 1; page < structure.artifacts.size(); page++) {
                if (structure.artifacts.get(page).stream().anyMatch(a -> a.contains("State"))) {
                    continued++;
                }
            }
            assertTrue(continued >= 1, "the header repeated on a continued page is furniture: " + structure.artifacts);
        }
    }
}
