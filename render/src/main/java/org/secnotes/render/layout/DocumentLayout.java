package org.secnotes.render.layout;

import java.util.List;
import java.util.Objects;
import org.secnotes.core.Language;
import org.secnotes.templates.LocalizedNote.DocumentInfo;

/**
 * A note laid out on pages, before any output format exists: every line of text with its
 * position, faces and links, every rule and drawn mark, the bookmarks, and what each piece is in
 * the document's structure. Measures are in points from the top-left corner of the page. A writer
 * (the PDF painter today; a tagged-PDF or HTML writer next) needs nothing else.
 *
 * <p>Immutable and thread-safe.
 *
 * @param info      the document's language, title and date
 * @param style     the page style the layout was made with (the paper and its measures)
 * @param pages     the pages in order
 * @param bookmarks the outline entries, one per heading
 */
public record DocumentLayout(DocumentInfo info, PageStyle style, List<Page> pages, List<Bookmark> bookmarks) {

    /**
     * Checks the parts and copies the lists.
     *
     * @param info the document's language, title and date
     * @param style the page style the layout was made with (the paper and its measures)
     * @param pages the pages in order
     * @param bookmarks the outline entries, one per heading
     */
    public DocumentLayout {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(style, "style");
        pages = List.copyOf(pages);
        bookmarks = List.copyOf(bookmarks);
    }

    /**
     * What a piece of the page is in the document. Content roles come in reading order; the
     * artifact roles are page furniture that a screen reader skips; the figure roles are images
     * with alternate text. The body roles are the names core and the templates give block kinds.
     */
    public enum Role {
        /** The Organization's name and the symbol line at the top of page 1. */
        MASTHEAD,
        /** The organ's lines. */
        ORGAN,
        /** Distribution, date, language and original. */
        ISSUE_BLOCK,
        /** Session, venue and dates, the agenda line. */
        SESSION_BLOCK,
        /** The agenda item's title, in bold. */
        AGENDA_TITLE,
        /** The note's title: the document's one top-level heading. */
        TITLE,
        /** "Note by the Secretariat" or a subtitle. */
        KIND,
        /** A chapter, section or subsection heading; {@link Part#level()} is 1 to 3. */
        HEADING,
        /** A numbered paragraph: its label ("12.") and its body. */
        NUMBERED_PARAGRAPH,
        /** A sub-item, nested under the paragraph before it; {@link Part#level()} is its depth. */
        SUB_ITEM,
        /** An unnumbered paragraph. */
        PARAGRAPH,
        /** One paragraph of a block quotation, indented on both sides. */
        BLOCK_QUOTE,
        /** An annex's heading ("Annex I") and its title, at the head of a new page. */
        ANNEX,
        /** A table, the parent of its rows; no line has it ({@link TableParts} names the parents). */
        TABLE,
        /** A row of a table, the parent of its cells; no line has it. */
        TABLE_ROW,
        /** A line of a header cell, set in italics; its element is named by {@link TableParts}. */
        TABLE_HEADER_CELL,
        /** A line of a body cell; its element is named by {@link TableParts}. */
        TABLE_DATA_CELL,
        /** A header cell repeated at the head of a page a table continues on: page furniture. */
        TABLE_HEADER_REPEATED,
        /** A footnote or the "*" agenda footnote: its marker and its text. */
        FOOTNOTE,
        /** The symbol at the top of pages 2 onward. */
        RUNNING_HEADER,
        /** "2/5" at the foot of pages 2 onward. */
        PAGE_NUMBER,
        /** The job number in the footer of pages 2 onward. */
        JOB_NUMBER,
        /** The job line at the foot of page 1. */
        JOB_LINE,
        /** The Code 39 barcode of the job number and its human-readable line. */
        BARCODE,
        /** The QR code that opens the document online. */
        QR_CODE,
        /** The emblem supplied by its rightful user. */
        EMBLEM;

        /** @return whether this is page furniture, not part of the text */
        public boolean isArtifact() {
            return this == RUNNING_HEADER || this == PAGE_NUMBER || this == JOB_NUMBER || this == JOB_LINE || this == BARCODE
                    || this == TABLE_HEADER_REPEATED;
        }

        /** @return whether this is an image that needs alternate text */
        public boolean isFigure() {
            return this == QR_CODE || this == EMBLEM;
        }
    }

