package org.secnotes.render.layout;

import java.util.List;

/**
 * The seam between the layout and a script: turns a run of text into advances, and refuses a
 * character no font can draw. {@link LatinShaper} serves text in one font, one glyph per
 * character; {@link FontChainShaper} chooses a font family per character and shapes Arabic.
 * The layout measures and breaks logical text with {@link #shape}, splits each line into
 * {@link #segments} of one family, and draws {@link #drawn} strings.
 *
 * <p>Implementations must be thread-safe.
 */
public interface TextShaper {

    /**
     * A stretch of a run that one font family draws.
     *
     * @param start  the first UTF-16 unit
     * @param end    the unit after the last
     * @param family the family
     */
    record Segment(int start, int end, FontFamily family) {
    }

    /**
     * Shapes one run.
     *
     * @param run   the text, face, size, language and direction
     * @param where what the text is, for the error message ("paragraph 3", "the title")
     * @return the advances and width
     * @throws org.secnotes.render.RenderException if no font has a glyph for a character
     */
    ShapedRun shape(TextRun run, String where);

    /**
     * Writes a run's advances into an array, as {@link #shape} gives them, for a caller that
     * measures many runs into one array (the line breaker, a paragraph's spans) and needs no
     * {@link ShapedRun} of each.
     *
     * @param run    the text, face, size, language and direction
     * @param out    where the advances go, one per UTF-16 unit
     * @param offset where the run's first unit goes
     * @param where  what the text is, for the error message
     * @throws org.secnotes.render.RenderException if no font has a glyph for a character
     */
    default void advances(TextRun run, float[] out, int offset, String where) {
        shape(run, where).copyAdvances(out, offset);
    }

    /**
     * Measures one run of a paragraph in place, for the line breaker, which measures a paragraph
     * once and then reads every line's widths from that: the run's characters are
     * {@code text[from, from + length)}, the paragraph's own array, not copied again.
     * {@code advances} gets each unit's advance at the unit's own index, as {@link #advances}
     * gives them. {@code firstFamilyUnits} gets, at the same index, the unit's advance in
     * thousandths of an em if it is a character of the Basic Multilingual Plane that the first
     * family draws after nothing or after a character of its own (so that a stretch of such
     * characters alone is one {@link #segments segment} of {@link FontFamily#PRIMARY}, drawn as
     * it is, and its
     * {@link #drawnWidth} is the sum of these units times the size over 1000), or -1 if not. The
     * default promises nothing of the kind: every unit gets -1.
     *
     * @param run              the run, whose face, size and language apply
     * @param text             the paragraph's characters
     * @param from             where the run starts in {@code text}
     * @param advances         where the advances go, indexed as {@code text}
     * @param firstFamilyUnits where the first family's units go, indexed as {@code text}
     * @param where            what the text is, for the error message
     * @throws org.secnotes.render.RenderException if no font has a glyph for a character
     */
    default void measure(TextRun run, char[] text, int from, float[] advances, int[] firstFamilyUnits,
            String where) {
        advances(run, advances, from, where);
        java.util.Arrays.fill(firstFamilyUnits, from, from + run.text().length(), -1);
    }

    /**
     * The natural width of a text, as {@link #shape} would give it.
     *
     * @param run   the text, face, size, language and direction
     * @param where what the text is, for the error message
     * @return the width in points
     * @throws org.secnotes.render.RenderException if no font has a glyph for a character
     */
    default float width(TextRun run, String where) {
        return shape(run, where).width();
    }

    /**
     * Splits a run into stretches of one font family each, in logical order. A shaper of one
     * font gives one stretch in {@link FontFamily#PRIMARY}.
     *
     * @param run   the text
     * @param where what the text is, for the error message
     * @return the stretches, covering the whole text
     * @throws org.secnotes.render.RenderException if no font has a glyph for a character
     */
    default List<Segment> segments(TextRun run, String where) {
        return run.text().isEmpty() ? List.of() : List.of(new Segment(0, run.text().length(), FontFamily.PRIMARY));
    }

    /**
     * The characters a font of the family draws for a logical text, still in logical order: the
     * text itself, except that Arabic letters become their contextual presentation forms.
     *
     * @param text   logical text of one family
     * @param family the family
     * @return the characters to draw
     */
    default String drawn(String text, FontFamily family) {
        return text;
    }

    /**
     * The width of characters as {@link #drawn} gives them, in any order.
     *
     * @param drawn  the characters to draw
     * @param family the family
     * @param face   the face
     * @param size   the size in points
     * @return the width in points
     */
    default float drawnWidth(String drawn, FontFamily family, FontFace face, float size) {
        return width(new TextRun(drawn, face, size, org.secnotes.core.Language.EN, Direction.LEFT_TO_RIGHT), "a line");
    }
}
