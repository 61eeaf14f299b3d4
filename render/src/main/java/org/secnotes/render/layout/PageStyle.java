package org.secnotes.render.layout;

import java.util.Objects;

/**
 * Every measure of the UN page in one place, in points (1/72 inch) from the top-left corner,
 * grouped by what it measures. The values come from a real UN "Note by the Secretariat" measured
 * with PDFBox and from the UN Editorial Manual; a value marked UNSURE was not settled by a
 * specimen and is our decision. {@link #un(Paper)} gives each number beside its reason.
 *
 * <p>Immutable and thread-safe.
 *
 * @param paper     the paper, A4 or Letter
 * @param frame     the frame and the body column
 * @param body      the body text
 * @param footnotes footnotes and their calls
 * @param masthead  the Organization's name, the symbol, the thin rule, the emblem slot
 * @param organ     the organ band under the thin rule
 * @param issue     the issue block at the right of the organ
 * @param thickRule the thick rule under the organ band
 * @param session   the session block under the thick rule
 * @param title     the title and the kind
 * @param running   the running header and footer of pages 2 onward
 * @param job       the job line, its barcode and the QR code on page 1
 */
public record PageStyle(
        Paper paper,
        Frame frame,
        BodyText body,
        Footnotes footnotes,
        Masthead masthead,
        OrganBand organ,
        IssueBlock issue,
        ThickRule thickRule,
        SessionBlock session,
        TitleBlock title,
        Running running,
        JobMarks job) {

    /**
     * Checks the parts.
     *
     * @param paper the paper, A4 or Letter
     * @param frame the frame and the body column
     * @param body the body text
     * @param footnotes footnotes and their calls
     * @param masthead the Organization's name, the symbol, the thin rule, the emblem slot
     * @param organ the organ band under the thin rule
     * @param issue the issue block at the right of the organ
     * @param thickRule the thick rule under the organ band
     * @param session the session block under the thick rule
     * @param title the title and the kind
     * @param running the running header and footer of pages 2 onward
     * @param job the job line, its barcode and the QR code on page 1
     */
    public PageStyle {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(footnotes, "footnotes");
        Objects.requireNonNull(masthead, "masthead");
        Objects.requireNonNull(organ, "organ");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(thickRule, "thickRule");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(running, "running");
        Objects.requireNonNull(job, "job");
    }

    /**
     * The frame that rules and running elements span, and the narrow body column inside it.
     *
     * @param left        the frame's left edge
     * @param right       the frame's right edge
     * @param columnLeft  the body column's left edge
     * @param columnWidth the body column's width
     */
    public record Frame(float left, float right, float columnLeft, float columnWidth) {
        /** @return the body column's right edge */
        public float columnRight() {
            return columnLeft + columnWidth;
        }

        /** @return the middle of the body column */
        public float columnCentre() {
            return columnLeft + columnWidth / 2;
        }
    }

    /**
     * The body text.
     *
     * @param size               the type size
     * @param leading            the line spacing
     * @param paragraphIndent    the tab after a paragraph number, and each sub-item level's indent
     * @param paragraphSpace     extra space before a paragraph
     * @param subItemSpaceFactor a sub-item's space before, as a share of a paragraph's
     * @param headingSizes       chapter, section and subsection sizes
     * @param headingSpaceBefore space before a heading
     * @param headingLeading     a heading's line spacing, in sizes (never less than the body's)
     * @param top                the first body baseline on later pages
     * @param bottom             the lowest body baseline on later pages
     * @param firstPageBottom    the lowest body baseline on page 1, above the job line and barcode
     * @param fewestLines        the fewest lines of a paragraph left at a page's foot or head (no
     *                           widow, no orphan), and of the next block a heading keeps with it
     * @param endRuleWidth       the short centred rule that ends the text
     * @param endRuleThickness   its thickness
     */
    public record BodyText(float size, float leading, float paragraphIndent, float paragraphSpace,
            float subItemSpaceFactor, float[] headingSizes, float headingSpaceBefore, float headingLeading,
            float top, float bottom, float firstPageBottom, int fewestLines, float endRuleWidth,
            float endRuleThickness) {
        /**
         * Copies the sizes, so that the style stays immutable.
         *
         * @param size the type size
         * @param leading the line spacing
         * @param paragraphIndent the tab after a paragraph number, and each sub-item
         *     level's indent
         * @param paragraphSpace extra space before a paragraph
         * @param subItemSpaceFactor a sub-item's space before, as a share of a
         *     paragraph's
         * @param headingSizes chapter, section and subsection sizes
         * @param headingSpaceBefore space before a heading
         * @param headingLeading a heading's line spacing, in sizes (never less than the
         *     body's)
         * @param top the first body baseline on later pages
         * @param bottom the lowest body baseline on later pages
         * @param firstPageBottom the lowest body baseline on page 1, above the job line
         *     and barcode
         * @param fewestLines the fewest lines of a paragraph left at a page's foot or
         *     head (no widow, no orphan), and of the next block a heading keeps with it
         * @param endRuleWidth the short centred rule that ends the text
         * @param endRuleThickness its thickness
         */
        public BodyText {
            headingSizes = headingSizes.clone();
        }

        /** @return the heading sizes: chapter, section, subsection */
        @Override
        public float[] headingSizes() {
            return headingSizes.clone();
        }

        /**
         * The size of a heading.
         *
         * @param level 1 to 3
         * @return the size
         */
        public float headingSize(int level) {
            return headingSizes[Math.min(Math.max(level, 1), headingSizes.length) - 1];
        }
    }

    /**
     * Footnotes at the foot of the page, and their calls in the text.
     *
     * @param size          the type size
     * @param leading       the line spacing
     * @param indent        where the text hangs after the marker
     * @param ruleWidth     the separator rule's length
     * @param ruleThickness the separator rule's thickness
     * @param gapAfter      space after each footnote
     * @param callSize      the size of a call set in body text
     * @param callRise      how far a call in body text is raised
     */
    public record Footnotes(float size, float leading, float indent, float ruleWidth, float ruleThickness,
            float gapAfter, float callSize, float callRise) {
    }

    /**
     * The masthead line and the thin rule under it.
     *
     * @param baseline        the baseline of the Organization's name and the symbol
     * @param nameSize        the size of the Organization's name
     * @param symbolLargeSize the size of the symbol's first segment
     * @param symbolSize      the size of the rest of the symbol
     * @param thinRuleY       the thin rule under the masthead
     * @param thinRule        its thickness
     * @param emblem          the slot a supplied emblem is drawn in
     */
    public record Masthead(float baseline, float nameSize, float symbolLargeSize, float symbolSize,
            float thinRuleY, float thinRule, Slot emblem) {
    }

    /**
     * A rectangle on the page.
     *
     * @param x      left
     * @param top    top
     * @param width  width
     * @param height height
     */
    public record Slot(float x, float top, float width, float height) {
    }

    /**
     * The organ's name in bold under the thin rule, at the largest size that fits.
     *
     * @param sizes          the sizes tried, largest first
     * @param maxLines       the lines a long name may take before a smaller size is tried
     * @param leading        line spacing, in sizes
     * @param firstBaseline  the first baseline under the thin rule, in sizes
     * @param descent        the band's bottom under the last baseline, in sizes
     * @param gapBeforeIssue the space kept between the organ and the issue block
     */
    public record OrganBand(float[] sizes, int maxLines, float leading, float firstBaseline, float descent,
            float gapBeforeIssue) {
        /**
         * Copies the sizes, so that the style stays immutable.
         *
         * @param sizes the sizes tried, largest first
         * @param maxLines the lines a long name may take before a smaller size is tried
         * @param leading line spacing, in sizes
         * @param firstBaseline the first baseline under the thin rule, in sizes
         * @param descent the band's bottom under the last baseline, in sizes
         * @param gapBeforeIssue the space kept between the organ and the issue block
         */
        public OrganBand {
            sizes = sizes.clone();
        }

        /** @return the sizes tried, largest first */
        @Override
        public float[] sizes() {
            return sizes.clone();
        }
    }

    /**
     * The issue block: distribution, date, a blank line, language and original.
     *
     * @param x        its left edge
     * @param baseline its first baseline
     * @param descent  the block's bottom under its last baseline
     */
    public record IssueBlock(float x, float baseline, float descent) {
    }

    /**
     * The thick rule that closes the masthead.
     *
     * @param y         where it is at the highest
     * @param thickness its thickness
     * @param gapAbove  the space kept between it and the lowest of the organ band and the issue block
     */
    public record ThickRule(float y, float thickness, float gapAbove) {
    }

    /**
     * The session block.
     *
     * @param gap             from the thick rule to the first baseline
     * @param agendaGap       the extra space before the agenda line and the agenda title, in body leadings
     * @param agendaTitleWidth the width the bold agenda title wraps in
     */
    public record SessionBlock(float gap, float agendaGap, float agendaTitleWidth) {
    }

    /**
     * The title and the kind.
     *
     * @param size        the title's size
     * @param leading     the title's and the kind's line spacing
     * @param kindSize    the kind's size
     * @param spaceBefore from the session block's last baseline to the title's, in title leadings
     * @param kindBefore  from the title's last baseline to the kind's, in title leadings
     */
    public record TitleBlock(float size, float leading, float kindSize, float spaceBefore, float kindBefore) {
    }

    /**
     * The running header and footer of pages 2 onward.
     *
     * @param size           the size of the running symbol and page number
     * @param headerBaseline the running symbol's baseline
     * @param ruleY          the rule under it
     * @param rule           its thickness
     * @param footerBaseline the page number's and job number's baseline
     * @param jobSize        the size of the job number in the footer
     */
    public record Running(float size, float headerBaseline, float ruleY, float rule, float footerBaseline,
            float jobSize) {
    }

    /**
     * The marks of page 1's foot and top corner.
     *
     * @param size          the job line's size
     * @param baseline      the job line's baseline
     * @param barcodeGap    from the job line's baseline to the barcode's top
     * @param barcodeHeight the barcode's height
     * @param barcodeModule the width of the barcode's narrowest bar
     * @param humanSize     the size of the barcode's human-readable line
     * @param humanGap      from the barcode's bottom to that line's baseline
     * @param qrSize        the QR code's side
     * @param qrBottom      from the page's bottom edge to the QR code's bottom
     */
    public record JobMarks(float size, float baseline, float barcodeGap, float barcodeHeight, float barcodeModule,
            float humanSize, float humanGap, float qrSize, float qrBottom) {
    }

    /**
     * The measured UN page on a given paper. The frame keeps 60 pt margins on either paper; the
     * vertical measures were taken on Letter and are kept on A4, whose extra height goes to the body.
     *
     * @param paper A4 or LETTER
     * @return the style
     */
    public static PageStyle un(Paper paper) {
        if (paper == Paper.AUTO) {
            throw new IllegalArgumentException("resolve AUTO to A4 or LETTER first");
        }
        float height = paper.height();
        float margin = 60;                                  // the frame's side margins, on both papers
        float frameLeft = margin;
        Frame frame = new Frame(frameLeft, paper.width() - margin,
                frameLeft + 63.4f,                          // the column starts 63.4 pt inside the frame (measured)
                367);                                       // 13 cm; UNSURE on A4: kept as on Letter
        BodyText body = new BodyText(
                10, 12,                                     // 10 on 12 pt, measured
                23.6f,                                      // the tab after "12." (measured)
                6,                                          // space before a paragraph (measured)
                0.5f,                                       // UNSURE: sub-items sit closer, half a paragraph's space
                new float[] {14, 12, 10},                   // chapter, section, subsection (Editorial Manual)
                12,                                         // a blank line before a heading (Editorial Manual)
                1.2f,                                       // UNSURE: a heading's leading, 1.2 sizes: 16.8 pt for a chapter
                90,                                         // first baseline on later pages, under the running rule
                height - 78,                                // above the page number
                height - 98,                                // page 1 keeps room for the job line and barcode
                2,                                          // no widow or orphan: two lines at least
                72,                                         // the end rule: one inch
                0.25f);                                     // a hairline
        Footnotes footnotes = new Footnotes(
                9,                                          // UNSURE between 8.5 and 9
                10.5f,                                      // measured
                14,                                         // the text hangs 14 pt after the marker (measured)
                122,                                        // UNSURE: a third of the column
                0.5f,                                       // UNSURE: the separator rule's thickness
                2,                                          // UNSURE: a little air between footnotes
                6.5f, 3.5f);                                // the call's size and rise in 10 pt text (measured)
        Masthead masthead = new Masthead(
                57,                                         // the masthead's baseline (measured)
                14,                                         // "United Nations" (measured)
                20, 10,                                     // the symbol's "A" and the rest (measured)
                64.8f, 0.5f,                                // the thin rule (measured)
                new Slot(64.7f, 71.3f, 56, 47));            // the emblem (measured)
        OrganBand organ = new OrganBand(
                new float[] {20, 16, 14, 12},               // UNSURE for long names: 20 pt measured, smaller if needed
                4,                                          // UNSURE: four lines before a smaller size is tried
                1.15f,                                      // organ leading, in sizes
                1.1f,                                       // first baseline 1.1 sizes under the thin rule: 86.8 at 20 pt, 86.4 measured
                0.25f,                                      // the band ends a quarter size under the last baseline
                14);                                        // UNSURE: the organ stops 14 pt short of the issue block
        IssueBlock issue = new IssueBlock(
                frameLeft + 337,                            // measured
                86.7f,                                      // measured
                3);                                         // UNSURE: the block ends 3 pt under its last baseline
        ThickRule thickRule = new ThickRule(
                209,                                        // measured
                1.44f,                                      // measured
                14);                                        // UNSURE: the organ band ends 14 pt above it (a longer organ is refused)
        SessionBlock session = new SessionBlock(
                13,                                         // measured
                0.5f,                                       // UNSURE: half a line before the agenda line and title
                230);                                       // UNSURE
        TitleBlock title = new TitleBlock(
                14, 15,                                     // 14 on 15 pt (measured)
                12,                                         // "Note by the Secretariat" (measured)
                2.5f,                                       // UNSURE: two and a half title lines above the title
                2);                                         // UNSURE: two title lines above the kind
        Running running = new Running(
                8.5f, 59,                                   // measured
                64.8f, 0.25f,                               // measured
                height - 37,                                // measured on Letter, kept from the bottom on A4
                7);                                         // UNSURE: the job number in the footer, small
        JobMarks job = new JobMarks(
                10, height - 60,                            // the job line (measured)
                4,                                          // UNSURE: the barcode 4 pt under the job line
                12, 0.75f,                                  // Code 39, 12 pt high, 0.75 pt module (measured)
                7, 8,                                       // UNSURE: the human-readable line under the bars
                55,                                         // UNSURE: the QR code's side
                20);                                        // UNSURE: the QR code 20 pt above the page's edge
        return new PageStyle(paper, frame, body, footnotes, masthead, organ, issue, thickRule, session, title,
                running, job);
    }
}
