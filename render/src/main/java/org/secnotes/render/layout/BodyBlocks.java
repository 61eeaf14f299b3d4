package org.secnotes.render.layout;

import java.util.ArrayList;
import java.util.List;
import org.secnotes.core.Inline;
import org.secnotes.render.layout.DocumentLayout.Part;
import org.secnotes.render.layout.DocumentLayout.Role;
import org.secnotes.templates.BlockRole;
import org.secnotes.templates.LocalizedBlock;

/**
 * The body's blocks broken into lines for the narrow column, before they are placed on pages:
 * headings bold and hanging after their label, paragraphs justified with their number at the
 * column's edge, sub-items one tab in per level.
 *
 * <p>Not thread-safe: it sets text with the layout's typesetter.
 */
final class BodyBlocks {

    /**
     * A body block broken into lines, ready to be placed; {@code newPage} when it must start a
     * page (an annex); a table's lines are in its rows instead.
     */
    record Prepared(Part part, float spaceBefore, float leading, List<Placed> lines, String bookmark,
            boolean keepWithNext, boolean newPage, TableBlocks.Table table) {
        Prepared(Part part, float spaceBefore, float leading, List<Placed> lines, String bookmark, boolean keepWithNext,
                boolean newPage) {
            this(part, spaceBefore, leading, lines, bookmark, keepWithNext, newPage, null);
        }
    }

    /**
     * One line of a block: where it starts, the width it is justified to, what it holds, and the
     * label (paragraph number, sub-item letter) set at the block's edge on its first line.
     */
    record Placed(float x, float width, LineBreaker.BrokenLine line, Span label, float labelX) {
        Placed(float x, float width, LineBreaker.BrokenLine line) {
            this(x, width, line, null, 0);
        }
    }

    /** At most this many unnumbered paragraphs right above a table are its number and title (UNSURE). */
    private static final int CAPTION_PARAGRAPHS = 2;
    /** A paragraph of more lines is text, not a table's title (UNSURE). */
    private static final int CAPTION_LINES = 3;

    private final PageStyle style;
    private final Typesetter setter;
    private final InlineSpans spans;
    private final TableBlocks tables;

    BodyBlocks(PageStyle style, Typesetter setter, InlineSpans spans) {
        this.style = style;
        this.setter = setter;
        this.spans = spans;
        this.tables = new TableBlocks(style, setter, spans);
    }

    /** The blocks in order, each named {@code block-<index>} from 0. */
    List<Prepared> prepare(List<LocalizedBlock> blocks) {
        List<Prepared> prepared = new ArrayList<>();
        for (LocalizedBlock block : blocks) {
            prepared.add(prepare(block, "block-" + prepared.size()));
        }
        // A table's number and title ("Table 2", then its title in bold) are the short unnumbered
        // paragraphs right above it: they stay on the table's page, as a heading does.
        for (int i = 0; i < prepared.size(); i++) {
            if (prepared.get(i).table() == null) {
                continue;
            }
            for (int k = i - 1; k >= Math.max(0, i - CAPTION_PARAGRAPHS); k--) {
                Prepared above = prepared.get(k);
                if (blocks.get(k).role() != BlockRole.PARAGRAPH || above.lines().size() > CAPTION_LINES) {
                    break;
                }
                prepared.set(k, new Prepared(above.part(), above.spaceBefore(), above.leading(), above.lines(),
                        above.bookmark(), true, above.newPage(), null));
            }
        }
        return prepared;
    }

    private Prepared prepare(LocalizedBlock block, String element) {
        if (block.role() == BlockRole.ANNEX) {
            return annex(block, element);
        }
        PageStyle.BodyText body = style.body();
        if (block.role() == BlockRole.TABLE) {
            return new Prepared(Part.of(Role.TABLE, element, 0), body.paragraphSpace(), body.leading(), List.of(), null,
                    false, false, tables.prepare(block, element));
        }
        PageStyle.Frame frame = style.frame();
        String where = where(block);
        boolean heading = block.role() == BlockRole.HEADING;
        float size = heading ? body.headingSize(block.level()) : body.size();
        FontFace face = heading ? FontFace.BOLD : FontFace.REGULAR;
        float indent = body.paragraphIndent();
        // Paragraphs start at the column edge, sub-items one tab in per level; a quotation is one
        // tab in on both sides (UNSURE: no UN specimen measured; the Editorial Manual sets long
        // quotations apart, indented, in the text's size).
        boolean quote = block.role() == BlockRole.BLOCK_QUOTE;
        float edge = frame.columnLeft() + (block.role() == BlockRole.SUB_ITEM ? indent * block.level() : 0)
                + (quote ? indent : 0);
        float right = frame.columnRight() - (quote ? indent : 0);
        String label = block.label();
        float labelWidth = label.isEmpty() ? 0 : Math.max(indent, setter.width(label + " ", face, size, where));
        float first = right - edge - labelWidth;
        // Continuation lines return to the edge, except in headings, which hang after their label.
        float rest = heading ? first : right - edge;
        List<LineBreaker.BrokenLine> broken = setter.breakLines(spans.spans(block.text(), face, size), first, rest, where);
        List<Placed> lines = new ArrayList<>();
        for (int i = 0; i < broken.size(); i++) {
            LineBreaker.BrokenLine line = heading ? unjustified(broken.get(i)) : broken.get(i);
            float x = i == 0 || heading ? edge + labelWidth : edge;
            lines.add(new Placed(x, i == 0 ? first : rest, line));
        }
        if (lines.isEmpty()) {
            lines.add(new Placed(edge + labelWidth, first,
                    new LineBreaker.BrokenLine(List.of(), 0, 0, java.util.Set.of(), true, false)));
        }
        if (!label.isEmpty()) {
            Placed head = lines.get(0);
            lines.set(0, new Placed(head.x(), head.width(), head.line(), new Span(label, face, size, 0, null, 0), edge));
        }
        Part part = Part.of(role(block.role()), element, block.level());
        if (heading) {
            String title = (label.isEmpty() ? "" : label + " ") + Inline.plainText(block.text());
            return new Prepared(part, body.headingSpaceBefore(), Math.max(body.leading(), size * body.headingLeading()),
                    lines, title, true, false);
        }
        float space = block.role() == BlockRole.SUB_ITEM
                ? body.paragraphSpace() * body.subItemSpaceFactor() : body.paragraphSpace();
        return new Prepared(part, space, body.leading(), lines, null, false, false);
    }

