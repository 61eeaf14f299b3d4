package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secnotes.render.layout.DocumentLayout;
import org.secnotes.render.layout.DocumentLayout.Line;
import org.secnotes.render.layout.DocumentLayout.Role;

/** A block quotation is laid out as its own role, one tab in on both sides of the column. */
class QuotationLayoutTest {

    @Test
    void aQuotationIsIndentedOnBothSidesAndNamedForTheTagger() {
        String words = "The Organization shall act in accordance with its Principles and its Members shall"
                + " fulfil in good faith the obligations assumed by them in accordance with the Charter.";
        DocumentLayout layout = Fixtures.RENDERER.layout(Fixtures.fromSource(Fixtures.source(
                "1. " + words + "\n\n> " + words + "\n")));
        List<Line> lines = new ArrayList<>();
        layout.pages().forEach(page -> lines.addAll(page.lines()));
        List<Line> paragraph = lines.stream().filter(l -> l.part().role() == Role.NUMBERED_PARAGRAPH
                && !l.part().label()).toList();
        List<Line> quote = lines.stream().filter(l -> l.part().role() == Role.BLOCK_QUOTE).toList();
        assertTrue(quote.size() >= 2, "the quotation runs over lines: " + quote);
        float indent = layout.style().body().paragraphIndent();
        float columnLeft = layout.style().frame().columnLeft();
        float columnRight = layout.style().frame().columnRight();
        for (Line line : quote) {
            assertEquals(columnLeft + indent, line.x(), 0.01, "one tab in: " + line);
        }
        Line full = quote.get(0);
        float width = (float) full.pieces().stream().mapToDouble(DocumentLayout.Piece::width).sum()
                + full.spacing() * full.text().chars().filter(c -> c == ' ').count();
        assertEquals(columnRight - indent, full.x() + width, 0.5, "justified to one tab short of the edge");
        assertTrue(paragraph.get(1).x() < quote.get(1).x(), "the paragraph's own lines return to the edge");
    }
}