    /**
     * Where a line belongs in the document's structure.
     *
     * @param role     what the line is
     * @param element  a stable name for the element the line belongs to, the same for every line
     *                 of it, such as {@code "block-12"}, {@code "footnote-3"} or {@code "footnote-*"};
     *                 a footnote's name is its id, which the call's {@link Piece#footnote()} names too
     * @param level    a heading's level or a sub-item's depth; 0 otherwise
     * @param label    whether the line is the element's label ("12.", "(a)") or footnote marker
     * @param language the line's language where it differs from the document's, or {@code null}
     */
    public record Part(Role role, String element, int level, boolean label, Language language) {
        /**
         * Checks the parts.
         *
         * @param role what the line is
         * @param element a stable name for the element the line belongs to, the same for
         *     every line of it, such as {@code "block-12"}, {@code "footnote-3"} or
         *     {@code "footnote-*"}; a footnote's name is its id, which the call's {@link
         *     Piece#footnote()} names too
         * @param level a heading's level or a sub-item's depth; 0 otherwise
         * @param label whether the line is the element's label ("12.", "(a)") or footnote marker
         * @param language the line's language where it differs from the document's, or {@code null}
         */
        public Part {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(element, "element");
        }

        /**
         * A part in the document's language, not a label.
         *
         * @param role    what the line is
         * @param element the element's name
         * @param level   a heading's level or a sub-item's depth; 0 otherwise
         * @return the part
         */
        public static Part of(Role role, String element, int level) {
            return new Part(role, element, level, false, null);
        }

        /** @return the same part as a label */
        public Part asLabel() {
            return new Part(role, element, level, true, language);
        }

        /**
         * The same part in another language.
         *
         * @param other the line's language, or {@code null} for the document's
         * @return the part
         */
        public Part in(Language other) {
            return new Part(role, element, level, label, other);
        }
    }

    /**
     * One page.
     *
     * @param number the page number, from 1
     * @param lines  the lines of text, in reading order
     * @param rules  the horizontal rules, all page furniture
     * @param marks  drawn marks: the barcode, the QR code, the emblem
     */
    public record Page(int number, List<Line> lines, List<Rule> rules, List<Mark> marks) {
        /**
         * Copies the lists.
         *
         * @param number the page number, from 1
         * @param lines the lines of text, in reading order
         * @param rules the horizontal rules, all page furniture
         * @param marks drawn marks: the barcode, the QR code, the emblem
         */
        public Page {
            lines = List.copyOf(lines);
            rules = List.copyOf(rules);
            marks = List.copyOf(marks);
        }
    }

    /**
     * A line of text set from a start point, its pieces in visual order (left to right).
     *
     * @param x           where the line starts
     * @param baseline    the baseline
     * @param pieces      the runs of one family, face, size and link, left to right
     * @param spacing     extra space after every space character, which justifies the line
     * @param charSpacing extra space after every character of the pieces in a family that sets
     *                    solid ({@link FontFamily#setsSolid()}: Chinese), which justifies a line
     *                    without spaces
     * @param part        where the line belongs in the structure
     * @param reading     the line's text in reading (logical) order where the pieces' visual
     *                    order differs from it (right-to-left text), or {@code null}
     * @param endsAtSpace whether the line breaker dropped a word space at the line's end: text read
     *                    in structure order needs that space back, or the last word of this line
     *                    and the first of the next are read as one
     */
    public record Line(float x, float baseline, List<Piece> pieces, float spacing, float charSpacing, Part part,
            String reading, boolean endsAtSpace) {
        /**
         * Copies the pieces.
         *
         * @param x where the line starts
         * @param baseline the baseline
         * @param pieces the runs of one family, face, size and link, left to right
         * @param spacing extra space after every space character, which justifies the line
         * @param charSpacing extra space after every character of the pieces in a family that
         *     sets solid (Chinese)
         * @param part where the line belongs in the structure
         * @param reading the line's text in reading order where it differs from the pieces'
         *     visual order, or {@code null}
         * @param endsAtSpace whether the line breaker dropped a word space at the line's end
         */
        public Line {
            pieces = List.copyOf(pieces);
            Objects.requireNonNull(part, "part");
        }

        /** @return the line's role */
        public Role role() {
            return part.role();
        }

        /** @return the line's text in reading order */
        public String text() {
            if (reading != null) {
                return reading;
            }
            StringBuilder out = new StringBuilder();
            pieces.forEach(p -> out.append(p.text()));
            return out.toString();
        }

        /** @return how far the line reaches from {@link #x()} as drawn: its pieces and the justification */
        public float width() {
            float width = 0;
            for (Piece piece : pieces) {
                width += piece.width() + piece.spaces() * spacing
                        + (piece.family().setsSolid() ? piece.text().codePointCount(0, piece.text().length()) * charSpacing : 0);
            }
            return width;
        }

        /**
         * The same line moved down.
         *
         * @param dy how far
         * @return the moved line
         */
        public Line movedDown(float dy) {
            return new Line(x, baseline + dy, pieces, spacing, charSpacing, part, reading, endsAtSpace);
        }

        /**
         * The same line starting elsewhere.
         *
         * @param newX where it starts
         * @return the moved line
         */
        public Line at(float newX) {
            return new Line(newX, baseline, pieces, spacing, charSpacing, part, reading, endsAtSpace);
        }
    }

