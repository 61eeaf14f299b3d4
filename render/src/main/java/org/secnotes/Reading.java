package org.secnotes;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.secnotes.core.Note;

/**
 * What reading a set of sources gave: the notes that could be made, each with the files it came
 * from, the sources that failed and why, and the reader's warnings.
 *
 * <p>Immutable and thread-safe.
 *
 * @param notes    the notes, ordered by first symbol
 * @param failures the sources that gave no note, each with the reason
 * @param warnings what was dropped or changed in the sources that were read
 */
public record Reading(List<SourcedNote> notes, List<Problem> failures, List<Problem> warnings) {
    /**
     * Copies the lists.
     *
     * @param notes the notes
     * @param failures the failed sources
     * @param warnings the warnings
     */
    public Reading {
        notes = List.copyOf(notes);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    /**
     * One note and the source files of its versions.
     *
     * @param note    the note
     * @param sources the files its versions were read from, empty for text from no file
     */
    public record SourcedNote(Note note, List<Path> sources) {
        /**
         * Checks the note and copies the list.
         *
         * @param note the note
         * @param sources its files
         */
        public SourcedNote {
            Objects.requireNonNull(note, "note");
            sources = List.copyOf(sources);
        }
    }
}
