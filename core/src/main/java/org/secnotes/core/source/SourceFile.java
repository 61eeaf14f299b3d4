package org.secnotes.core.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.secnotes.core.NoteMetadata;
import org.secnotes.core.NoteVersion;

/**
 * One source file read: the language-neutral metadata it declares, the language version it
 * holds, and what the reader warned about (such as raw HTML it dropped). Versions whose metadata
 * share a first symbol are one note; see {@link NoteReader#assemble}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path     the file, or {@code null} for text that did not come from a file
 * @param metadata the metadata the file declares
 * @param version  the language version the file holds
 * @param warnings what was dropped or changed while reading, each naming its line
 */
public record SourceFile(Path path, NoteMetadata metadata, NoteVersion version, List<String> warnings) {
    /**
     * Checks the parts and copies the warnings.
     *
     * @param path the file, or {@code null} for text that did not come from a file
     * @param metadata the metadata the file declares
     * @param version the language version the file holds
     * @param warnings what was dropped or changed while reading, each naming its line
     */
    public SourceFile {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(version, "version");
        warnings = List.copyOf(warnings);
    }

    /** @return the file's name for messages, or {@code <text>} */
    String displayName() {
        return path == null ? "<text>" : path.toString();
    }
}
