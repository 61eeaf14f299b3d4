package org.secnotes.render.layout;

/**
 * The measures of a table in the body, in points, each beside its reason. No UN table was measured
 * (the research has none): every value is UNSURE and our decision, after the tables of UN reports
 * as printed: horizontal rules only, a thin one over the header and one under it, a heavier one
 * at the end, the header in italics, the cells a point smaller than the text.
 *
 * @param size          the cells' type size
 * @param leading       the cells' line spacing
 * @param columnGap     the white space between two columns
 * @param padding       the space between a rule and the text above or below it, and between rows
 * @param ascent        how far a cell's first baseline sits below the row's top, in sizes
 * @param descent       how far a row's last descenders reach below its last baseline, in sizes
 * @param rule          the thickness of the rules over and under the header, and at a page break
 * @param endRule       the thickness of the rule that ends the table
 */
record TableStyle(float size, float leading, float columnGap, float padding, float ascent, float descent,
        float rule, float endRule) {

    /** The UN table for a body style. */
    static TableStyle un(PageStyle.BodyText body) {
        return new TableStyle(
                body.size() - 1,        // UNSURE: 9 pt cells under 10 pt text, as UN reports' tables look
                body.leading() - 1,     // UNSURE: 9 on 11 pt
                9,                      // UNSURE: about an em of white between columns
                2.5f,                   // UNSURE: a little air under and over the rules
                0.75f,                  // Liberation Serif's capitals are about 0.66 em high
                0.25f,                  // and its descenders about 0.22 em deep
                0.5f,                   // UNSURE: thin rules, as the masthead's
                1f);                    // UNSURE: the end of the table a little heavier
    }
}
