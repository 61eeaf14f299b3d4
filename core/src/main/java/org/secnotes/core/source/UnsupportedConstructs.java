package org.secnotes.core.source;

import java.util.regex.Pattern;

/**
 * What the reader says about Markdown the source format does not print as written, so that
 * nothing is dropped or changed silently: each message follows "line N: " in the warnings.
 *
 * <p>Stateless and thread-safe.
 */
final class UnsupportedConstructs {

    /** A pipe table's delimiter row: "|---|:--:|", "--- | ---". */
    private static final Pattern DELIMITER_ROW = Pattern.compile(
            "\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)+\\|?\\s*|\\s*\\|\\s*:?-+:?\\s*\\|\\s*");

    static final String CODE_BLOCK = "code block set as a plain paragraph; UN documents print no code";
    static final String THEMATIC_BREAK = "thematic break (---, ***) dropped; UN documents print no rules in the text";
    static final String STRIKETHROUGH = "strikethrough (~~text~~) set as plain text; UN documents strike nothing out";
    static final String TABLE = "tables are not supported yet; the table's rows are set as a plain paragraph";

    private UnsupportedConstructs() {
    }

    /**
     * Whether a paragraph's source is a pipe table that the parser, without a tables extension,
     * read as text: a first row with a pipe, then a delimiter row.
     *
     * @param source the paragraph's characters as written
     * @return true for a pipe table
     */
    static boolean isPipeTable(CharSequence source) {
        String[] lines = source.toString().split("\r?\n|\r", 3);
        return lines.length >= 2 && lines[0].contains("|") && DELIMITER_ROW.matcher(lines[1]).matches();
    }
}
