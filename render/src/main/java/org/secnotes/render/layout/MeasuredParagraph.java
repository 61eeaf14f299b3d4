package org.secnotes.render.layout;

import java.util.Arrays;
import java.util.List;
import org.secnotes.core.Language;

/**
 * One paragraph's text with its measures, made in one pass and read however often the paragraph
 * is broken: the spans' text as characters (and as one string if asked for), where each span
 * starts, and, at each character, the width and the number of spaces before it. The width of any
 * stretch is then a subtraction, which is how TeX and Android's Minikin keep a paragraph's break
 * search cheap: nothing is measured twice.
 *
 * <p>A soft hyphen takes no width (it is never drawn where the line goes on); a line that ends at
 * one adds the width of the hyphen its span would draw ({@link #lineWidth}).
 *
 * <p>Immutable after construction; its arrays are read by the line breaker only.
 */
final class MeasuredParagraph {

    final List<Span> spans;
    /** The number of characters. */
    final int length;
    /** The text as one string, made when first asked for (a paragraph with a link), or null. */
    private String text;
    /** The text as characters: what the per-character loops read, without a call per character. */
    final char[] chars;
    /** Where each span starts in the text, and the text's length after the last. */
    final int[] spanStart;
    /** The width before each character, and the whole width after the last. */
    final float[] before;
    /** How many spaces come before each character: a line's word gaps in O(1). */
    final int[] spacesBefore;
    /** Whether the text holds a soft hyphen, which a line's text must then be cleared of. */
    final boolean softHyphens;
    /** The width of the hyphen a line ending in each span would draw, or 0 if the span has no soft hyphen. */
    private final float[] hyphen;
    /**
     * The font units before each character of those drawn as they are (see {@link #asIsWidth}),
     * and where the others are, in order (few or none in most notes, so kept as a list, not as a
     * count at every character): what lets a line's pieces be measured from the paragraph's
     * figures instead of being walked again, character by character.
     */
    private final int[] asIsUnitsBefore;
    private final int[] others;
    private final int otherCount;

    MeasuredParagraph(List<Span> spans, TextShaper shaper, Language language, String where) {
        this.spans = spans;
        int count = spans.size();
        spanStart = new int[count + 1];
        int length = 0;
        for (int i = 0; i < count; i++) {
            spanStart[i] = length;
            length += spans.get(i).text().length();
        }
        spanStart[count] = length;
        chars = new char[length];
        float[] advance = new float[length];
        int[] firstFamilyUnits = new int[length];
        for (int i = 0; i < count; i++) {
            Span span = spans.get(i);
            span.text().getChars(0, span.text().length(), chars, spanStart[i]);
            // UNSURE: every run is shaped left to right; the Arabic work splits bidi runs first.
            shaper.measure(new TextRun(span.text(), span.face(), span.size(), language, Direction.LEFT_TO_RIGHT),
                    chars, spanStart[i], advance, firstFamilyUnits, where);
        }
        this.length = length;
        hyphen = new float[count];
        before = new float[length + 1];
        spacesBefore = new int[length + 1];
        asIsUnitsBefore = new int[length + 1];
        int[] notAsIs = new int[4];
        int notAsIsCount = 0;
        // Running sums in locals, each the same additions in the same order as a sum of the array
        // before it: the client compiler keeps them in registers.
        float width = 0;
        int spaces = 0;
        int asIsUnits = 0;
        boolean anySoftHyphen = false;
        int hyphenMeasured = -1;     // the last span whose hyphen has been measured
        for (int s = 0; s < count; s++) {
            for (int i = spanStart[s]; i < spanStart[s + 1]; i++) {
                char c = chars[i];
                boolean softHyphen = c == LineBreaker.SOFT_HYPHEN;
                if (softHyphen && hyphenMeasured != s) {
                    anySoftHyphen = true;
                    hyphenMeasured = s;
                    Span span = spans.get(s);
                    hyphen[s] = shaper.width(new TextRun(LineBreaker.HYPHEN, span.face(), span.size(), language,
                            Direction.LEFT_TO_RIGHT), where);
                }
                if (!softHyphen) {
                    width += advance[i];
                }
                before[i + 1] = width;
                if (c == ' ') {
                    spaces++;
                }
                spacesBefore[i + 1] = spaces;
                // A soft hyphen is taken out of the drawn text, and a character that needs the bidi
                // algorithm makes its line go through it: either leaves the line to be measured again.
                if (firstFamilyUnits[i] >= 0 && !softHyphen && !BidiCharacters.requiresBidi(c)) {
                    asIsUnits += firstFamilyUnits[i];
                } else {
                    if (notAsIsCount == notAsIs.length) {
                        notAsIs = Arrays.copyOf(notAsIs, notAsIsCount * 2);
                    }
                    notAsIs[notAsIsCount++] = i;
                }
                asIsUnitsBefore[i + 1] = asIsUnits;
            }
        }
        softHyphens = anySoftHyphen;
        others = notAsIs;
        otherCount = notAsIsCount;
    }

    /** Whether every character of [from, to) is drawn as it is: see {@link #asIsWidth}. */
    boolean drawnAsIs(int from, int to) {
        if (otherCount == 0 || from >= to) {
            return true;
        }
        // The first character not drawn as it is at or after from must be at or after to.
        int k = Arrays.binarySearch(others, 0, otherCount, from);
        if (k >= 0) {
            return false;
        }
        int next = -k - 1;
        return next == otherCount || others[next] >= to;
    }

    /**
     * The drawn width of the characters [from, to) in one span's size, as
     * {@link TextShaper#drawnWidth} would give it for a piece of the first family, if every one of
     * them is drawn as it is: by the first family, with no soft hyphen and nothing that needs
     * the bidirectional algorithm; -1 if not, when the line must be segmented and measured.
     */
    float asIsWidth(int from, int to, float size) {
        if (!drawnAsIs(from, to)) {
            return -1;
        }
        // In this order, as the shaper sums a drawn text: its units times the size, over 1000.
        long units = asIsUnitsBefore[to] - asIsUnitsBefore[from];
        return units * size / 1000f;
    }

    /** The text as one string: a paragraph of one span (most are) is that span's text, not a copy. */
    String text() {
        if (text == null) {
            text = spans.size() == 1 ? spans.get(0).text() : new String(chars);
        }
        return text;
    }

    /** The natural width of the characters [from, to), soft hyphens taking none. */
    float width(int from, int to) {
        return before[to] - before[from];
    }

    /** Whether a line of [from, to) ends at a soft hyphen, and so draws a hyphen there. */
    boolean hyphenated(int from, int to) {
        return to > from && to < chars.length && chars[to - 1] == LineBreaker.SOFT_HYPHEN;
    }

    /** The width of the hyphen drawn where a line ends at {@code end}, after a soft hyphen: that of its span's face. */
    float hyphenBefore(int end) {
        int s = 0;
        while (spanStart[s + 1] < end) {
            s++;
        }
        return hyphen[s];
    }

    /** The width of a line of [from, to) as drawn: no trailing spaces, a hyphen where it ends at a soft one. */
    float lineWidth(int from, int to) {
        int end = trimEnd(from, to);
        if (!hyphenated(from, end)) {
            return width(from, end);
        }
        return width(from, end) + hyphenBefore(end);
    }

    /** Where a line of [from, to) ends once its trailing spaces are dropped. */
    int trimEnd(int from, int to) {
        while (to > from && chars[to - 1] == ' ') {
            to--;
        }
        return to;
    }
}
