package org.secnotes.render.pdf;

/**
 * Every measure of the UN page in one place, in PDF points (1/72 inch), measured from the
 * top-left corner. The values come from a real UN "Note by the Secretariat" measured with PDFBox
 * and from the UN Editorial Manual; those marked UNSURE were not settled by a specimen and are
 * our decision.
 *
 * <p>Immutable and thread-safe.
 *
 * @param paper                 the paper
 * @param frameLeft             left edge of the frame (masthead rules, session block, running elements)
 * @param frameRight            right edge of the frame
 * @param columnLeft            left edge of the body column, 63 pt inside the frame
 * @param columnWidth           width of the body column (13 cm); UNSURE on A4: kept as on Letter
 * @param bodySize              body type size
 * @param bodyLeading           body line spacing
 * @param paragraphIndent       the tab after a paragraph number
 * @param paragraphSpace        extra space before a paragraph
 * @param headingSizes          chapter, section and subsection sizes
 * @param headingSpaceBefore    space before a heading
 * @param footnoteSize          footnote type size; UNSURE between 8.5 and 9
 * @param footnoteLeading       footnote line spacing
 * @param footnoteIndent        where footnote text hangs after its marker
 * @param footnoteRuleWidth     the separator rule's length; UNSURE: a third of the column
 * @param callSize              size of a footnote call in the text
 * @param callRise              how far a footnote call is raised
 * @param mastheadBaseline      baseline of "United Nations" and the symbol
 * @param mastheadNameSize      size of "United Nations"
 * @param symbolLargeSize       size of the large part of the symbol
 * @param symbolSize            size of the rest of the symbol
 * @param thinRuleY             the thin rule under the masthead
 * @param thinRule              its thickness
 * @param emblemX               the emblem slot, left
 * @param emblemTop             the emblem slot, top
 * @param emblemWidth           the emblem slot's width
 * @param emblemHeight          the emblem slot's height
 * @param organSizes            organ sizes tried from largest, until the name fits in {@code organMaxLines}; UNSURE for long names.
 *                              The organ's first baseline sits 1.1 sizes under the thin rule: 86.8 at 20 pt, as measured (86.4)
 * @param organMaxLines         lines a long organ name may take
 * @param rightBlockX           left edge of the distribution/date/language block
 * @param rightBlockBaseline    its first baseline
 * @param thickRuleY            the thick rule under the organ band, at least
 * @param thickRule             its thickness
 * @param sessionBlockGap       from the thick rule to the session line's baseline
 * @param agendaTitleWidth      width the bold agenda title wraps in; UNSURE
 * @param titleSize             title size
 * @param titleLeading          title line spacing
 * @param kindSize              size of "Note by the Secretariat"
 * @param bodyTop               first body baseline on later pages
 * @param bodyBottom            lowest body baseline on later pages, from the top
 * @param firstPageBodyBottom   lowest body baseline on page 1 (room for the job number and barcode)
 * @param runningSize           size of the running header and page number
 * @param runningHeaderBaseline baseline of the running header
 * @param runningRuleY          the rule under the running header
 * @param runningRule           its thickness
 * @param footerBaseline        baseline of the page number, from the top
 * @param jobSize               size of the job line on page 1
 * @param jobBaseline           baseline of the job line on page 1, from the top
 * @param barcodeHeight         height of the Code 39 barcode
 * @param barcodeModule         width of its narrowest bar
 * @param qrSize                side of the QR code
 * @param endRuleWidth          the short centred rule that ends the text
 */
public record PageStyle(
        Paper paper,
        float frameLeft,
        float frameRight,
        float columnLeft,
        float columnWidth,
        float bodySize,
        float bodyLeading,
        float paragraphIndent,
        float paragraphSpace,
        float[] headingSizes,
        float headingSpaceBefore,
        float footnoteSize,
        float footnoteLeading,
        float footnoteIndent,
        float footnoteRuleWidth,
        float callSize,
        float callRise,
        float mastheadBaseline,
        float mastheadNameSize,
        float symbolLargeSize,
        float symbolSize,
        float thinRuleY,
        float thinRule,
        float emblemX,
        float emblemTop,
        float emblemWidth,
        float emblemHeight,
        float[] organSizes,
        int organMaxLines,
        float rightBlockX,
        float rightBlockBaseline,
        float thickRuleY,
        float thickRule,
        float sessionBlockGap,
        float agendaTitleWidth,
        float titleSize,
        float titleLeading,
        float kindSize,
        float bodyTop,
        float bodyBottom,
        float firstPageBodyBottom,
        float runningSize,
        float runningHeaderBaseline,
        float runningRuleY,
        float runningRule,
        float footerBaseline,
        float jobSize,
        float jobBaseline,
        float barcodeHeight,
        float barcodeModule,
        float qrSize,
        float endRuleWidth) {

    /** Copies the arrays, so that the style stays immutable. */
    public PageStyle {
        headingSizes = headingSizes.clone();
        organSizes = organSizes.clone();
    }

    /** @return the heading sizes: chapter, section, subsection */
    @Override
    public float[] headingSizes() {
        return headingSizes.clone();
    }

    /** @return the organ sizes tried, largest first */
    @Override
    public float[] organSizes() {
        return organSizes.clone();
    }

    /** @return the size of a heading of the given level (1 to 3) */
    public float headingSize(int level) {
        return headingSizes[Math.min(Math.max(level, 1), headingSizes.length) - 1];
    }

    /** @return the right edge of the body column */
    public float columnRight() {
        return columnLeft + columnWidth;
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
        float width = paper.width();
        float height = paper.height();
        float frameLeft = 60;
        float frameRight = width - 60;
        return new PageStyle(paper,
                frameLeft, frameRight,
                frameLeft + 63.4f, 367,
                10, 12, 23.6f, 6,
                new float[] {14, 12, 10}, 12,
                9, 10.5f, 14, 122,
                6.5f, 3.5f,
                57, 14, 20, 10,
                64.8f, 0.5f,
                64.7f, 71.3f, 56, 47,
                new float[] {20, 16, 14, 12}, 4,
                frameLeft + 337, 86.7f,
                209, 1.44f, 13,
                230,
                14, 15, 12,
                90, height - 78, height - 98,
                8.5f, 59, 64.8f, 0.25f,
                height - 37,
                10, height - 60, 12, 0.75f, 55,
                72);
    }
}
