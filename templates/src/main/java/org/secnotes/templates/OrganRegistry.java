package org.secnotes.templates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.secnotes.core.DocumentSymbol;

/**
 * Which organ issues a document, from its symbol's prefix: {@code E/CN.7/2018/1} is the Economic
 * and Social Council's Commission on Narcotic Drugs. The data is in {@code organs.txt}; the
 * organs' names are in each language's template.
 *
 * <p>Immutable and thread-safe.
 */
final class OrganRegistry {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The registry of {@code organs.txt}, read once per process when a note first needs it. */
    private static final class Standard {
        static final OrganRegistry REGISTRY = load();
    }

    /** Sorts entries by the length of their prefix, the longest first. */
    private static final class LongestPrefixFirst implements Comparator<Entry> {
        @Override
        public int compare(Entry a, Entry b) {
            return Integer.compare(b.prefix().length(), a.prefix().length());
        }
    }

    /**
     * One line of the registry.
     *
     * @param prefix            the symbol prefix, such as {@code A/HRC/}
     * @param keys              the keys of the organ's lines, the principal organ first
     * @param bodyInSessionBlock whether the body under the principal organ heads the session block
     *                          instead of standing in the masthead
     * @param yearOne           the year the organ counts its years from, or 0 if it counts none
     */
    record Entry(String prefix, List<String> keys, boolean bodyInSessionBlock, int yearOne) {

        /** @return the keys the masthead prints: all, or only the principal organ's */
        List<String> mastheadKeys() {
            return bodyInSessionBlock ? keys.subList(0, 1) : keys;
        }

        /** @return the key of the body that heads the session block, if this body puts it there */
        Optional<String> sessionBlockKey() {
            return bodyInSessionBlock && keys.size() > 1 ? Optional.of(keys.get(keys.size() - 1)) : Optional.empty();
        }

        /** @return the keys from the most specific (the body) to the principal organ */
        List<String> mostSpecificFirst() {
            List<String> reversed = new ArrayList<>(keys);
            Collections.reverse(reversed);
            return List.copyOf(reversed);
        }
    }

    private final List<Entry> entries;

    private OrganRegistry(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        // The longest prefix wins, so try the longest first (a stable sort: equal lengths keep the file's order).
        sorted.sort(new LongestPrefixFirst());
        this.entries = List.copyOf(sorted);
    }

    /** @return the registry of {@code organs.txt}, shared by every template */
    static OrganRegistry standard() {
        return Standard.REGISTRY;
    }

    private static OrganRegistry load() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = OrganRegistry.class.getResourceAsStream("organs.txt")) {
            if (in == null) {
                throw new IllegalStateException("organs.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                entries.add(entry(content));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read organs.txt", e);
        }
        return new OrganRegistry(entries);
    }

    private static Entry entry(String line) {
        String[] parts = WHITESPACE.split(line);
        List<String> keys = new ArrayList<>();
        boolean bodyInSessionBlock = false;
        int yearOne = 0;
        for (String part : List.of(parts).subList(1, parts.length)) {
            if (part.equals("body-at=session-block")) {
                bodyInSessionBlock = true;
            } else if (part.startsWith("year-one=")) {
                yearOne = Integer.parseInt(part.substring("year-one=".length()));
            } else if (part.contains("=")) {
                throw new IllegalStateException("organs.txt: unknown convention '" + part + "' in: " + line);
            } else {
                keys.add(part);
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("organs.txt: no organ for the prefix in: " + line);
        }
        return new Entry(parts[0], List.copyOf(keys), bodyInSessionBlock, yearOne);
    }

    /** The registry's line for a symbol, if a prefix matches. */
    Optional<Entry> entryOf(DocumentSymbol symbol) {
        for (Entry entry : entries) {
            if (symbol.isUnder(entry.prefix())) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }
}
