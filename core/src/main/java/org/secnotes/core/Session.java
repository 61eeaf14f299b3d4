package org.secnotes.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The numbered session of the organ for which the note is issued.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number the session's number, 1 or more
 * @param style  how to write the number, or {@code null} to let each language apply its own rule
 * @param kind   regular or special
 */
public record Session(int number, SessionStyle style, SessionKind kind) {

    /**
     * Validates the session.
     *
     * @param number the session's number, 1 or more
     * @param style how to write the number, or {@code null} to let each language apply its
     *     own rule
     * @param kind regular or special
     * @throws IllegalArgumentException if the number is below 1
     */
    public Session {
        if (number < 1) {
            throw new IllegalArgumentException("a session number must be 1 or more, not " + number);
        }
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * A regular session whose style each language chooses.
     *
     * @param number the session's number
     * @return the session
     */
    public static Session regular(int number) {
        return new Session(number, null, SessionKind.REGULAR);
    }

    /** @return the style the source asked for, if any */
    public Optional<SessionStyle> requestedStyle() {
        return Optional.ofNullable(style);
    }
}
