package org.secnotes.core;

/**
 * What kind of document the note is, printed under its title.
 *
 * <p>Immutable and thread-safe.
 */
public enum NoteKind {
    /** "Note by the Secretariat". */
    NOTE_BY_THE_SECRETARIAT,
    /** "Note by the Secretary-General". */
    NOTE_BY_THE_SECRETARY_GENERAL,
    /** "Report of the Secretary-General". */
    REPORT_OF_THE_SECRETARY_GENERAL,
    /** A free subtitle, given as text in each language version. */
    SUBTITLE
}
