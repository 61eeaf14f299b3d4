package org.secnotes.core.source;

import java.nio.file.Path;
import java.util.List;
import org.secnotes.core.Note;

/**
 * Reads note sources: one Markdown file per language version, named {@code <name>.<lang>.md},
 * with a YAML front matter. The format is described in the project's README.
 *
 * <p>Immutable and thread-safe: one reader serves any number of threads.
 */
public final class NoteReader {

    private NoteReader() {
    }

    /** @return the reader with the default limits */
    public static NoteReader standard() {
        return new NoteReader();
    }

    /**
     * Reads one source file.
     *
     * @param file the file
     * @return the metadata and the language version it holds
     * @throws SourceException if the file cannot be read or is not a valid source; the exception
     *                         names the file, the line and the field
     */
    public SourceFile read(Path file) throws SourceException {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Parses source text.
     *
     * @param text   the whole source, front matter and body
     * @param origin the file it came from, used in error messages and never opened; may be {@code null}
     * @return the metadata and the language version it holds
     * @throws SourceException if the text is not a valid source
     */
    public SourceFile parse(String text, Path origin) throws SourceException {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Makes one note of the versions of one document.
     *
     * @param versions source files whose first symbols are the same
     * @return the note with all their versions
     * @throws SourceException if two files disagree on a language-neutral field (the message names
     *                         both files and the field), share a language, or name different first symbols
     */
    public static Note assemble(List<SourceFile> versions) throws SourceException {
        throw new UnsupportedOperationException("not yet");
    }
}
