package org.secnotes.render.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.secnotes.core.DocumentSymbol;
import org.secnotes.core.Language;
import org.secnotes.core.source.SourceField;
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
 * under the lower of the two; the session block; the title and the kind. Each element keeps to its
 * room ({@link HeaderRoom}): one that needs more is refused, naming its source field, and never
 * drawn off the page or over another element.
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
    /** The lines the agenda title took, which an error for the title under it mentions. */
    private int agendaTitleLines;

    FirstPageHeader(PageStyle style, Typesetter setter, Language language) {
        this.style = style;
        this.setter = setter;
        this.language = language;
    }

    /**
     * Sets the header on page 1 and returns the baseline the body follows.
     *
     * @param lowest the lowest baseline the header may take: page 1 must still hold the body's
     *               first lines and the agenda footnote under it
     * @throws org.secnotes.render.RenderException naming the field of an element that needs more
     *                                             room than page 1 has for it
     */
    float set(LocalizedNote note, PageContent page, float lowest) {
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
                // The agenda title leaves room for the shortest title block: one line of title.
                float titleLowest = lowest - below(kindAndParts(note.titleBlock())) - style.title().spaceBefore()
                        * style.title().leading();
                last = session(session, agenda == null ? null : agenda.marker(), thick, titleLowest, page);
            } else if (group instanceof HeaderGroup.TitleBlock title) {
                last = title(title, last, lowest, page);
            } else {
                throw new IllegalStateException("no layout for the header group " + group);
            }
        }
        return last + style.body().leading();
    }

    /** The Organization's name, the symbol line, the thin rule and the organ; returns the organ's lowest point. */
    private float masthead(HeaderGroup.Masthead masthead, PageContent page) {
        PageStyle.Masthead m = style.masthead();
        Line name = setter.text(masthead.unitedNations(), FontFace.REGULAR, m.nameSize(), style.frame().columnLeft(),
                m.baseline(), Part.of(Role.MASTHEAD, "masthead-name", 0), "the header");
        page.lines.add(name);
        Line symbol = symbolLine(masthead.symbols(), m);
        // The symbol keeps a space as wide as its small letters' size from the Organization's name.
        float room = style.frame().right() - (name.x() + name.width()) - m.symbolSize();
        if (!HeaderRoom.fits(symbol.width(), room)) {
            throw HeaderRoom.tooWide(SourceField.SYMBOL.path(), "the symbol line", masthead.symbolLine(), symbol.width(),
                    room, "the masthead beside \"" + masthead.unitedNations() + "\"");
        }
        page.lines.add(symbol);
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
        return new Line(style.frame().right() - width, m.baseline(), pieces, 0, 0,
                Part.of(Role.MASTHEAD, "masthead-symbol", 0), null, false);
    }

    private float add(List<Piece> pieces, String text, float size) {
        float width = 0;
        for (Piece piece : setter.pieces(text, FontFace.REGULAR, size, "the symbol")) {
            pieces.add(piece);
            width += piece.width();
        }
        return width;
    }

    /**
     * The organ in bold, at the largest size that sets it in at most {@link PageStyle.OrganBand#maxLines()}
     * lines, or at the smallest in more; its band ends above the thick rule's place. Returns its lowest point.
     */
    private float organ(List<String> organ, PageContent page) {
        PageStyle.OrganBand band = style.organ();
        float width = style.issue().x() - band.gapBeforeIssue() - style.frame().columnLeft();
        float bandLowest = style.thickRule().y() - style.thickRule().gapAbove();
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
            float first = style.masthead().thinRuleY() + size * band.firstBaseline();
            int room = HeaderRoom.linesThatFit(first, bandLowest - size * band.descent(), leading);
            if (smallest && count > room) {
                throw HeaderRoom.tooManyLines(SourceField.ORGAN.path(), "the organ", count, room,
                        String.format(Locale.ROOT, "at %.0f pt above the thick rule", size));
            }
            if ((count <= band.maxLines() && count <= room) || smallest) {
                float y = first;
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
        float room = style.frame().right() - block.x();
        for (int i = 0; i < lines.size(); i++) {
            if (i == LINES_BEFORE_BLANK) {
                y += leading;      // the blank line after the date
            }
            Line line = setter.text(lines.get(i), FontFace.REGULAR, style.body().size(), block.x(), y,
                    Part.of(Role.ISSUE_BLOCK, "issue-" + (i + 1), 0).in(other), "the header");
            if (!HeaderRoom.fits(line.width(), room)) {
                SourceField field = i == 0 ? SourceField.DISTRIBUTION : i == 1 ? SourceField.DATE
                        : i == lines.size() - 1 ? SourceField.ORIGINAL : SourceField.LANGUAGE;
                throw HeaderRoom.tooWide(field.path(), "the issue block's line", lines.get(i), line.width(), room,
                        "the issue block");
            }
            page.lines.add(line);
            last = y;
            y += leading;
        }
        return last + block.descent();
    }

    /**
     * Session, venue and dates, each one line no wider than the frame, the agenda line and the
     * agenda title, whose last baseline may be {@code lowest}; returns the last baseline.
     */
    private float session(HeaderGroup.SessionBlock session, String marker, float thick, float lowest,
            PageContent page) {
        PageStyle.SessionBlock block = style.session();
        float size = style.body().size();
        float leading = style.body().leading();
        float left = style.frame().left();
        float y = thick + block.gap();
        float last = thick;
        // The body that heads the block (the Human Rights Council), the session and an organ's
        // year line are bold, as UN documents set them.
        String[][] boldLines = {{session.bodyLine(), "body-line", SourceField.ORGAN.path()},
            {session.sessionLine(), "session-line", SourceField.SESSION.path()},
            {session.yearLine(), "year-line", SourceField.DATE.path()}};
        for (String[] line : boldLines) {
            if (line[0] != null) {
                page.lines.add(oneLine(setter.text(line[0], FontFace.BOLD, size, left, y,
                        Part.of(Role.SESSION_BLOCK, line[1], 0), "the header"), line[2], "the session block's line"));
                last = y;
                y += leading;
            }
        }
        if (session.venueLine() != null) {
            page.lines.add(oneLine(setter.text(session.venueLine(), FontFace.REGULAR, size, left, y,
                    Part.of(Role.SESSION_BLOCK, "venue-line", 0), "the header"), SourceField.VENUE.path(),
                    "the venue and dates line"));
            last = y;
            y += leading;
        }
        if (session.agendaLine() != null) {
            y += leading * block.agendaGap();
            page.lines.add(oneLine(agendaLine(session.agendaLine(), marker, size, left, y),
                    SourceField.AGENDA_ITEM.path(), "the agenda line"));
            last = y;
            y += leading;
        }
        if (session.agendaTitle() != null) {
            y += leading * block.agendaGap();
            last = wrapped(session.agendaTitle(), FontFace.BOLD, size, leading, left, block.agendaTitleWidth(), y,
                    Part.of(Role.AGENDA_TITLE, "agenda-title", 0), "the agenda title",
                    SourceField.AGENDA_TITLE.path(), lowest, "above a one-line title", page);
            agendaTitleLines = Math.round((last - y) / leading) + 1;
        }
        return last;
    }

    /** A line of the session block, which must fit the frame on one line. */
    private Line oneLine(Line line, String field, String what) {
        float room = style.frame().right() - line.x();
        if (!HeaderRoom.fits(line.width(), room)) {
            throw HeaderRoom.tooWide(field, what, line.text(), line.width(), room, "the frame");
        }
        return line;
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

    /**
     * The title and the kind, each leaving room for one line of everything after it, so that the
     * element that overflows is the one named; returns the last baseline.
     */
    private float title(HeaderGroup.TitleBlock title, float after, float lowest, PageContent page) {
        PageStyle.TitleBlock block = style.title();
        PageStyle.Frame frame = style.frame();
        float y = after + block.spaceBefore() * block.leading();
        float last = wrapped(title.title(), FontFace.BOLD, block.size(), block.leading(), frame.columnLeft(),
                frame.columnWidth(), y, Part.of(Role.TITLE, "title", 0), "the title", SourceField.TITLE.path(),
                lowest - below(kindAndParts(title)), agendaTitleLines > 1 ? "under the session block, whose "
                + SourceField.AGENDA_TITLE.path() + " takes " + agendaTitleLines + " lines" : "under the session block",
                page);
        if (title.kind() != null) {
            y = last + block.kindBefore() * block.leading();
            // UNSURE: a kind of its own never needs two lines; one that does is the writer's subtitle.
            String field = setter.breakLines(List.of(new Span(title.kind(), FontFace.BOLD, block.kindSize(), 0, null, 0)),
                    frame.columnWidth(), frame.columnWidth(), "the kind").size() > 1
                    ? SourceField.SUBTITLE.path() : SourceField.KIND.path();
            last = wrapped(title.kind(), FontFace.BOLD, block.kindSize(), block.leading(), frame.columnLeft(),
                    frame.columnWidth(), y, Part.of(Role.KIND, "kind", 0), "the kind", field,
                    lowest - below(kindAndParts(title) - 1), "under the title", page);
        }
        // "Addendum", "Corrigendum": set as the kind is, under it.
        for (int i = 0; i < title.partLines().size(); i++) {
            y = last + block.kindBefore() * block.leading();
            last = wrapped(title.partLines().get(i), FontFace.BOLD, block.kindSize(), block.leading(),
                    frame.columnLeft(), frame.columnWidth(), y, Part.of(Role.KIND, "symbol-part-" + (i + 1), 0),
                    "the symbol's part line", SourceField.SYMBOL.path(),
                    lowest - below(title.partLines().size() - 1 - i),
                    "under the title", page);
        }
        return last;
    }

    /** @return how many elements the title block sets under its title: the kind and the part lines */
    private static int kindAndParts(HeaderGroup.TitleBlock title) {
        return (title.kind() != null ? 1 : 0) + title.partLines().size();
    }

    /** @return the least room {@code elements} kind or part lines take under the line before them: one line each */
    private float below(int elements) {
        return elements * style.title().kindBefore() * style.title().leading();
    }

    /** Wrapped text whose last baseline may be {@code lowest}; returns that baseline. */
    private float wrapped(String text, FontFace face, float size, float leading, float x, float width, float y,
            Part part, String what, String field, float lowest, String where, PageContent page) {
        List<Line> lines = setter.wrapped(text, face, size, leading, x, width, y, part, what);
        int room = HeaderRoom.linesThatFit(y, lowest, leading);
        if (lines.size() > room) {
            throw HeaderRoom.tooManyLines(field, what, lines.size(), room, where);
        }
        page.lines.addAll(lines);
        return lines.isEmpty() ? y : lines.get(lines.size() - 1).baseline();
    }
}
