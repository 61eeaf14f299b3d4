package org.secnotes.render.layout;

import java.util.ArrayList;
import java.util.List;
import org.secnotes.core.Language;
import org.secnotes.render.layout.DocumentLayout.Line;
import org.secnotes.render.layout.DocumentLayout.Part;
import org.secnotes.render.layout.DocumentLayout.Piece;

/**
 * What every job of the layout sets text with: the shaper's widths, the line breaker, and the
 * step from broken lines to the layout's lines. It holds no position; each job keeps its own.
 *
 * <p>Not thread-safe (the line breaker holds an ICU iterator): one per layout.
 */
final class Typesetter {

    private final TextShaper shaper;
    private final Language language;
    private final LineBreaker breaker;

    Typesetter(TextShaper shaper, Language language) {
        this.shaper = shaper;
        this.language = language;
        this.breaker = new LineBreaker(shaper, language);
    }

    /** The natural width of a text; {@code where} names it in an error. */
    float width(String text, FontFace face, float size, String where) {
        return shaper.width(new TextRun(text, face, size, language, Direction.LEFT_TO_RIGHT), where);
    }

    /** Breaks spans into lines: the first {@code firstWidth} wide, the rest {@code width}. */
    List<LineBreaker.BrokenLine> breakLines(List<Span> spans, float firstWidth, float width, String where) {
        return breaker.breakLines(spans, firstWidth, width, where);
    }

    /** One run of text as a piece. */
    Piece piece(String text, FontFace face, float size, String where) {
        return new Piece(text, face, size, 0, null, width(text, face, size, where), null);
    }

    /** A line of one piece, unjustified. */
    Line text(String text, FontFace face, float size, float x, float baseline, Part part, String where) {
        return new Line(x, baseline, List.of(piece(text, face, size, where)), 0, part);
    }

    /** A broken line as the layout's line, its spans measured again as pieces. */
    Line line(float x, float baseline, LineBreaker.BrokenLine line, float spacing, Part part) {
        List<Piece> pieces = new ArrayList<>(line.spans().size());
        for (Span span : line.spans()) {
            pieces.add(new Piece(span.text(), span.face(), span.size(), span.rise(), span.link(),
                    width(span.text(), span.face(), span.size(), "a line"),
                    span.footnote() == 0 ? null : Footnotes.id(span.footnote())));
        }
        return new Line(x, baseline, pieces, spacing, part, line.endsAtSpace());
    }

    /** The extra space per word gap that justifies a line to {@code width}; none on a last line. */
    static float spacing(LineBreaker.BrokenLine line, float width) {
        return line.last() || line.spaces() == 0 ? 0 : (width - line.width()) / line.spaces();
    }

    /** Wrapped, unjustified text from a baseline; returns the lines. */
    List<Line> wrapped(String text, FontFace face, float size, float leading, float x, float width, float y,
            Part part, String where) {
        List<Line> lines = new ArrayList<>();
        for (LineBreaker.BrokenLine line : breakLines(List.of(new Span(text, face, size, 0, null, 0)),
                width, width, where)) {
            lines.add(line(x, y, line, 0, part));
            y += leading;
        }
        return lines;
    }
}
