package org.secnotes.render.layout;

import java.util.ArrayList;
import java.util.List;
import org.secnotes.core.Language;
import org.secnotes.render.layout.DocumentLayout.Line;
import org.secnotes.render.layout.DocumentLayout.Part;
import org.secnotes.render.layout.DocumentLayout.Piece;

/**
 * What every job of the layout sets text with: the shaper's widths, the line breaker, and the
 * step from broken lines to the layout's lines: split into pieces of one font family, put in
 * visual order where the text runs right to left, justified at the spaces or, in Chinese,
 * between the characters. It holds no position; each job keeps its own.
 *
 * <p>Not thread-safe (the line breaker holds an ICU iterator): one per layout.
 */
final class Typesetter {

    /** The most extra space between two Chinese characters, in ems: under poppler's word break of 0.1 em. */
    static final float MOST_CHARACTER_SPACING = 0.09f;

    private final TextShaper shaper;
    private final Language language;
    private final boolean rightToLeft;
    private final LineBreaker breaker;

    Typesetter(TextShaper shaper, Language language, boolean rightToLeft) {
        this.shaper = shaper;
        this.language = language;
        this.rightToLeft = rightToLeft;
        this.breaker = new LineBreaker(shaper, language);
    }

    /** The natural width of a text as drawn (without its soft hyphens); {@code where} names it in an error. */
    float width(String text, FontFace face, float size, String where) {
        return shaper.width(new TextRun(LineBreaker.withoutSoftHyphens(text), face, size, language,
                Direction.LEFT_TO_RIGHT), where);
    }

    /** Breaks spans into lines: the first {@code firstWidth} wide, the rest {@code width}. */
    List<LineBreaker.BrokenLine> breakLines(List<Span> spans, float firstWidth, float width, String where) {
        return breaker.breakLines(spans, firstWidth, width, where);
    }

    /** How narrow spans may be broken without cutting a word, and their width on one line. */
    LineBreaker.Extent extent(List<Span> spans, float width, String where) {
        return breaker.extent(spans, width, where);
    }

    /** One run of text as pieces of one family each, in logical order. */
    List<Piece> pieces(String text, FontFace face, float size, String where) {
        return pieces(List.of(new Span(text, face, size, 0, null, 0)), where, true);
    }

    /** A line of one run, unjustified. */
    Line text(String text, FontFace face, float size, float x, float baseline, Part part, String where) {
        return line(x, baseline, List.of(new Span(text, face, size, 0, null, 0)), 0, part, where);
    }

    /**
     * A broken line as the layout's line, unjustified or with {@code spacing} after each space. The
     * hyphen of a line that ends at a soft hyphen is a piece of its own that stands for the soft
     * hyphen ({@link Piece#actualText()}), so that a writer can keep it out of the text a reader
     * gets: the word is one word, broken only on paper.
     */
    Line line(float x, float baseline, LineBreaker.BrokenLine line, float spacing, Part part) {
        if (line.asIsWidths() != null && !rightToLeft) {
            // Every character drawn as it is, and no right-to-left base direction: each span is one
            // piece of the first family, measured already with its paragraph.
            return new Line(x, baseline, asIsPieces(line), spacing, 0, part, null, line.endsAtSpace());
        }
        Line set = line(x, baseline, line.spans(), spacing, part, "a line");
        List<Piece> pieces = set.pieces();
        // UNSURE: a right-to-left line is reordered; its hyphen (a Latin word in an Arabic note) stays text.
        if (line.hyphenated() && set.reading() == null && !pieces.isEmpty()
                && pieces.get(pieces.size() - 1).text().equals(LineBreaker.HYPHEN)) {
            Piece hyphen = pieces.get(pieces.size() - 1);
            pieces = new ArrayList<>(pieces);
            pieces.set(pieces.size() - 1, new Piece(hyphen.text(), hyphen.face(), hyphen.size(), hyphen.rise(),
                    hyphen.link(), hyphen.width(), hyphen.footnote(), hyphen.family(),
                    String.valueOf(LineBreaker.SOFT_HYPHEN)));
        }
        if (!line.endsAtSpace() && pieces == set.pieces()) {
            return set;
        }
        return new Line(set.x(), set.baseline(), pieces, set.spacing(), set.charSpacing(), set.part(), set.reading(),
                line.endsAtSpace());
    }

