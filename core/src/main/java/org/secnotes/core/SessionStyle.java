package org.secnotes.core;

/**
 * How a session number is written in the session line.
 *
 * <p>Immutable and thread-safe.
 */
public enum SessionStyle {
    /** In words: "Ninth session", "Noveno período de sesiones". */
    WORDS,
    /** In figures: "27th session", "27º período de sesiones". */
    NUMERIC
}
