package org.secnotes.render.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.secnotes.render.layout.DocumentLayout.Bookmark;
import org.secnotes.render.layout.DocumentLayout.Line;
import org.secnotes.render.layout.DocumentLayout.Piece;
import org.secnotes.render.layout.DocumentLayout.Rule;

/**
 * Flows the body's lines down the pages: each block after the one before (an annex at the head of
 * a new page), a footnote on the page that calls it, no single line of a paragraph alone at the
 * foot or the head of a page, a heading kept with the first lines of what follows, and the short
 * rule that ends the text and the part before each annex. The cursor
 * (the last baseline placed) belongs to this job alone.
 *
 * <p>Not thread-safe: one per layout.
 */
final class BodyFlow {

    private final PageStyle style;
    private final Typesetter setter;
    private final Footnotes footnotes;
    private final List<PageContent> pages;
    private final List<Bookmark> bookmarks = new ArrayList<>();
    private PageContent page;
    /** The baseline of the last body line placed, or the top limit of an empty page. */
    private float cursor;
    private boolean pageEmpty;
    /** Whether any body line has been placed yet. */
    private boolean placed;

    /**
     * Starts the flow on page 1 under its header.
     *
     * @param first the first page, already holding the header
     * @param start the baseline the body follows
     */
    BodyFlow(PageStyle style, Typesetter setter, Footnotes footnotes, PageContent first, float start) {
        this.style = style;
        this.setter = setter;
        this.footnotes = footnotes;
        this.pages = new ArrayList<>(List.of(first));
        this.page = first;
        this.cursor = start;
        this.pageEmpty = false;
    }