    /**
     * A broken line justified to {@code width} unless it is a paragraph's last: at its spaces, or,
     * in Chinese, by the same extra space after each Chinese character but the line's last (the
     * Latin runs inside it are not letter-spaced).
     */
    Line justified(float x, float baseline, LineBreaker.BrokenLine broken, float width, Part part) {
        Line line = line(x, baseline, broken, 0, part);
        if (broken.last()) {
            return line;
        }
        if (language == Language.ZH) {
            int gaps = 0;
            for (Piece piece : line.pieces()) {
                if (piece.family().setsSolid()) {
                    gaps += piece.text().codePointCount(0, piece.text().length());
                }
            }
            List<Piece> pieces = line.pieces();
            if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).family().setsSolid()) {
                gaps--;            // no extra space after the line's last character
            }
            if (gaps > 0) {
                // At most 0.09 em between two characters: poppler (and so copy and search in many
                // viewers) reads a wider gap as a word break and puts a space into the Chinese text.
                // A line before an unbreakable symbol that would need more stays short instead.
                float slack = width - line.width();
                float most = pieces.get(0).size() * MOST_CHARACTER_SPACING;
                return new Line(x, baseline, pieces, 0, Math.max(0, Math.min(most, slack / gaps)), part,
                        line.reading(), line.endsAtSpace());
            }
        }
        float spacing = spacing(broken, width);
        return new Line(x, baseline, line.pieces(), spacing, 0, part, line.reading(), line.endsAtSpace());
    }

    /**
     * The pieces of a line drawn as it is, one per span, as {@link #pieces} and {@link #measured}
     * would make them: in the first family, with the widths the line breaker took from the
     * paragraph's measures.
     */
    private static List<Piece> asIsPieces(LineBreaker.BrokenLine line) {
        List<Span> spans = line.spans();
        float[] widths = line.asIsWidths();
        Piece[] pieces = new Piece[spans.size()];
        for (int k = 0; k < pieces.length; k++) {
            Span span = spans.get(k);
            pieces[k] = new Piece(span.text(), span.face(), span.size(), span.rise(), span.link(), widths[k],
                    span.footnote() == 0 ? null : Footnotes.id(span.footnote()), FontFamily.PRIMARY, null);
        }
        // An unmodifiable list, which the line keeps as it is instead of copying it.
        return List.of(pieces);
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

    /**
     * Spans as a line: pieces of one family, in visual order where needed. A line in another
     * language than the note's (the English block of an Arabic note) runs left to right.
     */
    Line line(float x, float baseline, List<Span> spans, float spacing, Part part, String where) {
        List<Piece> logical = pieces(spans, where, false);
        // A right-to-left line has an Arabic letter or is a label ("1 -"); Latin furniture (the job
        // line, a symbol) runs left to right, so that its brackets stay where they are.
        boolean rtl = rightToLeft && part.language() == null && (part.label() || hasRightToLeft(spans));
        if (!VisualOrder.needed(logical, rtl)) {
            return new Line(x, baseline, measured(logical), spacing, 0, part, null, false);
        }
        StringBuilder reading = new StringBuilder();
        logical.forEach(piece -> reading.append(piece.text()));
        return new Line(x, baseline, VisualOrder.of(logical, rtl, shaper), spacing, 0, part, reading.toString(), false);
    }

    private static boolean hasRightToLeft(List<Span> spans) {
        for (Span span : spans) {
            for (int i = 0; i < span.text().length(); i++) {
                byte direction = Character.getDirectionality(span.text().charAt(i));
                if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The pieces with their widths; VisualOrder measures the pieces it makes itself. */
    private List<Piece> measured(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            float width = shaper.drawnWidth(shaper.drawn(p.text(), p.family()), p.family(), p.face(), p.size());
            out.add(new Piece(p.text(), p.face(), p.size(), p.rise(), p.link(), width, p.footnote(), p.family(), null));
        }
        return out;
    }

    private List<Piece> pieces(List<Span> spans, String where, boolean measure) {
        List<Piece> pieces = new ArrayList<>(spans.size());
        for (Span span : spans) {
            // A soft hyphen is never drawn inside a line: the breaker has put a hyphen where one ends.
            String drawn = LineBreaker.withoutSoftHyphens(span.text());
            if (drawn.isEmpty()) {
                continue;
            }
            TextRun run = new TextRun(drawn, span.face(), span.size(), language, Direction.LEFT_TO_RIGHT);
            for (TextShaper.Segment segment : shaper.segments(run, where)) {
                String text = drawn.substring(segment.start(), segment.end());
                float width = !measure ? 0 : shaper.drawnWidth(shaper.drawn(text, segment.family()), segment.family(),
                        span.face(), span.size());
                pieces.add(new Piece(text, span.face(), span.size(), span.rise(), span.link(), width,
                        span.footnote() == 0 ? null : Footnotes.id(span.footnote()), segment.family(), null));
            }
        }
        return pieces;
    }
}
