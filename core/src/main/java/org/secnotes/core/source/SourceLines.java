package org.secnotes.core.source;

import org.secnotes.core.Language;

/**
 * The line structure of a source: its line ends whatever the editor wrote, where its front matter
 * ends, and whether its name agrees with its language.
 *
 * <p>Stateless and thread-safe.
 */
final class SourceLines {

    /**
     * A source cut at its front matter's closing line.
     *
     * @param yaml          the lines between the two {@code ---} lines, joined by {@code \n}
     * @param body          the lines after the closing one, joined by {@code \n}
     * @param bodyFirstLine the file line (from 1) on which the body starts
     */
    record Parts(String yaml, String body, int bodyFirstLine) {
    }

    private SourceLines() {
    }

    /**
     * The text with each line end (LF, CRLF or a lone CR, as editors on every system write them)
     * made a single LF; the same instance when it has no CR, as nearly every source.
     */
    static String normalized(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Cuts a source at the line that closes its front matter. YAML ends a document only at a
     * {@code ---} or {@code ...} marker at the start of a line (no indentation), which no block
     * scalar, quoted value or flow list can hold: an indented {@code ---} is text of the value.
     *
     * @param text   the source, its line ends {@link #normalized}
     * @param origin the source, for messages
     */
    static Parts cut(String text, Origin origin) throws SourceException {
        int firstEnd = lineEnd(text, 0);
        if (!text.substring(0, firstEnd).strip().equals("---")) {
            throw origin.error(1, null,
                    "no front matter: expected the file to start with a line '---', then fields such as 'symbol:'");
        }
        int yamlStart = firstEnd + 1;
        int line = 1;
        for (int start = yamlStart; start <= text.length(); line++) {
            int end = lineEnd(text, start);
            String closing = text.substring(start, end).stripTrailing();
            if (closing.equals("---") || closing.equals("...")) {
                String yaml = start > yamlStart ? text.substring(yamlStart, start - 1) : "";
                String body = end < text.length() ? text.substring(end + 1) : "";
                return new Parts(yaml, body, line + 2);
            }
            start = end + 1;
        }
        throw origin.error(1, null,
                "the front matter opened on line 1 is never closed; expected a line '---' after its fields");
    }

    /** Where the line starting at {@code start} ends: its {@code \n}, or the end of the text. */
    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }

    /**
     * Refuses a name {@code <name>.<lang>.md} whose language is not the field's. The one
     * definition of this check: the extension and the language code are matched in any case
     * ({@code COP.ES.MD}), as the batch finds sources.
     */
    static void checkName(Origin origin, Language language, int line) throws SourceException {
        String name = origin.baseName();
        if (name.length() < 6 || !name.regionMatches(true, name.length() - 3, ".md", 0, 3)) {
            return;
        }
        int dot = name.length() - 3;
        if (name.charAt(dot - 3) != '.') {
            return;
        }
        String code = name.substring(dot - 2, dot);
        if (!isAsciiLetter(code.charAt(0)) || !isAsciiLetter(code.charAt(1))) {
            return;
        }
        if (!code.equalsIgnoreCase(language.code())) {
            throw origin.error(line, SourceField.LANGUAGE.path(), "the file name says '"
                    + code.toLowerCase(java.util.Locale.ROOT) + "' but the field says '" + language.code()
                    + "'; name the file <name>."
                    + language.code() + ".md or correct the field");
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
