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
    static final String REFUSED_TABLE = "this pipe table's header row and delimiter row (|---|) have different"
            + " numbers of cells; expected one delimiter cell per header cell";
    static final String TABLE_INSIDE = "a table inside a footnote, or in a quotation inside a list item, is set as"
            + " text, its cells one space apart; put the table in the body";

    private UnsupportedConstructs() {
    }

    /**
     * Whether a paragraph's source looks like a pipe table that the tables extension refused (its
     * header and delimiter rows differ): a first row with a pipe, then a delimiter row.
     *
     * @param source the paragraph's characters as written
     * @return true for a pipe table
     */
    static boolean isPipeTable(CharSequence source) {
        String[] lines = source.toString().split("\r?\n|\r", 3);
        return lines.length >= 2 && lines[0].contains("|") && DELIMITER_ROW.matcher(lines[1]).matches();
    }
}
