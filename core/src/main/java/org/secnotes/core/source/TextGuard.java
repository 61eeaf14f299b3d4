package org.secnotes.core.source;

import java.util.List;

/**
 * Defuses characters that make text read differently from how it is stored, or that no reader
 * sees. The policy, documented in the README:
 * <ul>
 * <li><b>refused</b>, with an error naming the line: bidirectional embeddings, overrides and
 *     isolates (U+202A to U+202E, U+2066 to U+2069), which can reorder what a reader sees
 *     ("Trojan Source"); control characters other than tab and line ends (C0, DEL, C1); lone
 *     UTF-16 surrogates, which encode no character;</li>
 * <li><b>removed with a warning</b> naming the line: zero-width and invisible characters
 *     (U+200B to U+200D, U+2060 to U+2064, U+180E, and U+FEFF inside the text), which carry no
 *     text and would print as marks;</li>
 * <li><b>kept</b>: the soft hyphen U+00AD, a break hint the renderers honour, and the bidi
 *     marks U+200E, U+200F and U+061C, which only set direction and reorder nothing.</li>
 * </ul>
 * Applied to the whole source as read, and again to text that escapes produced (HTML entities in
 * the body, escapes in YAML double-quoted values), so no route lets such a character through.
 *
 * <p>Stateless and thread-safe.
 */
final class TextGuard {

    private TextGuard() {
    }

    /**
     * Checks text and removes the invisible characters from it.
     *
     * @param text      the text
     * @param origin    the source, for messages
     * @param firstLine the line (from 1) the text starts on; later lines are counted at each '\n'
     * @param warnings  where to note what was removed
     * @return the text without the removed characters (the same instance when nothing was removed)
     * @throws SourceException at the first refused character
     */
    static String clean(String text, Origin origin, int firstLine, List<String> warnings) throws SourceException {
        int from = firstSuspect(text);
        if (from == text.length()) {
            return text;
        }
        StringBuilder out = null;
        int line = firstLine;
        for (int i = 0; i < from; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        int warnedLine = -1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            String refusal = refusal(text, i);
            if (refusal != null) {
                throw origin.error(line, null, refusal);
            }
            boolean invisible = isInvisible(c) && !(c == '\uFEFF' && i == 0 && firstLine == 1);
            if (invisible) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (warnedLine != line) {
                    warnings.add("line " + line + ": invisible character " + describe(c)
                            + " removed (and any other on this line)");
                    warnedLine = line;
                }
                continue;
            }
            if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * The index of the first character that may be refused or removed, or the text's length: a
     * quick pass with a test or two per character, since nearly every text holds none, and the
     * checks below run from there on.
     */
    private static int firstSuspect(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' ? c != '\n' && c != '\t' && c != '\r' : c >= '\u007F' && mayBeSuspect(c)) {
                return i;
            }
        }
        return text.length();
    }

    /** Whether a character from U+007F up is one that {@link #refusal} or {@link #isInvisible} may concern. */
    private static boolean mayBeSuspect(char c) {
        return c <= '\u009F' || c == '\u180E' || (c >= '\u200B' && c <= '\u206F') || c == '\uFEFF'
                || Character.isSurrogate(c);
    }

    /** Why the character at {@code i} is refused, or null. */
    private static String refusal(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                return null;
            }
            return "a lone UTF-16 surrogate " + hex(c) + " encodes no character; expected valid Unicode text";
        }
        if (Character.isLowSurrogate(c)) {
            if (i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                return null;
            }
            return "a lone UTF-16 surrogate " + hex(c) + " encodes no character; expected valid Unicode text";
        }
        if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
            return "the bidirectional control " + describe(c) + " is refused: it can make text read"
                    + " differently from how it is stored; write the text in logical order without it"
                    + " (the marks U+200E and U+200F are allowed)";
        }
        if ((c < ' ' && c != '\t' && c != '\r') || (c >= '\u007F' && c <= '\u009F')) {
            return "the control character " + describe(c) + " is refused; expected text"
                    + " (tabs and line ends are the only controls a source may hold)";
        }
        return null;
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200D') || (c >= '\u2060' && c <= '\u2064') || c == '\u180E' || c == '\uFEFF';
    }

    private static String describe(char c) {
        String name = Character.getName(c);
        return hex(c) + (name == null ? "" : " " + name);
    }

    private static String hex(char c) {
        return String.format("U+%04X", (int) c);
    }
}
