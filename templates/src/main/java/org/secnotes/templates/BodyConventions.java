package org.secnotes.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.secnotes.core.DocumentSymbol;

/**
 * The header conventions of the body that issues a note, as the organ registry gives them: which
 * organ lines the masthead prints, which body heads the session block, the years counted by an
 * organ of a joint document, and the keys under which a language template words the body's
 * session and agenda lines. Every convention is data ({@code organs.txt} and the template files);
 * this class only looks them up, so a new body needs no code.
 *
 * <p>Immutable and thread-safe.
 */
final class BodyConventions {

    private final List<DocumentSymbol> symbols;
    /** The registry's line for each symbol, in the symbols' order; empty where no prefix matches. */
    private final List<Optional<OrganRegistry.Entry>> entries;

    private BodyConventions(List<DocumentSymbol> symbols, List<Optional<OrganRegistry.Entry>> entries) {
        this.symbols = symbols;
        this.entries = entries;
    }

    /** The conventions for a note's symbols. */
    static BodyConventions of(OrganRegistry registry, List<DocumentSymbol> symbols) {
        List<Optional<OrganRegistry.Entry>> entries = new ArrayList<>();
        for (DocumentSymbol symbol : symbols) {
            entries.add(registry.entryOf(symbol));
        }
        return new BodyConventions(List.copyOf(symbols), List.copyOf(entries));
    }

    private boolean joint() {
        return symbols.size() > 1;
    }

    /**
     * The keys of the organ lines the masthead prints: a joint document (A/80/1–S/2025/1) prints
     * the principal organ of each symbol; a single one its organ, and the body under it unless
     * the body heads the session block.
     *
     * @throws IllegalArgumentException if a symbol's organ is not in the registry
     */
    List<String> mastheadKeys() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < symbols.size(); i++) {
            DocumentSymbol symbol = symbols.get(i);
            if (entries.get(i).isEmpty()) {
                throw new IllegalArgumentException(
                        "the organ of " + symbol + " is not in the registry; give it in the source as 'organ:'");
            }
            OrganRegistry.Entry entry = entries.get(i).get();
            List<String> wanted = joint() ? entry.keys().subList(0, 1) : entry.mastheadKeys();
            for (String key : wanted) {
                if (!keys.contains(key)) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /** @return the key of the body that heads the session block, if the note's body puts it there */
    Optional<String> sessionBlockKey() {
        if (joint() || entries.get(0).isEmpty()) {
            return Optional.empty();
        }
        return entries.get(0).get().sessionBlockKey();
    }

    /**
     * The key a template words a line under for this body: {@code <key>.<body>} for the most
     * specific of the body's keys that the template defines (the Human Rights Council's own
     * agenda line), then {@code <key>.<principal organ>}, else the language's general {@code <key>}.
     */
    String keyFor(LanguageTemplate template, String key) {
        if (entries.get(0).isEmpty()) {
            return key;
        }
        for (String body : entries.get(0).get().mostSpecificFirst()) {
            String specific = key + "." + body;
            if (template.optional(specific).isPresent()) {
                return specific;
            }
        }
        return key;
    }

    /**
     * The year to print under the session of a joint document, if an organ of it counts years
     * (the Security Council from 1946): the year its own symbol names ({@code S/2025/456}), or
     * else the year of the date of issue, in that organ's count.
     */
    Optional<Integer> countedYear(LocalDate dateOfIssue) {
        if (!joint()) {
            return Optional.empty();
        }
        for (int i = 0; i < symbols.size(); i++) {
            Optional<OrganRegistry.Entry> entry = entries.get(i);
            if (entry.isPresent() && entry.get().yearOne() > 0) {
                int yearOne = entry.get().yearOne();
                int year = yearNamedBy(symbols.get(i), entry.get().prefix(), yearOne).orElse(dateOfIssue.getYear());
                return Optional.of(year - yearOne + 1);
            }
        }
        return Optional.empty();
    }

    /**
     * The year a symbol names in the part right after its organ's prefix, as {@code S/2025/456}
     * does; {@code S/RES/2400} names none.
     */
    private static Optional<Integer> yearNamedBy(DocumentSymbol symbol, String prefix, int first) {
        String rest = symbol.value().length() > prefix.length() ? symbol.value().substring(prefix.length()) : "";
        String segment = rest.split("/", 2)[0];
        if (segment.length() == 4 && allDigits(segment) && Integer.parseInt(segment) >= first) {
            return Optional.of(Integer.parseInt(segment));
        }
        return Optional.empty();
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
