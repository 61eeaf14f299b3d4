package org.secnotes.render.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Breaks styled text into lines: a first-fit breaker over ICU's line-break opportunities (UAX #14),
 * which knows where each language may break. A word wider than the line is cut between characters,
 * so nothing is ever drawn past the margin.
 *
 * <p>First fit rather than Knuth–Plass: UN documents are justified without hyphenation, and first
 * fit is what Word, which sets them, does.
 *
 * <p>Not thread-safe (it holds an ICU break iterator); make one per layout.
 */
final class LineBreaker {

    /** A broken line: its spans, natural width without trailing spaces, its inner spaces, its footnote calls. */
    record BrokenLine(List<Span> spans, float width, int spaces, Set<Integer> footnotes, boolean last) {
    }

    private final TextMeasure measure;
    private final BreakIterator breaks;

    LineBreaker(TextMeasure measure, ULocale locale) {
        this.measure = measure;
        this.breaks = BreakIterator.getLineInstance(locale);
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
        StringBuilder all = new StringBuilder();
        for (Span span : spans) {
            all.append(span.text());
        }
        String text = all.toString();
        List<BrokenLine> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        breaks.setText(text);
        List<Span> current = new ArrayList<>();
        float currentWidth = 0;
        boolean[] unbreakable = unbreakable(spans, text.length(), width, where);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            while (end != BreakIterator.DONE && end < text.length() && unbreakable[end]) {
                end = breaks.next();
            }
            if (end == BreakIterator.DONE) {
                end = text.length();
            }
            List<Span> word = slice(spans, start, end);
            String wordText = text.substring(start, end);
            String trimmed = stripTrailing(wordText);
            float wordWidth = width(word, where);
            float trimmedWidth = wordWidth - width(slice(spans, start + trimmed.length(), end), where);
            float available = lines.isEmpty() ? firstWidth : width;
            if (!current.isEmpty() && currentWidth + trimmedWidth > available) {
                lines.add(finish(current, false, where));
                current = new ArrayList<>();
                currentWidth = 0;
                available = width;
            }
            if (current.isEmpty() && trimmedWidth > available) {
                // A word wider than the line: cut it between characters.
                List<Span> rest = word;
                while (width(rest, where) - trailingSpaceWidth(rest, where) > (lines.isEmpty() ? firstWidth : width)) {
                    float room = lines.isEmpty() ? firstWidth : width;
                    int fit = fittingChars(rest, room, where);
                    lines.add(finish(slice(rest, 0, fit), false, where));
                    rest = slice(rest, fit, length(rest));
                }
                current.addAll(rest);
                currentWidth = width(rest, where);
                continue;
            }
            current.addAll(word);
            currentWidth += wordWidth;
        }
        if (!current.isEmpty()) {
            lines.add(finish(current, true, where));
        }
        return lines;
    }

    /**
     * Marks the positions inside links (document symbols above all) where ICU would allow a break
     * after a slash or hyphen: a symbol split over two lines is hard to read, so a link stays whole
     * unless it is wider than a line. Joint symbols may break between their parts.
     */
    private boolean[] unbreakable(List<Span> spans, int length, float width, String where) {
        boolean[] inside = new boolean[length + 1];
        int at = 0;
        for (Span span : spans) {
            int end = at + span.text().length();
            if (span.link() != null && measure.width(span.text(), span.face(), span.size(), where) <= width) {
                for (int i = at + 1; i < end; i++) {
                    // A joint symbol (A/73/328-S/2018/592) may still break where its parts meet.
                    char before = span.text().charAt(i - at - 1);
                    inside[i] = before != '-' && before != '\u2013';
                }
            }
            at = end;
        }
        return inside;
    }

    private BrokenLine finish(List<Span> spans, boolean last, String where) {
        List<Span> merged = new ArrayList<>();
        for (Span span : spans) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).sameLook(span)) {
                Span previous = merged.remove(merged.size() - 1);
                merged.add(previous.withText(previous.text() + span.text()));
            } else if (!span.text().isEmpty()) {
                merged.add(span);
            }
        }
        // Spaces at the end of a line are not drawn and do not count when justifying.
        while (!merged.isEmpty()) {
            Span tail = merged.get(merged.size() - 1);
            String stripped = stripTrailing(tail.text());
            merged.remove(merged.size() - 1);
            if (!stripped.isEmpty()) {
                merged.add(tail.withText(stripped));
                break;
            }
        }
        int spaces = 0;
        Set<Integer> footnotes = new TreeSet<>();
        for (Span span : merged) {
            for (int i = 0; i < span.text().length(); i++) {
                if (span.text().charAt(i) == ' ') {
                    spaces++;
                }
            }
            if (span.footnote() > 0) {
                footnotes.add(span.footnote());
            }
        }
        return new BrokenLine(merged, width(merged, where), spaces, footnotes, last);
    }

    private float width(List<Span> spans, String where) {
        float total = 0;
        for (Span span : spans) {
            total += measure.width(span.text(), span.face(), span.size(), where);
        }
        return total;
    }

    private float trailingSpaceWidth(List<Span> spans, String where) {
        int length = length(spans);
        String text = text(spans);
        int trimmed = stripTrailing(text).length();
        return width(slice(spans, trimmed, length), where);
    }

    private int fittingChars(List<Span> spans, float room, String where) {
        String text = text(spans);
        int fit = 1;
        for (int i = 1; i <= text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i - 1)) && i < text.length()) {
                continue;
            }
            if (width(slice(spans, 0, i), where) > room) {
                break;
            }
            fit = i;
        }
        return fit;
    }

    private static String stripTrailing(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end);
    }

    private static int length(List<Span> spans) {
        int length = 0;
        for (Span span : spans) {
            length += span.text().length();
        }
        return length;
    }

    private static String text(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        spans.forEach(s -> out.append(s.text()));
        return out.toString();
    }

    /** The spans covering characters [from, to) of their joined text. */
    private static List<Span> slice(List<Span> spans, int from, int to) {
        List<Span> out = new ArrayList<>();
        int at = 0;
        for (Span span : spans) {
            int spanStart = at;
            int spanEnd = at + span.text().length();
            at = spanEnd;
            int a = Math.max(from, spanStart);
            int b = Math.min(to, spanEnd);
            if (a < b) {
                out.add(a == spanStart && b == spanEnd ? span : span.withText(span.text().substring(a - spanStart, b - spanStart)));
            }
        }
        return out;
    }
}