    /**
     * An annex's heading: its label ("Annex I") on a line of its own, then its title, both bold in
     * the chapter heading's size from the column's edge, unjustified; it starts a page and keeps
     * with what follows. UNSURE: no UN annex page measured; this follows the chapter heading's
     * style, the Editorial Manual's nearest rule.
     */
    private Prepared annex(LocalizedBlock block, String element) {
        PageStyle.BodyText body = style.body();
        PageStyle.Frame frame = style.frame();
        float size = body.headingSize(1);
        float width = frame.columnRight() - frame.columnLeft();
        List<LineBreaker.BrokenLine> broken = new ArrayList<>(setter.breakLines(
                List.of(new Span(block.label(), FontFace.BOLD, size, 0, null, 0)), width, width, "an annex heading"));
        int labelLines = broken.size();
        broken.addAll(setter.breakLines(spans.spans(block.text(), FontFace.BOLD, size), width, width, "an annex title"));
        List<Placed> lines = new ArrayList<>();
        for (int i = 0; i < broken.size(); i++) {
            LineBreaker.BrokenLine line = unjustified(broken.get(i));
            if (i == labelLines - 1 && labelLines < broken.size()) {
                // The label's line ends where the title begins: a space, so that "Annex I" and
                // the title read as two words in the text a screen reader or a copy gets.
                line = new LineBreaker.BrokenLine(line.spans(), line.width(), line.spaces(), line.footnotes(), true, true,
                        false, line.asIsWidths());
            }
            lines.add(new Placed(frame.columnLeft(), width, line));
        }
        String title = Inline.plainText(block.text());
        String bookmark = title.isEmpty() ? block.label() : block.label() + " " + title;
        return new Prepared(Part.of(Role.ANNEX, element, 0), 0, Math.max(body.leading(), size * body.headingLeading()),
                lines, bookmark, true, true);
    }

    /** The layout's name for a block kind: the same word as the templates'. */
    static Role role(BlockRole role) {
        switch (role) {
            case HEADING:
                return Role.HEADING;
            case NUMBERED_PARAGRAPH:
                return Role.NUMBERED_PARAGRAPH;
            case SUB_ITEM:
                return Role.SUB_ITEM;
            case PARAGRAPH:
                return Role.PARAGRAPH;
            case BLOCK_QUOTE:
                return Role.BLOCK_QUOTE;
            case ANNEX:
                return Role.ANNEX;
            case TABLE:
                return Role.TABLE;
            default:
                throw new IllegalStateException("no layout role for " + role);
        }
    }

    private static String where(LocalizedBlock block) {
        String label = withoutStops(block.label());
        switch (block.role()) {
            case NUMBERED_PARAGRAPH:
                return "paragraph " + label;
            case SUB_ITEM:
                return "sub-item (" + label + ")";
            case HEADING:
                return label.isEmpty() ? "a heading" : "heading " + label;
            case BLOCK_QUOTE:
                return "a quotation";
            case ANNEX:
                return "an annex heading";
            default:
                return "an unnumbered paragraph";
        }
    }

    /** The label without its full stops and brackets: "(a)" as "a", "12." as "12". */
    private static String withoutStops(String label) {
        StringBuilder kept = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c != '.' && c != '(' && c != ')') {
                kept.append(c);
            }
        }
        return kept.length() == label.length() ? label : kept.toString();
    }

    private static LineBreaker.BrokenLine unjustified(LineBreaker.BrokenLine line) {
        return line.asLast(line.endsAtSpace());
    }
}
