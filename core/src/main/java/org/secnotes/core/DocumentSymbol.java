package org.secnotes.core;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A United Nations document symbol such as {@code CTOC/COP/2018/10} or {@code A/73/328/Add.1}.
 *
 * <p>A symbol is a series of segments joined by {@code /}. The first segment names the organ in
 * capital letters; later segments hold letters, digits and dots ({@code CN.7}, {@code WG.2},
 * {@code Add.1}, {@code Corr.1}, {@code Rev.1}). Because no segment may be empty, start with a dot
 * or contain anything but letters, digits, dots and hyphens, a symbol can never climb out of a
 * folder when it is used to name a file: use {@link #fileStem()} for that.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the symbol as printed, such as {@code CTOC/COP/2018/10}
 */
public record DocumentSymbol(String value) {

    private static final Pattern FIRST_SEGMENT = Pattern.compile("[A-Z][A-Z0-9]*");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]*");

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
        String[] segments = value.split("/", -1);
        if (segments.length < 2) {
            throw new IllegalArgumentException("'" + value
                    + "' is not a document symbol: expected segments joined by '/', such as CTOC/COP/2018/10");
        }
        if (!FIRST_SEGMENT.matcher(segments[0]).matches()) {
            throw new IllegalArgumentException("'" + value
                    + "' is not a document symbol: its first segment must be capital letters, such as A or CTOC");
        }
        for (String segment : segments) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("'" + value + "' is not a document symbol: segment '"
                        + segment + "' must be letters, digits and dots, such as 73, CN.7 or Add.1");
            }
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
