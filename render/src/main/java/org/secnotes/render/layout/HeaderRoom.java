package org.secnotes.render.layout;

import java.util.Locale;
import org.secnotes.render.RenderException;

/**
 * The room each element of page 1's header has, and the error for one that needs more. The
 * limits are the page's own measures: a line that must stay one line has the width of its slot
 * (the masthead beside the Organization's name, the issue block's column, the frame); wrapped
 * text has the lines that fit above the thick rule (the organ) or above what page 1 must still
 * hold (the rest of the header, the body's first lines and the agenda footnote). An element that
 * needs more is never drawn off the page or over another: the note is refused, naming the source
 * field that holds the text, as its writer types it ({@code title}, {@code agenda.title}).
 *
 * <p>Stateless.
 */
final class HeaderRoom {

    /** Rounding slack: a line exactly at its limit fits. */
    private static final float SLACK = 0.01f;
    /** A quoted value longer than this is cut in a message. */
    private static final int QUOTED = 60;

    private HeaderRoom() {
    }

    /** Whether {@code needed} points fit in {@code room}. */
    static boolean fits(float needed, float room) {
        return needed <= room + SLACK;
    }

    /** How many lines, {@code leading} apart from {@code first}, have their baseline at or above {@code lowest}. */
    static int linesThatFit(float first, float lowest, float leading) {
        return lowest + SLACK < first ? 0 : (int) Math.floor((lowest - first + SLACK) / leading) + 1;
    }

    /**
     * A line that must stay one line is wider than its slot.
     *
     * @param field  the source field that holds the text, such as {@code venue}
     * @param what   the line, such as "the venue line"
     * @param text   the line's text
     * @param needed its width
     * @param room   its slot's width
     * @param slot   where the slot is, such as "the frame"
     */
    static RenderException tooWide(String field, String what, String text, float needed, float room, String slot) {
        return new RenderException(String.format(Locale.ROOT,
                "%s: %s \"%s\" is %.0f pt wide, but %s has room for %.0f pt on page 1; expected a shorter value",
                field, what, quoted(text), needed, slot, room));
    }

    /**
     * Wrapped text needs more lines than its part of page 1 holds.
     *
     * @param field  the source field that holds the text, such as {@code title}
     * @param what   the element, such as "the title"
     * @param needed the lines it needs
     * @param room   the lines that fit
     * @param where  what limits it, such as "above the thick rule"
     */
    static RenderException tooManyLines(String field, String what, int needed, int room, String where) {
        return new RenderException(String.format(Locale.ROOT,
                "%s: %s needs %d line%s, but page 1 has room for %d %s; expected a shorter value",
                field, what, needed, needed == 1 ? "" : "s", room, where));
    }

    private static String quoted(String text) {
        if (text.codePointCount(0, text.length()) <= QUOTED) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, QUOTED - 1)) + "\u2026";
    }
}
