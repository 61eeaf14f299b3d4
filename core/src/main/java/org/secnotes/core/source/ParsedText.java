package org.secnotes.core.source;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.CharSubSequence;

/**
 * The body text as Flexmark is given it: held in a {@code char[]}, not in the {@code String}
 * that {@code Parser.parse(String)} wraps. Flexmark reads its input a character at a time
 * through {@code charAt} (finding line ends, parsing inlines); over a String each such read is
 * one more interface call, which the launcher's C1 compiler does not remove, and which cost a
 * few percent of a batch. The node texts keep their offsets into the same array, so that hot
 * scans of ours can read them directly ({@link #array}).
 *
 * <p>Stateless and thread-safe.
 */
final class ParsedText {

    private ParsedText() {
    }

    /** @return the text as one array-backed based sequence, with the same characters and offsets */
    @SuppressWarnings("deprecation") // CharSubSequence: deprecated for SubSequence, the String-backed one we avoid
    static BasedSequence of(String text) {
        return CharSubSequence.of(text);
    }

    /**
     * The array a node's characters lie in, contiguously from {@code getStartOffset()} to
     * {@code getEndOffset()}, or null if they do not (a sequence Flexmark put together).
     *
     * @param chars a node's characters
     * @return the array of the whole text, or null
     */
    static char[] array(BasedSequence chars) {
        Object base = chars.getBase();
        return base instanceof char[] && chars.getEndOffset() - chars.getStartOffset() == chars.length()
                ? (char[]) base : null;
    }
}
