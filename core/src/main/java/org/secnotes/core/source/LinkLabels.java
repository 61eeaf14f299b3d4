package org.secnotes.core.source;

import java.util.Locale;

/**
 * Refuses, before the Markdown parser sees it, a {@code [} at the start of a line that no
 * {@code ]} closes and that is followed by backslash escapes the parser would spend seconds on.
 *
 * <p>Where a paragraph (or a list item's, a quotation's) begins with {@code [}, Flexmark first
 * tries to read a link reference definition, whose label it matches with a regular expression in
 * which a backslash and the character after it can match in two ways. When no {@code ]} ends the
 * label, the matcher tries every combination, and each try scans the label's reach again: the work
 * is about 2<sup>escapes</sup> times the characters scanned (measured: 14 escapes before 999
 * characters took 3.5 s, 16 took 14 s). A bracket inside a line is only ever matched once, and a
 * label closed on its own line matches at the first try, so neither is counted; a {@code ]} on a
 * later line may lie past the paragraph's end (a list item can interrupt it), so it closes nothing. The work of all unclosed
 * line-start brackets of a body is summed, so that many cheap ones cannot add up to a hang.
 */
final class LinkLabels {

    /** How far the parser's label pattern reaches: at most 999 characters or escapes. */
    private static final int LABEL_REACH = 999;

    /** Past this many escapes the work is over any budget; keeps the shift in range. */
    private static final int MAX_COUNTED_ESCAPES = 40;

    private LinkLabels() {
    }

    /**
     * Checks a body in one pass: each line-start {@code [} is scanned to the next bracket, a blank
     * line or the label's reach, so no character is scanned for more than one label. Only the
     * line starts are visited, found with {@code indexOf}: a line end after an odd run of
     * backslashes is escaped and starts no line.
     *
     * @param body      the body's text, lines joined by {@code \n}
     * @param origin    the source, for messages
     * @param firstLine the file line (from 1) on which the body starts
     */
    static void check(String body, Origin origin, int firstLine) throws SourceException {
        long work = 0;
        for (int start = 0; start >= 0; start = nextLineStart(body, start)) {
            int at = start;
            while (at < body.length() && isMarker(body.charAt(at))) {
                at++;
            }
            if (at == body.length() || body.charAt(at) != '[') {
                continue;
            }
            Label label = unclosed(body, at + 1);
            work += label.work();
            if (work > SourceLimits.MAX_UNCLOSED_LABEL_WORK) {
                throw origin.error(firstLine + linesBefore(body, at), null, "a '[' at the start of a line that no ']' on that line closes is"
                        + " followed by " + label.escapes() + " backslash escapes in the next " + label.span()
                        + " characters, which the Markdown parser would scan once for each way of reading"
                        + " the escapes; expected fewer escapes after an unclosed '[' (at most "
                        + String.format(Locale.ROOT, "%,d characters scanned in a body, here %,d",
                                SourceLimits.MAX_UNCLOSED_LABEL_WORK, work)
                        + "): close the bracket, or escape it as \\[");
            }
        }
    }

    /** Where the line after the one holding {@code from} starts, past escaped line ends; -1 at the last line. */
    private static int nextLineStart(String body, int from) {
        int end = body.indexOf('\n', from);
        while (end >= 0 && escaped(body, end)) {
            end = body.indexOf('\n', end + 1);
        }
        return end < 0 ? -1 : end + 1;
    }

    /** Whether the character at {@code at} follows an odd run of backslashes, which escapes it. */
    private static boolean escaped(String body, int at) {
        int backslashes = 0;
        while (at - backslashes > 0 && body.charAt(at - backslashes - 1) == '\\') {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** How many line ends, escaped or not, come before {@code at}: counted only for a message. */
    private static int linesBefore(String body, int at) {
        int lines = 0;
        for (int end = body.indexOf('\n'); end >= 0 && end < at; end = body.indexOf('\n', end + 1)) {
            lines++;
        }
        return lines;
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
