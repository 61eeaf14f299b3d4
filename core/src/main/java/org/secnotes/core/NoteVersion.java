package org.secnotes.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of a note in one language: the organ's name when it is not taken from the registry,
 * the agenda item's title, the title, the free subtitle and the body.
 *
 * <p>Immutable and thread-safe.
 *
 * @param language    the language of this version
 * @param organ       the organ's lines (the principal organ, then the body under it), or an
 *                    empty list to take them from the registry by symbol prefix
 * @param agendaTitle the agenda item's title, or {@code null} when the note has no agenda
 * @param title       the note's title
 * @param subtitle    the free subtitle used when the kind is {@link NoteKind#SUBTITLE}, or {@code null}
 * @param body        the numbered paragraphs, headings, sub-items and footnotes
 */
public record NoteVersion(
        Language language,
        List<String> organ,
        String agendaTitle,
        String title,
        String subtitle,
        Body body) {

    /**
     * Checks the required parts.
     *
     * @param language the language of this version
     * @param organ the organ's lines (the principal organ, then the body under it), or an
     *     empty list to take them from the registry by symbol prefix
     * @param agendaTitle the agenda item's title, or {@code null} when the note has no
     *     agenda
     * @param title the note's title
     * @param subtitle the free subtitle used when the kind is {@link NoteKind#SUBTITLE}, or
     *     {@code null}
     * @param body the numbered paragraphs, headings, sub-items and footnotes
     * @throws NullPointerException if the language, title or body is missing
     */
    public NoteVersion {
        Objects.requireNonNull(language, "language");
        organ = List.copyOf(organ);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }

    /** @return the agenda item's title, if the note has an agenda */
    public Optional<String> agendaTitleIfAny() {
        return Optional.ofNullable(agendaTitle);
    }

    /** @return the free subtitle, if any */
    public Optional<String> subtitleIfAny() {
        return Optional.ofNullable(subtitle);
    }
}
