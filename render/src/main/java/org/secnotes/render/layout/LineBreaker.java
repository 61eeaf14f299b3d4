package org.secnotes.render.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.secnotes.core.Language;

/**
 * Breaks styled text into lines over ICU's line-break opportunities (UAX #14), which knows where
 * each language may break. A word wider than the line is cut between characters, so nothing is
 * ever drawn past the margin.
 *
 * <p>A soft hyphen (U+00AD), which core keeps from the source as a break hint, is an opportunity
 * too: it takes no width and is never drawn, unless the line ends there, when a hyphen is drawn in
 * its place and counted in the line's width.
 *
 * <p>First fit sets most paragraphs well. A paragraph where it would leave a loose line (word gaps
 * widened by more than a quarter em) is broken again as a whole, in the manner of Knuth–Plass
 * without hyphenation (which UN documents do not use), so that no line gapes because the one
 * before filled up early. First fit also cuts a word wider than a line. Widths
 * come from prefix sums of each character's advance, so a paragraph is measured once however it
 * is broken.
 *
 * <p>Not thread-safe (it holds an ICU break iterator); make one per layout.
 */
final class LineBreaker {

    /**
     * A broken line: its spans, natural width without trailing spaces, its inner spaces, its
     * footnote calls, whether it is the paragraph's last, whether the break dropped a space at
     * its end (a word space a reader of the text still needs; a break after a joint symbol's
     * hyphen or a cut word drops none), and whether it ends at a soft hyphen, whose drawn hyphen
     * is then the last span, of its own. Where every character of the line is drawn as it is
     * (by the first family, no soft hyphen, nothing for the bidi algorithm: most lines of most
     * notes), {@code asIsWidths} holds each span's drawn width, taken from the paragraph's
     * measures, so that the line need not be segmented and measured again; else it is null. The
     * array is never changed.
     */
    record BrokenLine(List<Span> spans, float width, int spaces, Set<Integer> footnotes, boolean last,
            boolean endsAtSpace, boolean hyphenated, float[] asIsWidths) {
        /** A line that does not end at a soft hyphen, to be measured when it is set. */
        BrokenLine(List<Span> spans, float width, int spaces, Set<Integer> footnotes, boolean last,
                boolean endsAtSpace) {
            this(spans, width, spaces, footnotes, last, endsAtSpace, false, null);
        }

        /** The same line as a paragraph's last, which is never justified. */
        BrokenLine asLast(boolean endingAtSpace) {
            return new BrokenLine(spans, width, spaces, footnotes, true, endingAtSpace, hyphenated, asIsWidths);
        }
    }

    /** The soft hyphen: a break hint, drawn as {@link #HYPHEN} only where a line ends at it. */
    static final char SOFT_HYPHEN = '\u00AD';
    /** What a line that ends at a soft hyphen draws there: the hyphen-minus, which every font has. */
    static final String HYPHEN = "-";

    private final TextShaper shaper;
    private final Language language;
    private final BreakOpportunities opportunities;

    /**
     * A breaker for one language's text.
     *
     * @param shaper   measures the text
     * @param language the text's language, which decides where lines may break
     */
    LineBreaker(TextShaper shaper, Language language) {
        this.shaper = shaper;
        this.language = language;
        this.opportunities = new BreakOpportunities(language);
    }

    /**
     * Breaks spans into lines.
     *
     * @param spans      the text
     * @param firstWidth the width available to the first line
     * @param width      the width available to the others
     * @param where      what the text is, for error messages
     */
    List<BrokenLine> breakLines(List<Span> spans, float firstWidth, float width, String where) {
        MeasuredParagraph m = new MeasuredParagraph(spans, shaper, language, where);
        if (m.length == 0) {
            return new ArrayList<>();
        }
        int length = m.length;
        if (!m.softHyphens && m.lineWidth(0, length) <= firstWidth) {
            // A text that fits on its first line is that line, wherever it could break: without a
            // soft hyphen (whose drawn hyphen could make a shorter line wider) no break before its
            // end gives a wider line, so first fit would never break it. ICU need not be asked.
            List<BrokenLine> one = new ArrayList<>(1);
            one.add(finish(m, 0, length, true));
            return one;
        }
        int[] ends = opportunities.of(m, width);
        // As TeX's first pass: most paragraphs set well first-fit; one with a gaping line is
        // broken again as a whole, which costs more. First fit gives up at the first gaping line.
        float size = spans.isEmpty() ? 10 : spans.get(0).size();
        List<BrokenLine> first = firstFit(m, ends, firstWidth, width, size);
        if (first != null) {
            return first;
        }
        List<BrokenLine> best = bestFit(m, ends, firstWidth, width);
        return best != null ? best : firstFit(m, ends, firstWidth, width, Float.NaN);
    }

