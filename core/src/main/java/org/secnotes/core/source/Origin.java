package org.secnotes.core.source;

import java.nio.file.Path;

/**
 * Where the text being read came from: the name used in every message, and the file when there
 * is one. A file-less caller (Apache Beam, standard input) gives a name only.
 *
 * @param name what the source is called in messages, never {@code null} ({@code <text>} when unnamed)
 * @param file the file, or {@code null}
 */
record Origin(String name, Path file) {

    static Origin of(Path file) {
        return new Origin(file == null ? "<text>" : file.toString(), file);
    }

    static Origin named(String name) {
        return new Origin(name == null ? "<text>" : name, null);
    }

    /** The last segment of the name, such as {@code cop.en.md} for {@code gs://notes/cop.en.md}. */
    String baseName() {
        if (file != null) {
            return file.getFileName() == null ? "" : file.getFileName().toString();
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    /** An error at a line (0 for the source as a whole), naming this source. */
    SourceException error(int line, String field, String reason) {
        return new SourceException(name, file, line, field, reason);
    }
}
