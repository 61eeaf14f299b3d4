package org.secnotes.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Secretariat note: its language-neutral metadata once, and its text in each language it is
 * issued in.
 *
 * <p>Immutable and thread-safe.
 *
 * @param metadata what every version shares
 * @param versions the language versions, at most one per language, ordered by language
 */
public record Note(NoteMetadata metadata, List<NoteVersion> versions) {

    /**
     * Checks that there is a version and no language twice.
     *
     * @param metadata what every version shares
     * @param versions the language versions, at most one per language, ordered by language
     * @throws IllegalArgumentException if there is no version or two share a language
     */
    public Note {
        Objects.requireNonNull(metadata, "metadata");
        List<NoteVersion> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(NoteVersion::language));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a note needs at least one language version");
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).language() == sorted.get(i - 1).language()) {
                throw new IllegalArgumentException(
                        "two versions of " + metadata.primarySymbol() + " are in " + sorted.get(i).language().code());
            }
        }
        versions = List.copyOf(sorted);
    }

    /**
     * The version in a language.
     *
     * @param language the language
     * @return the version, if the note is issued in that language
     */
    public Optional<NoteVersion> version(Language language) {
        return versions.stream().filter(v -> v.language() == language).findFirst();
    }

    /** @return the languages this note is issued in */
    public List<Language> languages() {
        return versions.stream().map(NoteVersion::language).toList();
    }
}
