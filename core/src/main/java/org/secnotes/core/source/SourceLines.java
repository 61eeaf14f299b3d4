package org.secnotes.core.source;

import java.util.ArrayList;
import java.util.List;
import org.secnotes.core.Language;

/**
 * The line structure of a source: its lines whatever their endings, where its front matter ends,
 * and whether its name agrees with its language.
 *
 * <p>Stateless and thread-safe.
 */
final class SourceLines {

    private SourceLines() {
    }

    /** The lines of a text ended by LF, CRLF or a lone CR, as editors on every system write them. */
    static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /**
     * The index of the line that closes the front matter. YAML ends a document only at a
     * {@code ---} or {@code ...} marker at the start of a line (no indentation), which no block
     * scalar, quoted value or flow list can hold: an indented {@code ---} is text of the value.
     */
    static int frontMatterEnd(List<String> lines, Origin origin) throws SourceException {
        if (!lines.get(0).strip().equals("---")) {
            throw origin.error(1, null,
                    "no front matter: expected the file to start with a line '---', then fields such as 'symbol:'");
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                return i;
            }
        }
        throw origin.error(1, null,
                "the front matter opened on line 1 is never closed; expected a line '---' after its fields");
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
