package org.secnotes.render.layout;

import java.util.ArrayList;
import java.util.List;
import org.secnotes.core.DocumentSymbol;
import org.secnotes.core.Language;
import org.secnotes.render.layout.DocumentLayout.Line;
import org.secnotes.render.layout.DocumentLayout.Part;
import org.secnotes.render.layout.DocumentLayout.Piece;
import org.secnotes.render.layout.DocumentLayout.Role;
import org.secnotes.render.layout.DocumentLayout.Rule;
import org.secnotes.templates.HeaderGroup;
import org.secnotes.templates.LocalizedNote;

/**
 * The masthead and header block of page 1, set group by group in the order the note gives:
 * the masthead line, the thin rule and the organ; the issue block beside the organ; the thick rule
 * under the lower of the two; the session block; the title and the kind.
 *
 * <p>Not thread-safe: it sets text with the layout's typesetter.
 */
final class FirstPageHeader {

    private static final String EN_DASH = "\u2013";
    /** The issue block's lines before its blank line: distribution and date. */
    private static final int LINES_BEFORE_BLANK = 2;

    private final PageStyle style;
    private final Typesetter setter;
    private final Language language;

    FirstPageHeader(PageStyle style, Typesetter setter, Language language) {
        this.style = style;
        this.setter = setter;
        this.language = language;
    }

    /** Sets the header on page 1 and returns the baseline the body follows. */
    float set(LocalizedNote note, PageContent page) {
        // The lowest point of the organ band and of the issue block beside it.
        float bandBottom = Float.NEGATIVE_INFINITY;
        float last = 0;
        for (HeaderGroup group : note.header()) {
            if (group instanceof HeaderGroup.Masthead masthead) {
                bandBottom = Math.max(bandBottom, masthead(masthead, page));
            } else if (group instanceof HeaderGroup.IssueBlock issue) {
                bandBottom = Math.max(bandBottom, issue(issue, page));
            } else if (group instanceof HeaderGroup.SessionBlock session) {
                PageStyle.ThickRule rule = style.thickRule();
                float thick = Math.max(rule.y(), bandBottom + rule.gapAbove());
                page.rules.add(new Rule(style.frame().left(), style.frame().right(), thick, rule.thickness()));
                LocalizedNote.AgendaFootnote agenda = note.body().agendaFootnote();
                last = session(session, agenda == null ? null : agenda.marker(), thick, page);
            } else if (group instanceof HeaderGroup.TitleBlock title) {
                last = title(title, last, page);
            } else {
                throw new IllegalStateException("no layout for the header group " + group);
            }
        }
        return last + style.body().leading();
    }

    /** The Organization's name, the symbol line, the thin rule and the organ; returns the organ's lowest point. */
    private float masthead(HeaderGroup.Masthead masthead, PageContent page) {
        PageStyle.Masthead m = style.masthead();
        page.lines.add(setter.text(masthead.unitedNations(), FontFace.REGULAR, m.nameSize(), style.frame().columnLeft(),
                m.baseline(), Part.of(Role.MASTHEAD, "masthead-name", 0), "the header"));
        page.lines.add(symbolLine(masthead.symbols(), m));
        page.rules.add(new Rule(style.frame().left(), style.frame().right(), m.thinRuleY(), m.thinRule()));
        return organ(masthead.organ(), page);
    }

    /** The symbol(s), right-aligned at the frame, each with its first segment large. */
    private Line symbolLine(List<DocumentSymbol> symbols, PageStyle.Masthead m) {
        List<Piece> pieces = new ArrayList<>();
        float width = 0;
        for (int i = 0; i < symbols.size(); i++) {
            DocumentSymbol symbol = symbols.get(i);
            if (i > 0) {
                width += add(pieces, EN_DASH, m.symbolSize());
            }
            // UNSURE: the specimen "A/INF/76/1" sets its first letter large; for CTOC/COP/... we set
            // the whole first segment large, the organ's letters, as the specimen's "A" is.
            String first = symbol.segments().get(0);
            width += add(pieces, first, m.symbolLargeSize());
            width += add(pieces, symbol.value().substring(first.length()), m.symbolSize());
        }
        return new Line(style.frame().right() - width, m.baseline(), pieces, 0,
                Part.of(Role.MASTHEAD, "masthead-symbol", 0));
    }

    private float add(List<Piece> pieces, String text, float size) {
        float width = 0;
        for (Piece piece : setter.pieces(text, FontFace.REGULAR, size, "the symbol")) {
            pieces.add(piece);
            width += piece.width();
        }
        return width;
    }

    /** The organ in bold, at the largest size that lets it fit its band; returns its lowest point. */
    private float organ(List<String> organ, PageContent page) {
        PageStyle.OrganBand band = style.organ();
        float width = style.issue().x() - band.gapBeforeIssue() - style.frame().columnLeft();
        float[] sizes = band.sizes();
        for (float size : sizes) {
            float leading = size * band.leading();
            List<List<LineBreaker.BrokenLine>> lines = new ArrayList<>();
            int count = 0;
            for (String line : organ) {
                List<LineBreaker.BrokenLine> broken = setter.breakLines(
                        List.of(new Span(line, FontFace.BOLD, size, 0, null, 0)), width, width, "the organ");
                lines.add(broken);
                count += broken.size();
            }
            boolean smallest = size == sizes[sizes.length - 1];
            if (count <= band.maxLines() || smallest) {
                float y = style.masthead().thinRuleY() + size * band.firstBaseline();
                float last = y;
                for (int i = 0; i < lines.size(); i++) {
                    Part part = Part.of(Role.ORGAN, "organ-" + (i + 1), 0);
                    for (LineBreaker.BrokenLine line : lines.get(i)) {
                        page.lines.add(setter.line(style.frame().columnLeft(), y, line, 0, part));
                        last = y;
                        y += leading;
                    }
                }
                return last + size * band.descent();
            }
        }
        return style.masthead().thinRuleY();
    }