    /**
     * A run of text in one family, face and size.
     *
     * @param text       the characters to draw, left to right (shaped Arabic in visual order)
     * @param face       the face
     * @param size       the type size
     * @param rise       how far above the baseline (footnote calls)
     * @param link       the address the run opens, or {@code null}
     * @param width      the run's natural width, without justification
     * @param footnote   the element name of the footnote this run calls, such as {@code "footnote-3"},
     *                   or {@code null}
     * @param family     the font family it is set in
     * @param actualText the characters the run stands for, in reading order, where they differ from
     *                   {@code text} (shaped Arabic; U+00AD for a soft hyphen's drawn hyphen), or {@code null}
     */
    public record Piece(String text, FontFace face, float size, float rise, String link, float width,
            String footnote, FontFamily family, String actualText) {
        /**
         * Checks the parts.
         *
         * @param text the characters to draw, left to right
         * @param face the face
         * @param size the type size
         * @param rise how far above the baseline (footnote calls)
         * @param link the address the run opens, or {@code null}
         * @param width the run's natural width, without justification
         * @param footnote the element name of the footnote this run calls, such as
         *     {@code "footnote-3"}, or {@code null}
         * @param family the font family it is set in
         * @param actualText the characters the run stands for, in reading order, where they
         *     differ from {@code text}, or {@code null}
         */
        public Piece {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(face, "face");
            Objects.requireNonNull(family, "family");
        }

        /**
         * A run in the note's own fonts that draws its characters as they are.
         *
         * @param text     the characters
         * @param face     the face
         * @param size     the type size
         * @param rise     how far above the baseline
         * @param link     the address the run opens, or {@code null}
         * @param width    the run's natural width
         * @param footnote the footnote this run calls, or {@code null}
         */
        public Piece(String text, FontFace face, float size, float rise, String link, float width, String footnote) {
            this(text, face, size, rise, link, width, footnote, FontFamily.PRIMARY, null);
        }

        /** @return the number of space characters, which justification widens */
        public int spaces() {
            int spaces = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == ' ') {
                    spaces++;
                }
            }
            return spaces;
        }
    }

    /**
     * A horizontal rule: page furniture.
     *
     * @param x1        start
     * @param x2        end
     * @param y         position of its centre line
     * @param thickness thickness
     */
    public record Rule(float x1, float x2, float y, float thickness) {
    }

    /**
     * A drawn mark: filled black rectangles, or the slot an image is drawn in.
     *
     * @param role    {@link Role#BARCODE}, {@link Role#QR_CODE} or {@link Role#EMBLEM}
     * @param bounds  the area the mark covers
     * @param boxes   the filled rectangles; empty for the emblem, an image the writer is given
     * @param altText the alternate text of a figure, or {@code null} for the barcode, an artifact
     */
    public record Mark(Role role, PageStyle.Slot bounds, List<Box> boxes, String altText) {
        /**
         * Checks the parts and copies the boxes.
         *
         * @param role {@link Role#BARCODE}, {@link Role#QR_CODE} or {@link Role#EMBLEM}
         * @param bounds the area the mark covers
         * @param boxes the filled rectangles; empty for the emblem, an image the writer
         *     is given
         * @param altText the alternate text of a figure, or {@code null} for the
         *     barcode, an artifact
         */
        public Mark {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(bounds, "bounds");
            boxes = List.copyOf(boxes);
        }
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
