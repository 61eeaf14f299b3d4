package org.secnotes.render.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.secnotes.core.Footnote;
import org.secnotes.render.RenderException;
import org.secnotes.render.layout.DocumentLayout.Line;
import org.secnotes.render.layout.DocumentLayout.Part;
import org.secnotes.render.layout.DocumentLayout.Role;
import org.secnotes.render.layout.DocumentLayout.Rule;
import org.secnotes.templates.LocalizedNote;

/**
 * Footnotes: each set once as lines of its own, then carried by the page that calls it and placed
 * at its foot under a short rule, the "*" agenda footnote first.
 *
 * <p>Not thread-safe: one per layout.
 */
final class Footnotes {

    /** The agenda footnote's id: it has a marker, not a number. */
    static final String AGENDA = "footnote-*";

    /** A footnote set as lines from the origin, with its height. */
    record Typeset(List<Line> lines, float height) {
    }

    private final PageStyle.Footnotes style;
    private final PageStyle.Frame frame;
    private final Typesetter setter;
    private final Map<Integer, List<Span>> texts = new HashMap<>();
    /**
     * Each numbered footnote as set the first time it was asked for: the body's flow asks for a
     * footnote each time it tries a line that calls it on a page, and again when it places it.
     */
    private final Map<Integer, Typeset> typeset = new HashMap<>();

    Footnotes(PageStyle style, Typesetter setter, InlineSpans spans, List<Footnote> footnotes) {
        this.style = style.footnotes();
        this.frame = style.frame();
        this.setter = setter;
        for (Footnote footnote : footnotes) {
            texts.put(footnote.number(), spans.spans(footnote.text(), FontFace.REGULAR, this.style.size()));
        }
    }

    /** The footnote number a span gives for a call of the agenda footnote, which has none. */
    static final int AGENDA_CALL = -1;

    /** The id of numbered footnote {@code number} (or the agenda's), which its call names too. */
    static String id(int number) {
        return number == AGENDA_CALL ? AGENDA : "footnote-" + number;
    }

    /** Sets the agenda footnote. */
    Typeset agenda(LocalizedNote.AgendaFootnote agenda, InlineSpans spans) {
        return set(agenda.marker(), spans.spans(agenda.text(), FontFace.REGULAR, style.size()), AGENDA,
                "the agenda footnote");
    }

    /** Numbered footnote {@code number}, set (once: a typeset footnote is immutable). */
    Typeset numbered(int number) {
        Typeset done = typeset.get(number);
        if (done != null) {
            return done;
        }
        List<Span> text = texts.get(number);
        if (text == null) {
            throw new RenderException("footnote " + number + " is called but has no text");
        }
        done = set(String.valueOf(number), text, id(number), "footnote " + number);
        typeset.put(number, done);
        return done;
    }

    /** The height a page's footnotes take, with the room for their rule; 0 if it has none. */
    float height(PageContent page, Map<String, Typeset> extra) {
        float height = 0;
        for (Typeset footnote : page.footnotes.values()) {
            height += footnote.height();
        }
        for (Typeset footnote : extra.values()) {
            height += footnote.height();
        }
        // Room for the separator rule above the footnotes.
        return height == 0 ? 0 : height + style.leading();
    }

    private Typeset set(String marker, List<Span> text, String id, String where) {
        float x = frame.columnLeft() + style.indent();
        float width = frame.columnWidth() - style.indent();
        Part part = Part.of(Role.FOOTNOTE, id, 0);
        List<Line> lines = new ArrayList<>();
        float y = 0;
        for (LineBreaker.BrokenLine line : setter.breakLines(text, width, width, where)) {
            y += style.leading();
            lines.add(setter.justified(x, y, line, width, part));
        }
        // The marker first, so that text extraction reads "1 See the report ...".
        lines.add(0, setter.text(marker, FontFace.REGULAR, style.size(), frame.columnLeft(), style.leading(),
                part.asLabel(), where));
        return new Typeset(List.copyOf(lines), Math.max(y, style.leading()) + style.gapAfter());
    }

    /** Moves a page's footnotes to its foot, under a short rule. */
    void place(PageContent page) {
        if (page.footnotes.isEmpty()) {
            return;
        }
        float top = page.bottom - height(page, Map.of()) + style.leading() / 2;
        page.rules.add(new Rule(frame.columnLeft(), frame.columnLeft() + style.ruleWidth(), top, style.ruleThickness()));
        float y = top;
        for (Typeset footnote : page.footnotes.values()) {
            for (Line line : footnote.lines()) {
                page.lines.add(line.movedDown(y));
            }
            y += footnote.height();
        }
    }
}
