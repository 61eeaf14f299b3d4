package org.secnotes.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import org.junit.jupiter.api.Test;

/**
 * The reader's sequence must read exactly as Flexmark's own over the same String: characters,
 * offsets, sub-sequences of sub-sequences, strings, hashes and the exceptions out of range. The
 * parse as a whole is held to Flexmark's in {@link BodyParserTest}.
 */
class ParsedTextTest {

    private static final String TEXT = "# Title\n\n1. A paragraph | with a pipe,\r\nand a *second* line.\n\n[^1]: Note.\n";

    @Test
    void everySubSequenceReadsAsFlexmarksOwn() {
        BasedSequence ours = ParsedText.of(TEXT);
        BasedSequence stock = BasedSequence.of(TEXT);
        for (int start = 0; start <= TEXT.length(); start += 3) {
            for (int end = start; end <= TEXT.length(); end += 5) {
                same(stock.subSequence(start, end), ours.subSequence(start, end));
                // A sub-sequence of a sub-sequence keeps offsets into the whole text.
                int inner = (end - start) / 2;
                same(stock.subSequence(start, end).subSequence(inner, end - start),
                        ours.subSequence(start, end).subSequence(inner, end - start));
                same(stock.subSequence(start, end).baseSubSequence(0, end),
                        ours.subSequence(start, end).baseSubSequence(0, end));
            }
        }
    }

    private static void same(BasedSequence stock, BasedSequence ours) {
        String where = "[" + stock.getStartOffset() + ", " + stock.getEndOffset() + ")";
        assertEquals(ParsedText.class, ours.getClass(), where);
        assertEquals(stock.toString(), ours.toString(), where);
        assertEquals(stock.length(), ours.length(), where);
        assertEquals(stock.getStartOffset(), ours.getStartOffset(), where);
        assertEquals(stock.getEndOffset(), ours.getEndOffset(), where);
        assertEquals(stock.getSourceRange(), ours.getSourceRange(), where);
        assertEquals(stock.hashCode(), ours.hashCode(), where);
        assertEquals(stock, ours, where);
        for (int i = 0; i < stock.length(); i++) {
            assertEquals(stock.charAt(i), ours.charAt(i), where + " at " + i);
            assertEquals(stock.getIndexOffset(i), ours.getIndexOffset(i), where + " at " + i);
        }
        assertEquals(stock.getIndexOffset(stock.length()), ours.getIndexOffset(ours.length()), where);
        assertEquals(stock.safeCharAt(-1), ours.safeCharAt(-1), where);
        assertEquals(stock.safeCharAt(stock.length()), ours.safeCharAt(ours.length()), where);
        assertEquals(stock.lineAt(0).toString(), ours.lineAt(0).toString(), where);
        assertEquals(stock.trim().getSourceRange(), ours.trim().getSourceRange(), where);
        assertEquals(stock.indexOf('|'), ours.indexOf('|'), where);
    }

    @Test
    void outOfRangeFailsAsFlexmarksOwn() {
        BasedSequence line = ParsedText.of(TEXT).subSequence(9, 20);
        BasedSequence stock = BasedSequence.of(TEXT).subSequence(9, 20);
        // Inside the whole text, yet outside the sub-sequence: refused, not read from the text.
        assertEquals(stock.length(), line.length());
        assertEquals(thrown(() -> stock.charAt(11)), thrown(() -> line.charAt(11)));
        assertEquals(thrown(() -> stock.charAt(-1)), thrown(() -> line.charAt(-1)));
        assertEquals(thrown(() -> stock.subSequence(2, 12)), thrown(() -> line.subSequence(2, 12)));
        assertEquals(thrown(() -> stock.subSequence(3, 2)), thrown(() -> line.subSequence(3, 2)));
        assertEquals(thrown(() -> stock.getIndexOffset(12)), thrown(() -> line.getIndexOffset(12)));
    }

    private static Class<?> thrown(Runnable read) {
        return assertThrows(RuntimeException.class, read::run).getClass();
    }

    @Test
    void aNulReadsAsFlexmarksReplacementCharacter() {
        String text = "a\0b";
        assertEquals(BasedSequence.of(text).toString(), ParsedText.of(text).toString());
        assertEquals(BasedSequence.of(text).charAt(1), ParsedText.of(text).charAt(1));
    }

    @Test
    void theBodyTextIsFoundOnlyWhereANodeLiesInIt() {
        ParsedText whole = ParsedText.of(TEXT);
        BasedSequence line = whole.subSequence(9, 20);
        assertSame(whole, line.getBaseSequence());
        assertSame(TEXT, ParsedText.text(line));
        // Flexmark's pieces of our text, joined where they meet: still in it.
        assertSame(TEXT, ParsedText.text(whole.subSequence(9, 12).spliceAtEnd(whole.subSequence(12, 20))));
        // A text with a character that is not in the source is not.
        assertNull(ParsedText.text(PrefixedSubSequence.prefixOf(">", line)));
        assertNull(ParsedText.text(BasedSequence.of(TEXT)));
    }
}
