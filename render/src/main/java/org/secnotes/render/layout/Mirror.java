package org.secnotes.render.layout;

import java.util.ArrayList;
import java.util.List;
import org.secnotes.render.layout.DocumentLayout.Box;
import org.secnotes.render.layout.DocumentLayout.Line;
import org.secnotes.render.layout.DocumentLayout.Mark;
import org.secnotes.render.layout.DocumentLayout.Page;
import org.secnotes.render.layout.DocumentLayout.Rule;

/**
 * The page of a right-to-left note: the left-to-right page mirrored about its vertical centre.
 * Every job lays a page out left to right; this pass then moves each line so that what began at
 * a left edge ends at the mirrored right edge: the masthead name, the organ, the session block,
 * the title and the body at the right, the paragraph number at the column's right edge with the
 * text one tab to its left, continuation and last lines ending at that edge; the symbol, the
 * English issue block, the job line, the barcode and the QR code at the left; the running
 * header and footer swapped.
 *
 * <p>UNSURE: no Arabic UN PDF was measured. The mirrored masthead (name and emblem right, symbol
 * left) is what the research expects; the body column keeps its width and its 63.4 pt inset,
 * counted from the right frame edge. Lines in another language (the English issue block) keep
 * their left alignment inside the mirrored box; the barcode and the QR code move but are not
 * mirrored, so that they still scan.
 *
 * <p>Stateless and thread-safe.
 */
final class Mirror {

    private Mirror() {
    }

    static Page page(Page page, PageStyle style) {
        float width = style.paper().width();
        List<Line> lines = new ArrayList<>(page.lines().size());
        for (Line line : page.lines()) {
            if (line.part().language() != null && line.role() == DocumentLayout.Role.ISSUE_BLOCK) {
                // The block starts at its own left edge, x; the mirrored box starts at the frame's left.
                float boxRight = style.frame().right();
                lines.add(line.at(width - boxRight + (line.x() - style.issue().x())));
            } else {
                lines.add(line.at(width - line.x() - line.width()));
            }
        }
        List<Rule> rules = new ArrayList<>(page.rules().size());
        for (Rule rule : page.rules()) {
            rules.add(new Rule(width - rule.x2(), width - rule.x1(), rule.y(), rule.thickness()));
        }
        List<Mark> marks = new ArrayList<>(page.marks().size());
        for (Mark mark : page.marks()) {
            PageStyle.Slot slot = mark.bounds();
            float dx = width - slot.x() - slot.width() - slot.x();
            List<Box> boxes = new ArrayList<>(mark.boxes().size());
            for (Box box : mark.boxes()) {
                boxes.add(new Box(box.x() + dx, box.top(), box.width(), box.height()));
            }
            marks.add(new Mark(mark.role(), new PageStyle.Slot(slot.x() + dx, slot.top(), slot.width(), slot.height()),
                    boxes, mark.altText()));
        }
        return new Page(page.number(), lines, rules, marks);
    }
}
