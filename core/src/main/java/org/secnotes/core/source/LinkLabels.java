package org.secnotes.core.source;

import java.util.Locale;

/**
 * Refuses, before the Markdown parser sees it, a {@code [} that no {@code ]} closes and that is
 * followed by backslash escapes the parser would spend seconds on.
 *
 * <p>Where a paragraph (or a list item's, a quotation's) begins with {@code [}, Flexmark first
 * tries to read a link reference definition; after a {@code ]}, a reference link's label. It
 * matches such a label with a regular expression in which a backslash and the character after it
 * can match in two ways. When no {@code ]} ends the label, the matcher tries every combination,
 * and each try scans the label's reach again: the work is about 2<sup>escapes</sup> times the
 * characters scanned (measured: 14 escapes before 999 characters took 3.5 s, 16 took 14 s). Any
 * other bracket inside a line is matched once, and a label closed on its own line matches at the
 * first try, so neither is counted; a {@code ]} on a later line may lie past the paragraph's end
 * (a list item can interrupt it), so it closes nothing. The work of all the unclosed labels of a
 * body is summed, so that many cheap ones cannot add up to a hang.
 */
final class LinkLabels {

    /** How far the parser's label pattern reaches: at most 999 characters or escapes. */
    private static final int LABEL_REACH = 999;

    /** Past this many escapes the work is over any budget; keeps the shift in range. */
    private static final int MAX_COUNTED_ESCAPES = 40;

    private LinkLabels() {
    }

    /**
     * Checks a body: each {@code [} (found with {@code indexOf}) that stands where the parser
     * matches a label is scanned to the next bracket, a blank line or the label's reach, so no
     * character is scanned for more than one label.
     *
     * @param body      the body's text, lines joined by {@code \n}
     * @param origin    the source, for messages
     * @param firstLine the file line (from 1) on which the body starts
     */
    static void check(String body, Origin origin, int firstLine) throws SourceException {
        long work = 0;
        for (int at = body.indexOf('['); at >= 0; at = body.indexOf('[', at + 1)) {
            if (escaped(body, at) || !matchedAsLabel(body, at)) {
                continue;
            }
            Label label = unclosed(body, at + 1);
            work += label.work();
            if (work > SourceLimits.MAX_UNCLOSED_LABEL_WORK) {
                throw origin.error(firstLine + lineOf(body, at), null, "a '[' at the start of a line or after a ']'"
                        + " that no ']' on that line closes is followed by " + label.escapes()
                        + " backslash escapes in the next " + label.span() + " characters, which the Markdown"
                        + " parser would scan once for each way of reading the escapes; expected fewer escapes"
                        + " after an unclosed '[' (at most "
                        + String.format(Locale.ROOT, "%,d characters scanned in a body, here %,d",
                                SourceLimits.MAX_UNCLOSED_LABEL_WORK, work)
                        + "): close the bracket, or escape it as \\[");
            }
        }
    }

    /** Whether an odd run of backslashes stands before {@code at}: the bracket is text. */
    private static boolean escaped(String body, int at) {
        int backslashes = 0;
        for (int before = at - 1; before >= 0 && body.charAt(before) == '\\'; before--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /**
     * Whether the parser matches a label at this {@code [}: one after a {@code ]} (spaces
     * between), or one preceded on its line only by indentation, list and quote markers.
     */
    private static boolean matchedAsLabel(String body, int at) {
        int before = at - 1;
        while (before >= 0 && (body.charAt(before) == ' ' || body.charAt(before) == '\t')) {
            before--;
        }
        if (before >= 0 && body.charAt(before) == ']') {
            return true;
        }
        for (; before >= 0 && body.charAt(before) != '\n'; before--) {
            if (!isMarker(body.charAt(before))) {
                return false;
            }
        }
        return true;
    }

    private static int lineOf(String body, int at) {
        int line = 0;
        for (int newline = body.indexOf('\n'); newline >= 0 && newline < at; newline = body.indexOf('\n', newline + 1)) {
            line++;
        }
        return line;
    }

    /** What may stand before a paragraph's first character on its line: indentation, list and quote markers. */
    private static boolean isMarker(char c) {
        return c == ' ' || c == '\t' || c == '>' || c == '-' || c == '*' || c == '+' || c == '.' || c == ')'
                || (c >= '0' && c <= '9');
    }

    /** The escapes and characters after a {@code [} at {@code from}; no work if a {@code ]} on its line closes it. */
    private static Label unclosed(String body, int from) {
        int escapes = 0;
        int units = 0;
        int at = from;
        boolean nextLine = false;
        while (at < body.length() && units < LABEL_REACH) {
            char c = body.charAt(at);
            if (c == ']') {
                // A bracket on a later line may close nothing: a list item or a heading there can
                // end the paragraph first. Only one on the same line surely closes the label.
                return nextLine ? new Label(escapes, units) : new Label(0, 0);
            }
            nextLine |= c == '\n';
            if (c == '[' || c == '\n' && blankLineAfter(body, at)) {
                // The label stops at another bracket, the paragraph at a blank line.
                break;
            }
            if (c == '\\' && at + 1 < body.length()) {
                escapes++;
                nextLine |= body.charAt(at + 1) == '\n';
                at += 2;
            } else {
                at++;
            }
            units++;
        }
        return new Label(escapes, units);
    }

    private static boolean blankLineAfter(String body, int newline) {
        for (int at = newline + 1; at < body.length(); at++) {
            char c = body.charAt(at);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** An unclosed label: its escapes and the characters the parser scans for each reading of them. */
    private record Label(int escapes, int span) {

        long work() {
            return escapes == 0 ? 0 : (1L << Math.min(escapes, MAX_COUNTED_ESCAPES)) * span;
        }
    }
}
