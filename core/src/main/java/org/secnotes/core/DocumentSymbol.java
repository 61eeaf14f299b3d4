package org.secnotes.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A United Nations document symbol such as {@code CTOC/COP/2018/10} or {@code A/73/328/Add.1}.
 *
 * <p>This class holds the one definition of the symbol grammar, used to validate a symbol, to find
 * symbols in running text and to decide where a joint symbol may break across lines:
 * <ul>
 * <li>a symbol is segments joined by {@code /}, at least two;</li>
 * <li>the first segment names the organ: a capital letter, then capital letters and digits
 *     ({@code A}, {@code CTOC}, {@code E});</li>
 * <li>every later segment is letters and digits, in parts joined by a dot ({@code CN.7},
 *     {@code WG.2}, {@code Add.1}) or by a hyphen before a digit ({@code ES-10}, {@code S-29});</li>
 * <li>a hyphen or en dash before a capital letter never belongs to a segment: it joins the
 *     symbols of a joint document ({@code A/73/328-S/2018/592}), which is a list of symbols, not one.</li>
 * </ul>
 * Because no segment may be empty, start or end with a dot, or hold anything but letters, digits,
 * dots and hyphens, a symbol can never climb out of a folder when it names a file: use
 * {@link #fileStem()} for that. Every method here reads its text once, left to right.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the symbol as printed, such as {@code CTOC/COP/2018/10}
 */
public record DocumentSymbol(String value) {

    /** The en dash, which joins joint symbols as the hyphen does. */
    private static final char EN_DASH = '\u2013';

    /**
     * Validates the symbol.
     *
     * @param value the symbol as printed, such as {@code CTOC/COP/2018/10}
     * @throws IllegalArgumentException if the value is not a well-formed symbol
     */
    public DocumentSymbol {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a document symbol may not be empty");
        }
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException("'" + value + "' is not a document symbol: " + problem);
        }
    }

    /**
     * Parses a symbol.
     *
     * @param value the symbol as printed
     * @return the symbol
     * @throws IllegalArgumentException if the value is not a well-formed symbol
     */
    public static DocumentSymbol of(String value) {
        return new DocumentSymbol(value == null ? null : value.strip());
    }

    /** What is wrong with a candidate symbol, or null when it is one. */
    private static String problemWith(String value) {
        int end = firstSegmentEnd(value, 0);
        if (end == 0) {
            return "its first segment must be capital letters, such as A or CTOC";
        }
        if (end == value.length()) {
            return "expected segments joined by '/', such as CTOC/COP/2018/10";
        }
        int at = end;
        while (at < value.length()) {
            if (value.charAt(at) != '/') {
                return isJointSeparator(value, at)
                        ? "a hyphen or dash before a capital letter joins two symbols; give a joint document"
                                + " as a list, such as [A/73/328, S/2018/592]"
                        : "its first segment must be capital letters, such as A or CTOC";
            }
            int segmentEnd = segmentEnd(value, at + 1);
            if (segmentEnd == value.length() || value.charAt(segmentEnd) == '/') {
                if (segmentEnd == at + 1) {
                    return "segment '' must be letters, digits and dots, such as 73, CN.7 or Add.1";
                }
            } else if (!isJointSeparator(value, segmentEnd)) {
                int next = value.indexOf('/', segmentEnd);
                String segment = value.substring(at + 1, next < 0 ? value.length() : next);
                return "segment '" + segment + "' must be letters, digits and dots, such as 73, CN.7 or Add.1"
                        + " (a hyphen only before a digit, as in ES-10)";
            }
            at = segmentEnd;
        }
        return null;
    }

    /** The end of a first segment starting at {@code from}, or {@code from} when none starts there. */
    private static int firstSegmentEnd(String text, int from) {
        if (from >= text.length() || !isCapital(text.charAt(from))) {
            return from;
        }
        int at = from + 1;
        while (at < text.length() && (isCapital(text.charAt(at)) || isDigit(text.charAt(at)))) {
            at++;
        }
        return at;
    }

    /** The end of a later segment starting at {@code from}: parts of letters and digits joined by '.' or '-digit'. */
    private static int segmentEnd(String text, int from) {
        int at = from;
        while (at < text.length() && isLetterOrDigit(text.charAt(at))) {
            at++;
            if (at + 1 < text.length() && isLetterOrDigit(text.charAt(at + 1))) {
                char joiner = text.charAt(at);
                if (joiner == '.' || (joiner == '-' && isDigit(text.charAt(at + 1)))) {
                    at++;
                }
            }
        }
        return at;
    }

    /** The end of one symbol starting at {@code from}, or {@code from} when none starts there. */
    private static int symbolEnd(String text, int from) {
        int at = firstSegmentEnd(text, from);
        if (at == from) {
            return from;
        }
        int end = from;
        while (at < text.length() && text.charAt(at) == '/') {
            int segmentEnd = segmentEnd(text, at + 1);
            if (segmentEnd == at + 1) {
                break;
            }
            end = at = segmentEnd;
        }
        return end;
    }

    /**
     * Whether the character at {@code index} joins two symbols of a joint document: a hyphen or
     * an en dash followed by a capital letter. A line may break after it.
     *
     * @param text  any text
     * @param index a position in it
     * @return true if a joint symbol's separator stands there
     */
    public static boolean isJointSeparator(CharSequence text, int index) {
        if (index < 0 || index + 1 >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return (c == '-' || c == EN_DASH) && isCapital(text.charAt(index + 1));
    }

    /**
     * A reference to a document found in running text: one symbol, or the symbols of a joint
     * document written together.
     *
     * @param start  where the reference starts in the text
     * @param end    where it ends (exclusive); a full stop after it is not part of it
     * @param target the first symbol, which the reference opens
     */
    public record Reference(int start, int end, DocumentSymbol target) {
    }

    /**
     * Finds the references in running text, in linear time. A candidate counts only if its first
     * symbol holds a digit, so that {@code TCP/IP} and {@code and/or} are not symbols, and only if
     * it does not continue a word, number or path ({@code 2/6}, {@code x/A/1}).
     *
     * @param text running text
     * @return the references, in order, never overlapping
     */
    public static List<Reference> findAll(CharSequence text) {
        List<Reference> found = new ArrayList<>();
        // Most of a text is skipped a character at a time: through the final String's charAt,
        // which even the C1 compiler inlines, not an interface call nor a copy into an array.
        String chars = text.toString();
        int at = 0;
        while (at < chars.length()) {
            if (!isCapital(chars.charAt(at)) || (at > 0 && continuesWord(chars.charAt(at - 1)))) {
                at++;
                continue;
            }
            int end = symbolEnd(chars, at);
            if (end == at) {
                // Skip the whole run of capitals and digits: none of its later letters can start a symbol.
                at = firstSegmentEnd(chars, at);
                continue;
            }
            int firstEnd = end;
            while (isJointSeparator(chars, end)) {
                int next = symbolEnd(chars, end + 1);
                if (next == end + 1) {
                    break;
                }
                end = next;
            }
            if (hasDigit(chars, at, firstEnd)) {
                found.add(new Reference(at, end, new DocumentSymbol(chars.substring(at, firstEnd))));
            }
            at = end;
        }
        return found;
    }

    /**
     * The document a text refers to when the whole text is one reference, such as the text of a
     * link {@code [A/74/1](...)}.
     *
     * @param text the text
     * @return its first symbol, or empty when the text is not exactly one reference
     */
    public static Optional<DocumentSymbol> referencedBy(String text) {
        List<Reference> found = findAll(text);
        if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == text.length()) {
            return Optional.of(found.get(0).target());
        }
        return Optional.empty();
    }

    private static boolean continuesWord(char c) {
        return isLetterOrDigit(c) || c == '_' || c == '/' || c == '.' || c == '-';
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetterOrDigit(char c) {
        return isCapital(c) || isDigit(c) || (c >= 'a' && c <= 'z');
    }

    /** @return the segments between the slashes, such as {@code [CTOC, COP, 2018, 10]} */
    public List<String> segments() {
        return List.of(value.split("/"));
    }

    /**
     * A name for files, with each {@code /} written as {@code _}: {@code CTOC_COP_2018_10}.
     *
     * @return a single path segment that is safe in any folder
     */
    public String fileStem() {
        return value.replace('/', '_');
    }

    /**
     * Whether this symbol starts with the given prefix at a segment boundary: {@code E/CN.7/2018/1}
     * starts with {@code E/CN.7/} and {@code E/}, not with {@code E/CN.15/}.
     *
     * @param prefix a prefix ending in {@code /}, such as {@code A/HRC/}
     * @return true if this symbol lies under that prefix
     */
    public boolean isUnder(String prefix) {
        return (value + "/").startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
    }

    @Override
    public String toString() {
        return value;
    }
}
