package org.secnotes.templates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.secnotes.core.DocumentSymbol;

/**
 * Which organ issues a document, from its symbol's prefix: {@code E/CN.7/2018/1} is the Economic
 * and Social Council's Commission on Narcotic Drugs. The data is in {@code organs.txt}; the
 * organs' names are in each language's template.
 *
 * <p>Immutable and thread-safe.
 */
final class OrganRegistry {

    /** One line of the registry: a prefix and the keys of the organ's lines. */
    record Entry(String prefix, List<String> keys) {
    }

    private final List<Entry> entries;

    private OrganRegistry(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        // The longest prefix wins, so try the longest first.
        sorted.sort(Comparator.comparingInt((Entry e) -> e.prefix().length()).reversed());
        this.entries = List.copyOf(sorted);
    }

    static OrganRegistry load() {
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
                String[] parts = content.split("\\s+");
                entries.add(new Entry(parts[0], List.of(parts).subList(1, parts.length)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read organs.txt", e);
        }
        return new OrganRegistry(entries);
    }

    /** The organ's keys for a symbol, principal organ first, if a prefix matches. */
    Optional<List<String>> organOf(DocumentSymbol symbol) {
        return entries.stream().filter(e -> symbol.isUnder(e.prefix())).map(Entry::keys).findFirst();
    }
}
