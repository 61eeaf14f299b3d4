package org.secnotes.core;

import java.time.LocalDate;
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
 * @param sessionStyle how this version writes the session number, or {@code null} for the
 *                    language's rule for the body: versions need not agree on it
 * @param processed   the days this version was processed, printed after the job number on page 1
 *                    ("190618 200618"); empty when not given
 */
public record NoteVersion(
        Language language,
        List<String> organ,
        String agendaTitle,
        String title,
        String subtitle,
        Body body,
        SessionStyle sessionStyle,
        List<LocalDate> processed) {

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
     * @param sessionStyle how this version writes the session number, or {@code null}
     * @param processed the days this version was processed; empty when not given
     * @throws NullPointerException if the language, title or body is missing
     */
    public NoteVersion {
        Objects.requireNonNull(language, "language");
        organ = List.copyOf(organ);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        processed = List.copyOf(processed);
    }

    /**
     * A version that follows the language's session rule and gives no processing dates.
     *
     * @param language    the language of this version
     * @param organ       the organ's lines, or an empty list for the registry's
     * @param agendaTitle the agenda item's title, or {@code null}
     * @param title       the note's title
     * @param subtitle    the free subtitle, or {@code null}
     * @param body        the body
     */
    public NoteVersion(Language language, List<String> organ, String agendaTitle, String title, String subtitle,
            Body body) {
        this(language, organ, agendaTitle, title, subtitle, body, null, List.of());
    }

    /** @return how this version's source asks the session number to be written, if it does */
    public Optional<SessionStyle> sessionStyleIfAny() {
        return Optional.ofNullable(sessionStyle);
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
