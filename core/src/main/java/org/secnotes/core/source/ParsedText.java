package org.secnotes.core.source;

import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKeyBase;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.BasedSequenceImpl;
import com.vladsch.flexmark.util.sequence.Range;
import com.vladsch.flexmark.util.sequence.SequenceUtils;

/**
 * The body text as Flexmark is given it: a based sequence over the body's {@code String}, whose
 * sub-sequences (every line, node and span Flexmark makes of it) are of this class too.
 *
 * <p>Why not Flexmark's own: its {@code SubSequence} reads a character through an interface call
 * on the {@code CharSequence} it wraps, which the launcher's C1 compiler does not remove, and Flexmark
 * reads its input a character at a time (finding line ends, parsing inlines); its array-backed
 * {@code CharSubSequence} is deprecated and copies the text into a {@code char[]} first, where
 * text read from the array must be compressed back into each {@code String} made of it. Here a
 * character is one call on the final {@code String}, which C1 compiles inline, and our hot scans
 * of node texts read that same {@code String} ({@link #text}): a node's characters are copied
 * into a builder with one array copy.
 *
 * <p>The characters, offsets and exceptions are exactly those of Flexmark's sequences: a
 * {@code '\0'} reads as {@code '\uFFFD'}, as there (the reader refuses NUL before, so none gets here).
 * Immutable and thread-safe.
 */
// Flexmark's base class returns its SequenceBuilder for getBuilder(), which IRichSequence declares
// with a type variable of the method: javac flags that inherited unchecked conversion on every subclass.
@SuppressWarnings("unchecked")
final class ParsedText extends BasedSequenceImpl {

    private final String text;
    private final ParsedText base;
    private final int start;
    private final int end;

    private ParsedText(String text) {
        super(0);
        this.text = text;
        this.base = this;
        this.start = 0;
        this.end = text.length();
    }

    private ParsedText(ParsedText base, int start, int end) {
        super(0);
        this.text = base.text;
        this.base = base;
        this.start = start;
        this.end = end;
    }

    /**
     * @param text the body
     * @return the text as one based sequence, with the same characters and offsets
     */
    static ParsedText of(String text) {
        return new ParsedText(text.indexOf(SequenceUtils.NUL) < 0 ? text : text.replace(SequenceUtils.NUL, SequenceUtils.ENC_NUL));
    }

    /**
     * The text a node's characters lie in, contiguously from {@code getStartOffset()} to
     * {@code getEndOffset()}, or null if they do not (a sequence Flexmark put together).
     *
     * @param chars a node's characters
     * @return the whole body text, or null
     */
    static String text(BasedSequence chars) {
        if (chars instanceof ParsedText) {
            return ((ParsedText) chars).text;
        }
        // A sequence Flexmark put together of pieces of ours, such as a span of a paragraph's
        // lines, still lies in our text when its pieces are contiguous.
        BasedSequence base = chars.getBaseSequence();
        return base instanceof ParsedText && chars.getEndOffset() - chars.getStartOffset() == chars.length()
                ? ((ParsedText) base).text : null;
    }

    @Override
    public char charAt(int index) {
        SequenceUtils.validateIndex(index, end - start);
        return text.charAt(start + index);
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public ParsedText subSequence(int startIndex, int endIndex) {
        SequenceUtils.validateStartEnd(startIndex, endIndex, end - start);
        return base.baseSubSequence(start + startIndex, start + endIndex);
    }

    @Override
    public ParsedText baseSubSequence(int startIndex, int endIndex) {
        SequenceUtils.validateStartEnd(startIndex, endIndex, text.length());
        if (startIndex == start && endIndex == end) {
            return this;
        }
        return base != this ? base.baseSubSequence(startIndex, endIndex) : new ParsedText(this, startIndex, endIndex);
    }

    /** @return the characters, in one copy rather than one append each */
    @Override
    public String toString() {
        return text.substring(start, end);
    }

    @Override
    public ParsedText getBaseSequence() {
        return base;
    }

    /** @return the body text, the same object for the whole text and every part of it */
    @Override
    public Object getBase() {
        return text;
    }

    @Override
    public int getStartOffset() {
        return start;
    }

    @Override
    public int getEndOffset() {
        return end;
    }

    @Override
    public int getIndexOffset(int index) {
        SequenceUtils.validateIndexInclusiveEnd(index, end - start);
        return start + index;
    }

    @Override
    public Range getSourceRange() {
        return Range.of(start, end);
    }

    /** @return no options: as for a sequence over a plain {@code String} */
    @Override
    public int getOptionFlags() {
        return 0;
    }

    @Override
    public boolean allOptions(int options) {
        return false;
    }

    @Override
    public boolean anyOptions(int options) {
        return false;
    }

    @Override
    public <T> T getOption(DataKeyBase<T> dataKey) {
        return dataKey.get(null);
    }

    @Override
    public DataHolder getOptions() {
        return null;
    }
}
