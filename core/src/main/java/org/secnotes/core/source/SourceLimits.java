package org.secnotes.core.source;

/**
 * The bounds on one source, each far above what a real note needs and low enough that reading
 * stays fast and never exhausts the stack. A source beyond one is refused with an error naming the
 * file and line; the README lists them.
 */
public final class SourceLimits {

    /** Larger files are refused before they are read: no note comes near it, and it bounds memory. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    /** Lists and maps inside one another in the front matter (a note needs three: root, agenda, items). */
    public static final int MAX_YAML_DEPTH = 8;

    /** Block quotes and list items inside one another in the body. */
    public static final int MAX_BLOCK_DEPTH = 16;

    /** Emphasis, strong text and links inside one another. */
    public static final int MAX_INLINE_DEPTH = 16;

    /** Footnotes in one source (a long report has a few hundred). */
    public static final int MAX_FOOTNOTES = 2_000;

    /** Characters in one paragraph, heading, sub-item or footnote (a long UN paragraph has 3,000). */
    public static final int MAX_PARAGRAPH_CHARS = 20_000;

    /**
     * Angle brackets, which open inline HTML tags and autolinks, in one run of lines without a
     * blank line; counted before the Markdown parser sees them, because the parser's time for
     * inline tags grows with the square of their number in a paragraph.
     */
    public static final int MAX_INLINE_TAGS = 500;

    /**
     * Characters the parser's link-label pattern may scan, in one body, for brackets at the start
     * of a line that no {@code ]} closes: it scans the label once for every way of reading its
     * backslash escapes, twice as often for each one more (2<sup>escapes</sup> times the label's
     * characters). 2<sup>18</sup> allows, say, 8 escapes before 999 characters, or 14 before 16;
     * it costs well under a second.
     */
    public static final long MAX_UNCLOSED_LABEL_WORK = 1L << 18;

    private SourceLimits() {
    }
}
