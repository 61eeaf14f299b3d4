package org.secnotes.render.layout;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import org.secnotes.core.DocumentSymbol;
import org.secnotes.core.Language;

/**
 * Where the lines of a paragraph may end: ICU's line-break opportunities (UAX #14) for the
 * paragraph's language, with the few changes a UN document needs around links and symbols.
 *
 * <p>Not thread-safe (it holds an ICU break iterator); one per line breaker.
 */
final class BreakOpportunities {

    private final BreakIterator breaks;

    /** The opportunities of text in one language, which decides where lines may break. */
    BreakOpportunities(Language language) {
        this.breaks = BreakIterator.getLineInstance(new ULocale(language.code()));
    }

    /**
     * Where a line may end: ICU's opportunities, except inside a link (a document symbol above
     * all), which is hard to read split after one of its slashes; a link wider than a line keeps
     * them. A joint symbol (CTOC/COP/WG.2/2017/4-CTOC/COP/WG.3/2017/4) may end a line after the
     * hyphen between its parts, which ICU does not offer before a capital. An address written
     * out may end a line after any slash of its path.
     */
    int[] of(MeasuredParagraph m, float width) {
        int length = m.length;
        // Room for a break every four characters: English words with their space are longer.
        int[] found = new int[length / 4 + 2];
        int count = 0;
        breaks.setText(new CharArrayIterator(m.chars));
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = end;
        }
        if (!hasLink(m) && count > 0 && found[count - 1] == length) {
            // No link to change them: ICU's, in order, end of the text included.
            return Arrays.copyOf(found, count);
        }
        boolean[] allowed = new boolean[length + 1];
        for (int k = 0; k < count; k++) {
            allowed[found[k]] = true;
        }
        String text = m.text();
        for (int s = 0; s < m.spans.size(); s++) {
            int from = m.spanStart[s];
            int to = m.spanStart[s + 1];
            boolean address = m.spans.get(s).link() != null && isWebAddress(text.substring(from, to));
            if (m.spans.get(s).link() != null && m.width(from, to) <= width) {
                for (int i = from + 1; i < to; i++) {
                    allowed[i] = DocumentSymbol.isJointSeparator(text, i - 1);
                }
            }
            if (address) {
                // A written-out address breaks after its slashes (never inside "https://"), so that
                // it does not move to the next line whole and leave a gaping line behind it.
                int path = text.indexOf("://", from);
                int first = path >= 0 && path < to ? path + 3 : from;
                for (int i = first + 1; i < to; i++) {
                    if (text.charAt(i - 1) == '/' && text.charAt(i) != '/') {
                        allowed[i] = true;
                    }
                }
            }
        }
        allowed[m.length] = true;
        int allowedCount = 0;
        for (int i = 1; i < allowed.length; i++) {
            if (allowed[i]) {
                allowedCount++;
            }
        }
        int[] ends = new int[allowedCount];
        for (int i = 1, k = 0; i < allowed.length; i++) {
            if (allowed[i]) {
                ends[k++] = i;
            }
        }
        return ends;
    }

    /** Whether a span of the paragraph is a link, whose breaks are changed. */
    private static boolean hasLink(MeasuredParagraph m) {
        for (Span span : m.spans) {
            if (span.link() != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a link's text is an address written out ("https://...", "www..."), not a symbol or words. */
    private static boolean isWebAddress(String text) {
        return text.contains("://") || text.startsWith("www.");
    }
}
