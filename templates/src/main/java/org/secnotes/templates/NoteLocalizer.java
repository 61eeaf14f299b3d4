package org.secnotes.templates;

import org.secnotes.core.Language;
import org.secnotes.core.Note;

/**
 * Writes one language version of a note with all its boilerplate.
 *
 * <p>Implementations must be immutable and thread-safe, so that one instance serves a whole
 * batch.
 */
public interface NoteLocalizer {

    /**
     * Localizes one version of a note.
     *
     * @param note     the note
     * @param language a language the note is issued in
     * @return the version with every header line written out
     * @throws IllegalArgumentException if the note has no version in that language, or the
     *                                  language has no template
     */
    LocalizedNote localize(Note note, Language language);
}
