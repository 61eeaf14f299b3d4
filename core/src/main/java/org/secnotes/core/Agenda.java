package org.secnotes.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The agenda item or items under which the note is issued, in language-neutral form. The item's
 * title is text, so it lives in each {@link NoteVersion}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param items  one or more item numbers, such as {@code "4"} or {@code "4 (a)"}
 * @param stage  which agenda the numbers refer to
 * @param symbol the agenda document cited in the "*" footnote, or {@code null} for no footnote
 */
public record Agenda(List<AgendaItem> items, AgendaStage stage, DocumentSymbol symbol) {

    /**
     * Validates the agenda.
     *
     * @param items one or more item numbers, such as {@code "4"} or {@code "4 (a)"}
     * @param stage which agenda the numbers refer to
     * @param symbol the agenda document cited in the "*" footnote, or {@code null} for no
     *     footnote
     * @throws IllegalArgumentException if there is no item
     */
    public Agenda {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an agenda needs at least one item");
        }
        Objects.requireNonNull(stage, "stage");
    }

    /** @return the agenda document that the "*" footnote cites, if any */
    public Optional<DocumentSymbol> footnoteSymbol() {
        return Optional.ofNullable(symbol);
    }

    /**
     * One agenda item number, with an optional sub-item letter: {@code 4}, {@code 2 (a)}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param number  the item's number, such as {@code "4"} or {@code "104"}
     * @param subItem the sub-item's letter, such as {@code "a"}, or {@code null}
     */
    public record AgendaItem(String number, String subItem) {

        private static final Pattern FORM =
                Pattern.compile("(\\d+)(?:\\s*\\(?\\s*([a-z])\\s*\\))?");
        private static final Pattern NUMBER = Pattern.compile("\\d+");
        private static final Pattern LETTER = Pattern.compile("[a-z]");

        /**
         * Validates the item.
         *
         * @param number the item's number, such as {@code "4"} or {@code "104"}
         * @param subItem the sub-item's letter, such as {@code "a"}, or {@code null}
         * @throws IllegalArgumentException if the number is not digits or the sub-item not a letter
         */
        public AgendaItem {
            if (number == null || !NUMBER.matcher(number).matches()) {
                throw new IllegalArgumentException(
                        "an agenda item number must be digits, such as 4, not '" + number + "'");
            }
            if (subItem != null && !LETTER.matcher(subItem).matches()) {
                throw new IllegalArgumentException(
                        "an agenda sub-item must be one lower-case letter, not '" + subItem + "'");
            }
        }

        /**
         * Parses an item as written in a source: {@code "4"}, {@code "2 (a)"}, {@code "2 a)"}.
         *
         * @param text the item
         * @return the item
         * @throws IllegalArgumentException if the text is not of that form
         */
        public static AgendaItem parse(String text) {
            var matcher = FORM.matcher(text == null ? "" : text.strip());
            if (!matcher.matches()) {
                throw new IllegalArgumentException("'" + text
                        + "' is not an agenda item: expected a number such as 4, or a sub-item such as 2 (a)");
            }
            return new AgendaItem(matcher.group(1), matcher.group(2));
        }

        /** @return the sub-item's letter, if any */
        public Optional<String> subItemLetter() {
            return Optional.ofNullable(subItem);
        }
    }
}
