package org.secnotes.core;

/**
 * Which agenda the note is issued under.
 *
 * <p>Immutable and thread-safe.
 */
public enum AgendaStage {
    /** The provisional agenda: "Item 4 of the provisional agenda". */
    PROVISIONAL,
    /** The adopted agenda: "Agenda item 4". */
    ADOPTED,
    /** The General Assembly's preliminary list: "Item 104 of the preliminary list". */
    PRELIMINARY
}
