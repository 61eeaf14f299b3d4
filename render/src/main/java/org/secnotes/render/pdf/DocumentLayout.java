package org.secnotes.render.pdf;

import java.util.List;

/**
 * A note laid out on pages, before any PDF exists: every line of text with its position, faces
 * and links, every rule and filled box, the bookmarks. Measures are in points from the top-left
 * corner of the page. The PDF painter only draws what is here, and tests can inspect it directly.
 *
 * <p>Immutable and thread-safe.
 *
 * @param style     the page style the layout was made with
 * @param pages     the pages in order
 * @param bookmarks the outline entries, one per heading
 */
public record DocumentLayout(PageStyle style, List<Page> pages, List<Bookmark> bookmarks) {

    /** Copies the lists. */
    public DocumentLayout {
        pages = List.copyOf(pages);
        bookmarks = List.copyOf(bookmarks);
    }

    /**
     * What a piece of the page is, kept so that a tagged PDF can name it later: the layout knows
     * it, the painter receives it.
     */
    public enum Role {
        /** The masthead and header block of page 1. */
        HEADER,
        /** A heading of the body. */
        HEADING,
        /** A paragraph of the body. */
        PARAGRAPH,
        /** A sub-item of a paragraph. */
        LIST_ITEM,
        /** A footnote or the "*" agenda footnote. */
        FOOTNOTE,
        /** Running headers and footers, job numbers, rules: not part of the text. */
        ARTIFACT
    }

    /**
     * One page.
     *
     * @param number the page number, from 1
     * @param lines  the lines of text
     * @param rules  the horizontal rules
     * @param boxes  filled rectangles (barcodes, QR codes)
     */
    public record Page(int number, List<Line> lines, List<Rule> rules, List<Box> boxes) {
        /** Copies the lists. */
        public Page {
            lines = List.copyOf(lines);
            rules = List.copyOf(rules);
            boxes = List.copyOf(boxes);
        }
    }

    /**
     * A line of text set from a start point.
     *
     * @param x        where the line starts
     * @param baseline the baseline
     * @param pieces   the runs of one face, size and link, in order
     * @param spacing  extra space after every space character, which justifies the line
     * @param role     what the line belongs to
     * @param block    the index of the body block the line belongs to, or -1 outside the body; with
     *                 the role, what a tagged PDF needs to group lines into structure elements
     */
    public record Line(float x, float baseline, List<Piece> pieces, float spacing, Role role, int block) {
        /** Copies the pieces. */
        public Line {
            pieces = List.copyOf(pieces);
        }

        /** @return the line's text */
        public String text() {
            StringBuilder out = new StringBuilder();
            pieces.forEach(p -> out.append(p.text()));
            return out.toString();
        }
    }

    /**
     * A run of text in one face and size.
     *
     * @param text  the characters
     * @param face  the face
     * @param size  the type size
     * @param rise  how far above the baseline (footnote calls)
     * @param link  the address the run opens, or {@code null}
     * @param width the run's natural width, without justification
     */
    public record Piece(String text, FontFace face, float size, float rise, String link, float width) {
    }

    /**
     * A horizontal rule.
     *
     * @param x1        start
     * @param x2        end
     * @param y         position of its centre line
     * @param thickness thickness
     */
    public record Rule(float x1, float x2, float y, float thickness) {
    }

    /**
     * A filled black rectangle.
     *
     * @param x      left
     * @param top    top
     * @param width  width
     * @param height height
     */
    public record Box(float x, float top, float width, float height) {
    }

    /**
     * An outline entry.
     *
     * @param title the heading's text
     * @param level 1 for chapters, 2 for sections, 3 for subsections
     * @param page  the page number, from 1
     * @param top   the top of the heading on that page
     */
    public record Bookmark(String title, int level, int page, float top) {
    }
}