    /** Distribution and date, a blank line, language (in a translation) and original; returns the lowest point. */
    private float issue(HeaderGroup.IssueBlock issue, PageContent page) {
        PageStyle.IssueBlock block = style.issue();
        float leading = style.body().leading();
        Language other = issue.language() == language ? null : issue.language();
        float y = block.baseline();
        float last = y;
        List<String> lines = issue.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (i == LINES_BEFORE_BLANK) {
                y += leading;      // the blank line after the date
            }
            page.lines.add(setter.text(lines.get(i), FontFace.REGULAR, style.body().size(), block.x(), y,
                    Part.of(Role.ISSUE_BLOCK, "issue-" + (i + 1), 0).in(other), "the header"));
            last = y;
            y += leading;
        }
        return last + block.descent();
    }

    /** Session, venue and dates, the agenda line and title; returns the last baseline. */
    private float session(HeaderGroup.SessionBlock session, String marker, float thick, PageContent page) {
        PageStyle.SessionBlock block = style.session();
        float size = style.body().size();
        float leading = style.body().leading();
        float left = style.frame().left();
        float y = thick + block.gap();
        float last = thick;
        // The body that heads the block (the Human Rights Council), the session and an organ's
        // year line are bold, as UN documents set them.
        String[][] boldLines = {{session.bodyLine(), "body-line"}, {session.sessionLine(), "session-line"},
            {session.yearLine(), "year-line"}};
        for (String[] line : boldLines) {
            if (line[0] != null) {
                page.lines.add(setter.text(line[0], FontFace.BOLD, size, left, y,
                        Part.of(Role.SESSION_BLOCK, line[1], 0), "the header"));
                last = y;
                y += leading;
            }
        }
        if (session.venueLine() != null) {
            page.lines.add(setter.text(session.venueLine(), FontFace.REGULAR, size, left, y,
                    Part.of(Role.SESSION_BLOCK, "venue-line", 0), "the header"));
            last = y;
            y += leading;
        }
        if (session.agendaLine() != null) {
            y += leading * block.agendaGap();
            page.lines.add(agendaLine(session.agendaLine(), marker, size, left, y));
            last = y;
            y += leading;
        }
        if (session.agendaTitle() != null) {
            y += leading * block.agendaGap();
            last = wrapped(session.agendaTitle(), FontFace.BOLD, size, leading, left, block.agendaTitleWidth(), y,
                    Part.of(Role.AGENDA_TITLE, "agenda-title", 0), "the agenda title", page);
        }
        return last;
    }

    /**
     * The agenda line, its footnote marker a piece of its own that calls the agenda footnote, as
     * a numbered call does, so that a writer can link the two.
     */
    private Line agendaLine(String text, String marker, float size, float x, float y) {
        Part part = Part.of(Role.SESSION_BLOCK, "agenda-line", 0);
        if (marker == null || marker.isEmpty() || !text.endsWith(marker) || text.equals(marker)) {
            return setter.text(text, FontFace.REGULAR, size, x, y, part, "the header");
        }
        // Through the typesetter, so that an Arabic agenda line is shaped and ordered as any other.
        return setter.line(x, y, List.of(
                new Span(text.substring(0, text.length() - marker.length()), FontFace.REGULAR, size, 0, null, 0),
                new Span(marker, FontFace.REGULAR, size, 0, null, Footnotes.AGENDA_CALL)), 0, part, "the header");
    }

    /** The title and the kind; returns the last baseline. */
    private float title(HeaderGroup.TitleBlock title, float after, PageContent page) {
        PageStyle.TitleBlock block = style.title();
        PageStyle.Frame frame = style.frame();
        float y = after + block.spaceBefore() * block.leading();
        float last = wrapped(title.title(), FontFace.BOLD, block.size(), block.leading(), frame.columnLeft(),
                frame.columnWidth(), y, Part.of(Role.TITLE, "title", 0), "the title", page);
        if (title.kind() != null) {
            y = last + block.kindBefore() * block.leading();
            last = wrapped(title.kind(), FontFace.BOLD, block.kindSize(), block.leading(), frame.columnLeft(),
                    frame.columnWidth(), y, Part.of(Role.KIND, "kind", 0), "the kind", page);
        }
        // "Addendum", "Corrigendum": set as the kind is, under it.
        for (int i = 0; i < title.partLines().size(); i++) {
            y = last + block.kindBefore() * block.leading();
            last = wrapped(title.partLines().get(i), FontFace.BOLD, block.kindSize(), block.leading(),
                    frame.columnLeft(), frame.columnWidth(), y, Part.of(Role.KIND, "symbol-part-" + (i + 1), 0),
                    "the symbol's part line", page);
        }
        return last;
    }

    private float wrapped(String text, FontFace face, float size, float leading, float x, float width, float y,
            Part part, String where, PageContent page) {
        List<Line> lines = setter.wrapped(text, face, size, leading, x, width, y, part, where);
        page.lines.addAll(lines);
        return lines.isEmpty() ? y : lines.get(lines.size() - 1).baseline();
    }
}
