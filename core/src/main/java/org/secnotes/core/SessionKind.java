package org.secnotes.core;

/**
 * Whether a session is a regular or a special one.
 *
 * <p>Immutable and thread-safe.
 */
public enum SessionKind {
    /** A regular session: "Ninth session". */
    REGULAR,
    /** A special session: "Twenty-ninth special session". */
    SPECIAL
}