    /**
     * How narrow a text may be set without cutting a word, and how wide it is on one line: its
     * widest piece between two break opportunities (with that piece's text, for messages) and
     * its natural width. A table's columns are fitted from these.
     */
    record Extent(float widest, String widestText, float natural) {
    }

    /** The extent of spans broken for lines up to {@code width} wide (which decides if a link may break). */
    Extent extent(List<Span> spans, float width, String where) {
        MeasuredParagraph m = new MeasuredParagraph(spans, shaper, language, where);
        int start = 0;
        int from = 0;
        int to = 0;
        for (int end : m.length == 0 ? new int[0] : opportunities.of(m, width)) {
            int trimmed = m.trimEnd(start, end);
            if (m.width(start, trimmed) > m.width(from, to)) {
                from = start;
                to = trimmed;
            }
            start = end;
        }
        return new Extent(m.width(from, to), m.text().substring(from, to), m.width(0, m.trimEnd(0, m.length)));
    }

    /**
     * Whether the line [from, to), not the paragraph's last, once justified to {@code available},
     * would widen its word gaps by more than a quarter em of {@code size}. Found from the
     * paragraph's measures, before the line is made, so that first fit can give up early.
     */
    private static boolean loose(MeasuredParagraph m, int from, int to, float available, float size) {
        int end = m.trimEnd(from, to);
        int spaces = m.spacesBefore[end] - m.spacesBefore[from];
        if (spaces == 0) {
            return false;
        }
        float slack = (available - m.lineWidth(from, end)) / spaces;
        return slack > size / 4;
    }

    /**
     * Fills each line as far as it goes; cuts a word wider than a line between characters. Gives
     * up, returning null, at the first line that would gape ({@link #loose}) in text of
     * {@code looseSize}; never if that is NaN.
     */
    private static List<BrokenLine> firstFit(MeasuredParagraph m, int[] ends, float firstWidth, float width,
            float looseSize) {
        boolean giveUp = !Float.isNaN(looseSize);
        List<BrokenLine> lines = new ArrayList<>();
        int lineStart = 0;
        int lineEnd = 0;
        for (int end : ends) {
            float available = lines.isEmpty() ? firstWidth : width;
            if (lineEnd > lineStart && m.lineWidth(lineStart, end) > available) {
                if (giveUp && loose(m, lineStart, lineEnd, available, looseSize)) {
                    return null;
                }
                lines.add(finish(m, lineStart, lineEnd, false));
                lineStart = lineEnd;
                available = width;
            }
            // A word wider than the line on its own: cut it between characters.
            while (m.lineWidth(lineStart, end) > available) {
                int fit = lineStart + 1;
                while (fit < end && m.width(lineStart, fit + 1) <= available) {
                    fit++;
                }
                if (Character.isLowSurrogate(m.chars[Math.min(fit, m.chars.length - 1)]) && fit - 1 > lineStart) {
                    fit--;
                }
                if (giveUp && loose(m, lineStart, fit, available, looseSize)) {
                    return null;
                }
                lines.add(finish(m, lineStart, fit, false));
                lineStart = fit;
                available = width;
            }
            lineEnd = end;
        }
        if (lineEnd > lineStart) {
            lines.add(finish(m, lineStart, lineEnd, true));
        }
        return lines;
    }

