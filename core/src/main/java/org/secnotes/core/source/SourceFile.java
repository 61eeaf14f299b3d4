package org.secnotes.core.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.secnotes.core.NoteMetadata;
import org.secnotes.core.NoteVersion;

/**
 * One source read: the language-neutral metadata it declares, the language version it holds,
 * and what the reader warned about (such as raw HTML it dropped). Versions whose metadata share a
 * first symbol are one note; see {@link NoteReader#assemble}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param origin   what the source is called in messages: its file, or the name a file-less caller gave
 * @param path     the file, or {@code null} for a source that did not come from a file
 * @param metadata the metadata the source declares
 * @param version  the language version the source holds
 * @param warnings what was dropped or changed while reading, each naming its line
 */
public record SourceFile(String origin, Path path, NoteMetadata metadata, NoteVersion version, List<String> warnings) {
    /**
     * Checks the parts and copies the warnings.
     *
     * @param origin what the source is called in messages, or {@code null} for its path (or {@code <text>})
     * @param path the file, or {@code null} for a source that did not come from a file
     * @param metadata the metadata the source declares
     * @param version the language version the source holds
     * @param warnings what was dropped or changed while reading, each naming its line
     */
    public SourceFile {
        origin = origin == null ? (path == null ? "<text>" : path.toString()) : origin;
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(version, "version");
        warnings = List.copyOf(warnings);
    }

    /** @return the source's name for messages, or {@code <text>} */
    String displayName() {
        return origin;
    }
}