    /** Places every block and the end rule; returns the filled pages. */
    List<PageContent> flow(List<BodyBlocks.Prepared> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            place(blocks.get(i), following(blocks, i + 1));
        }
        endRule();
        return pages;
    }

    /** @return the outline entries of the headings placed */
    List<Bookmark> bookmarks() {
        return List.copyOf(bookmarks);
    }

    /**
     * Places a block, breaking it across pages without leaving a single line of it alone at the
     * foot or the head of a page, and keeping a heading with the first lines of what follows.
     */
    private void place(BodyBlocks.Prepared block, float following) {
        if (block.newPage() && placed) {
            // The text before an annex ends as the document does, with its short rule (UNSURE: no
            // UN annex measured; the rule marks the end of each part's text).
            endRule();
            newPage();
        }
        if (block.table() != null) {
            placeTable(block.table());
            return;
        }
        List<BodyBlocks.Placed> lines = block.lines();
        int i = 0;
        while (i < lines.size()) {
            int fit = fitting(block, i);
            int remaining = lines.size() - i;
            if (block.keepWithNext() && fit >= remaining && following >= 0) {
                // The heading and the first lines of the next block must share the page.
                float needed = nextStart(block, remaining) + following;
                if (needed > page.bottom - footnotes.height(page, Map.of()) && !pageEmpty) {
                    newPage();
                    continue;
                }
            }
            if (fit >= remaining) {
                placeLines(block, i, remaining);
                return;
            }
            int take = fit;
            int fewest = style.body().fewestLines();
            if (remaining - take < fewest) {
                take = remaining - fewest;  // no widow: leave at least two lines for the next page
            }
            if (i == 0 && take < fewest) {
                take = 0;                  // no orphan: a paragraph's first line never sits alone
            }
            if (block.keepWithNext()) {
                take = 0;                  // a heading is never split
            }
            if (take <= 0) {
                if (pageEmpty) {
                    take = Math.max(1, fit); // an empty page must take something, or nothing ever moves
                } else {
                    newPage();
                    continue;
                }
            }
            placeLines(block, i, take);
            i += take;
            newPage();
        }
    }

    /**
     * The height that the blocks from {@code from} on need on the page of the block before them,
     * which keeps with them: every block that keeps with the next one whole (a heading under a
     * heading, a table's title), then the first lines of the next block, or a table's header and
     * first row; -1 when no block follows.
     */
    private float following(List<BodyBlocks.Prepared> blocks, int from) {
        if (from >= blocks.size()) {
            return -1;
        }
        float height = 0;
        for (int k = from; k < blocks.size(); k++) {
            BodyBlocks.Prepared block = blocks.get(k);
            if (block.newPage()) {
                return height;          // an annex starts its own page: nothing of it shares this one
            }
            height += block.spaceBefore();
            if (block.table() != null) {
                return height + block.table().openingHeight();
            }
            if (!block.keepWithNext()) {
                return height + Math.min(style.body().fewestLines(), block.lines().size()) * block.leading();
            }
            height += block.lines().size() * block.leading();
        }
        return height;
    }

    /** The baseline after placing {@code count} lines of a block from the cursor. */
    private float nextStart(BodyBlocks.Prepared block, int count) {
        float start = pageEmpty ? cursor : cursor + block.spaceBefore();
        return start + count * block.leading();
    }

    /** How many lines of a block, from line {@code from}, fit on the page with their footnotes. */
    private int fitting(BodyBlocks.Prepared block, int from) {
        Map<String, Footnotes.Typeset> extra = new LinkedHashMap<>();
        float y = pageEmpty || from > 0 ? cursor : cursor + block.spaceBefore();
        int count = 0;
        for (int i = from; i < block.lines().size(); i++) {
            y += block.leading();
            for (int number : block.lines().get(i).line().footnotes()) {
                String id = Footnotes.id(number);
                if (!page.footnotes.containsKey(id) && !extra.containsKey(id)) {
                    extra.put(id, footnotes.numbered(number));
                }
            }
            if (y > page.bottom - footnotes.height(page, extra)) {
                break;
            }
            count++;
        }
        return count;
    }

    private void placeLines(BodyBlocks.Prepared block, int from, int count) {
        float y = pageEmpty || from > 0 ? cursor : cursor + block.spaceBefore();
        for (int i = from; i < from + count; i++) {
            y += block.leading();
            BodyBlocks.Placed placed = block.lines().get(i);
            if (i == 0 && block.bookmark() != null) {
                bookmarks.add(new Bookmark(block.bookmark(), block.part().level(), page.number, y - block.leading()));
            }
            LineBreaker.BrokenLine line = placed.line();
            // The label goes first, so that text extraction reads "12. The Conference ...".
            if (placed.label() != null) {
                Span label = placed.label();
                page.lines.add(setter.text(label.text(), label.face(), label.size(), placed.labelX(), y,
                        block.part().asLabel(), "a label"));
            }
            page.lines.add(setter.justified(placed.x(), y, line, placed.width(), block.part()));
            for (int number : line.footnotes()) {
                page.footnotes.computeIfAbsent(Footnotes.id(number), id -> footnotes.numbered(number));
            }
        }
        cursor = y;
        pageEmpty = false;
        placed = true;
    }

    /**
     * Places a table row by row: a thin rule over the header and under it, a row never split, the
     * header with the first row on one page, the last row never alone on a page, and on each page the table continues on, a thin rule
     * closing the part before and the header again (page furniture there, as it is read once);
     * the table's own end a heavier rule.
     */
    private void placeTable(TableBlocks.Table table) {
        TableStyle measures = table.style();
        PageStyle.BodyText body = style.body();
        List<TableBlocks.Row> opening = new ArrayList<>(table.header());
        if (!table.rows().isEmpty()) {
            opening.add(table.rows().get(0));
        }
        if (!pageEmpty && !fits(tableTop(), opening)) {
            newPage();
        }
        float y = tableTop();
        y = header(table, y, false);
        List<TableBlocks.Row> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            TableBlocks.Row row = rows.get(i);
            // The last row never goes on alone: the one before it goes over with it.
            boolean lastAlone = i > 0 && i == rows.size() - 2 && fits(y, List.of(row)) && !fits(y, rows.subList(i, i + 2));
            if (lastAlone || !fits(y, List.of(row))) {
                page.rules.add(rule(y, measures.rule()));
                newPage();
                y = header(table, tableTop(), true);
                if (!fits(y, List.of(row))) {
                    throw new org.secnotes.render.RenderException(table.where()
                            + " has a row taller than a page; expected rows of a few lines");
                }
            }
            y = row(row, y, false, measures);
        }
        page.rules.add(rule(y, measures.endRule()));
        // The next block's space and first line follow the rule as they would follow a line.
        cursor = y - body.leading() + body.size();
        pageEmpty = false;
        placed = true;
    }

    /** Where a table's first rule goes: under the last line's descenders, or at the top of an empty page. */
    private float tableTop() {
        PageStyle.BodyText body = style.body();
        return pageEmpty ? cursor + body.leading() - body.size() : cursor + body.paragraphSpace() + body.size() / 4;
    }

    /** The rule over the header, the header rows and the rule under them; returns where the next row starts. */
    private float header(TableBlocks.Table table, float top, boolean repeated) {
        page.rules.add(rule(top, table.style().rule()));
        float y = top;
        for (TableBlocks.Row row : table.header()) {
            y = row(row, y, repeated, table.style());
        }
        page.rules.add(rule(y, table.style().rule()));
        return y;
    }

    /** Whether rows fit under {@code top}: their last baseline above the page's footnotes, theirs included. */
    private boolean fits(float top, List<TableBlocks.Row> rows) {
        Map<String, Footnotes.Typeset> extra = new LinkedHashMap<>();
        float bottom = top;
        for (TableBlocks.Row row : rows) {
            bottom += row.height();
            for (int number : row.footnotes()) {
                String id = Footnotes.id(number);
                if (!page.footnotes.containsKey(id)) {
                    extra.putIfAbsent(id, footnotes.numbered(number));
                }
            }
        }
        // The rows' foot, rule included, stays above the footnotes, as a last baseline does.
        return bottom <= page.bottom - footnotes.height(page, extra);
    }

    /** Sets a row's lines from its top; returns its bottom. A repeated header row is page furniture. */
    private float row(TableBlocks.Row row, float top, boolean repeated, TableStyle measures) {
        for (TableBlocks.CellLine cell : row.lines()) {
            float baseline = top + measures.padding() + measures.ascent() * measures.size() + cell.index() * measures.leading();
            page.lines.add(setter.line(cell.x(), baseline, cell.line(), 0,
                    repeated ? TableBlocks.repeated(cell.part()) : cell.part()));
        }
        if (!repeated) {
            for (int number : row.footnotes()) {
                page.footnotes.computeIfAbsent(Footnotes.id(number), id -> footnotes.numbered(number));
            }
        }
        return top + row.height();
    }

    private Rule rule(float y, float thickness) {
        return new Rule(style.frame().columnLeft(), style.frame().columnRight(), y, thickness);
    }

    private void newPage() {
        page = new PageContent(pages.size() + 1, style.body().bottom());
        pages.add(page);
        cursor = style.body().top() - style.body().leading();
        pageEmpty = true;
    }

    /** The short centred rule one line below the end of the text. */
    private void endRule() {
        PageStyle.BodyText body = style.body();
        float y = cursor + body.leading();
        if (y > page.bottom - footnotes.height(page, Map.of())) {
            newPage();
            y = cursor + body.leading();
        }
        float centre = style.frame().columnCentre();
        page.rules.add(new Rule(centre - body.endRuleWidth() / 2, centre + body.endRuleWidth() / 2, y,
                body.endRuleThickness()));
    }
}
