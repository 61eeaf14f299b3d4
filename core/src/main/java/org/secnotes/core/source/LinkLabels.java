package org.secnotes.core.source;

/**
 * Refuses, before the Markdown parser sees it, a {@code [} that no {@code ]} closes and that is
 * followed by many backslash escapes. Flexmark reads a link label with a regular expression in
 * which a backslash and the character after it can match in two ways; when no {@code ]} ends the
 * label the matcher tries every combination, so the time doubles with each escape (24 escapes
 * took five seconds, 40 would take days). A closed label matches at the first try and costs
 * nothing, so only unclosed ones are counted.
 */
final class LinkLabels {

    /** How far the parser's label pattern reaches: at most 999 characters or escapes. */
    private static final int LABEL_REACH = 999;

    private LinkLabels() {
    }

    /**
     * Checks a body in one pass: each {@code [} is scanned to the next bracket or the label's
     * reach, so no character is scanned for more than one label.
     *
     * @param body      the body's text, lines joined by {@code \n}
     * @param origin    the source, for messages
     * @param firstLine the file line (from 1) on which the body starts
     */
    static void check(String body, Origin origin, int firstLine) throws SourceException {
        int line = 0;
        int at = 0;
        while (at < body.length()) {
            char c = body.charAt(at);
            if (c == '\\') {
                // An escaped character is text, an escaped bracket opens no label.
                line += at + 1 < body.length() && body.charAt(at + 1) == '\n' ? 1 : 0;
                at += 2;
                continue;
            }
            if (c == '\n') {
                line++;
            } else if (c == '[') {
                int escapes = unclosedEscapes(body, at + 1);
                if (escapes > SourceLimits.MAX_UNCLOSED_LABEL_ESCAPES) {
                    throw origin.error(firstLine + line, null, "a '[' that no ']' closes is followed by "
                            + escapes + " backslash escapes; expected at most "
                            + SourceLimits.MAX_UNCLOSED_LABEL_ESCAPES
                            + " (close the bracket, or escape it as \\[)");
                }
            }
            at++;
        }
    }

    /** The backslash escapes after a {@code [} at {@code from}, or 0 if a {@code ]} closes it in reach. */
    private static int unclosedEscapes(String body, int from) {
        int escapes = 0;
        int units = 0;
        for (int at = from; at < body.length() && units < LABEL_REACH; units++) {
            char c = body.charAt(at);
            if (c == ']') {
                return 0;
            }
            if (c == '[') {
                break;
            }
            if (c == '\\' && at + 1 < body.length()) {
                escapes++;
                at += 2;
            } else {
                at++;
            }
        }
        return escapes;
    }
}
