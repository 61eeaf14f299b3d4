package org.secnotes.core.source;

import java.nio.file.Path;
import java.util.Objects;
import org.secnotes.core.NoteMetadata;
import org.secnotes.core.NoteVersion;

/**
 * One source file read: the language-neutral metadata it declares and the language version it
 * holds. Versions whose metadata share a first symbol are one note; see {@link NoteReader#assemble}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path     the file, or {@code null} for text that did not come from a file
 * @param metadata the metadata the file declares
 * @param version  the language version the file holds
 */
public record SourceFile(Path path, NoteMetadata metadata, NoteVersion version) {
    /** Checks the parts. */
    public SourceFile {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(version, "version");
    }
}