    /**
     * Chooses the breaks for the whole paragraph at once, as Knuth and Plass do without their
     * stretch and shrink: among the ways to fill the lines, the one with the least sum of squared
     * extra space per word gap, the last line free. A line that first fit would fill early and
     * leave gaping spaces in the next one is avoided this way. Returns null when a single word is
     * wider than the line, for first fit to cut it.
     */
    private static List<BrokenLine> bestFit(MeasuredParagraph m, int[] ends, float firstWidth, float width) {
        int n = ends.length;
        double[] cost = new double[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(cost, Double.POSITIVE_INFINITY);
        cost[0] = 0;
        // Where each candidate line would end once its trailing spaces are dropped, and the hyphen
        // it would draw there if it ends at a soft one: found once per end, not once per start.
        int[] trimmedEnds = new int[n];
        float[] endHyphens = new float[n];
        for (int j = 0; j < n; j++) {
            trimmedEnds[j] = m.trimEnd(0, ends[j]);
            endHyphens[j] = m.hyphenated(0, trimmedEnds[j]) ? m.hyphenBefore(trimmedEnds[j]) : 0;
        }
        // The inner loop runs once for every word of every candidate line: it reads the
        // paragraph's arrays from locals, not through the paragraph's fields at every step.
        float[] before = m.before;
        int[] spacesBefore = m.spacesBefore;
        for (int j = 1; j <= n; j++) {
            int end = trimmedEnds[j - 1];
            boolean hyphenated = m.hyphenated(0, end);
            float endHyphen = endHyphens[j - 1];
            for (int i = j - 1; i >= 0; i--) {
                int start = i == 0 ? 0 : ends[i - 1];
                float available = i == 0 ? firstWidth : width;
                int trimmed = Math.max(start, end);
                // As m.lineWidth(start, trimmed), whose trimming and hyphen are found above.
                float natural = hyphenated && trimmed > start ? (before[trimmed] - before[start]) + endHyphen
                        : before[trimmed] - before[start];
                if (natural > available) {
                    if (i == j - 1) {
                        return null;        // one word alone is too wide: first fit cuts it
                    }
                    break;                  // starting earlier only makes the line longer
                }
                if (cost[i] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                double badness = 0;
                if (j < n) {
                    int gaps = spacesBefore[trimmed] - spacesBefore[start];
                    double slack = (available - natural) / Math.max(1, gaps);
                    badness = slack * slack;
                }
                if (cost[i] + badness < cost[j]) {
                    cost[j] = cost[i] + badness;
                    from[j] = i;
                }
            }
        }
        List<BrokenLine> lines = new ArrayList<>();
        for (int j = n; j > 0; j = from[j]) {
            int start = from[j] == 0 ? 0 : ends[from[j] - 1];
            lines.add(0, finish(m, start, ends[j - 1], j == n));
        }
        return lines;
    }

    /** The line of characters [from, to): its spans merged by look, trailing spaces dropped. */
    private static BrokenLine finish(MeasuredParagraph m, int from, int to, boolean last) {
        int end = m.trimEnd(from, to);
        boolean hyphenated = m.hyphenated(from, end);
        List<Span> merged = new ArrayList<>();
        Span hyphen = null;
        Set<Integer> footnotes = Set.of();
        for (int s = 0; s < m.spans.size() && m.spanStart[s] < end; s++) {
            int a = Math.max(from, m.spanStart[s]);
            int b = Math.min(end, m.spanStart[s + 1]);
            if (a >= b) {
                continue;
            }
            Span span = m.spans.get(s);
            boolean whole = a == m.spanStart[s] && b == m.spanStart[s + 1];
            String text = whole ? span.text() : span.text().substring(a - m.spanStart[s], b - m.spanStart[s]);
            if (m.softHyphens) {
                text = withoutSoftHyphens(text);
            }
            if (hyphenated && b == end) {
                hyphen = span.withText(HYPHEN);
            }
            if (text.isEmpty()) {
                continue;
            }
            if (!merged.isEmpty() && merged.get(merged.size() - 1).sameLook(span)) {
                Span previous = merged.remove(merged.size() - 1);
                merged.add(previous.withText(previous.text() + text));
            } else {
                merged.add(text == span.text() ? span : span.withText(text));
            }
            if (span.footnote() > 0) {
                if (footnotes.isEmpty()) {
                    footnotes = new TreeSet<>();
                }
                footnotes.add(span.footnote());
            }
        }
        int spaces = m.spacesBefore[end] - m.spacesBefore[from];
        if (hyphen != null) {
            merged.add(hyphen);        // a span of its own, so that a writer can tell it from the text
        }
        return new BrokenLine(merged, m.lineWidth(from, end), spaces, footnotes, last, !last && end < to, hyphen != null,
                hyphen == null ? asIsWidths(m, from, end, merged) : null);
    }

    /**
     * Each merged span's drawn width, from the paragraph's measures, if all of [from, end) is
     * drawn as it is; else null. With no soft hyphen taken out, each span covers as many
     * characters of the paragraph as its text has, one after the other from {@code from}.
     */
    private static float[] asIsWidths(MeasuredParagraph m, int from, int end, List<Span> merged) {
        if (!m.drawnAsIs(from, end)) {
            return null;
        }
        float[] widths = new float[merged.size()];
        int at = from;
        for (int k = 0; k < widths.length; k++) {
            Span span = merged.get(k);
            int next = at + span.text().length();
            widths[k] = m.asIsWidth(at, next, span.size());
            at = next;
        }
        return widths;
    }

    /** The text without its soft hyphens, which are never drawn inside a line. */
    static String withoutSoftHyphens(String text) {
        return text.indexOf(SOFT_HYPHEN) < 0 ? text : text.replace(String.valueOf(SOFT_HYPHEN), "");
    }
}
