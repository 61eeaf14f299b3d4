package org.secnotes.beam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.secnotes.core.Note;
import org.secnotes.core.source.NoteReader;
import org.secnotes.core.source.SourceException;
import org.secnotes.core.source.SourceFile;

/**
 * The one place where the pipeline meets the library's reading API, so that it can follow the
 * library when that grows.
 *
 * <p>TODO(core-hardening): today the reader's checks (4 MiB, NUL byte, strict UTF-8) are reachable
 * only through {@link NoteReader#read(Path)}. A local source is read through it directly; a source
 * on another file system (gs://, s3://) is copied to a temporary file under its own name first.
 * When core can read bytes with an origin name, both become one call on the bytes read from
 * {@link FileSystems}, and the temporary file goes.
 *
 * <p>TODO(batch-cli): {@link #assemble} calls {@link NoteReader#assemble} until the facade groups
 * versions itself.
 *
 * <p>Stateless and thread-safe.
 */
final class SourceReading {

    private static final NoteReader READER = NoteReader.standard();

    /**
     * The order in which a note's versions are joined: the command line joins them in the sorted
     * order of their paths, and the first one names the note in messages about disagreeing files.
     */
    static final Comparator<String> ORIGIN_ORDER = Comparator.naturalOrder();

    private SourceReading() {
    }

    /**
     * Reads one source.
     *
     * @param origin where the source is, as Beam names it (a path or a URL such as gs://b/x.en.md)
     * @return the source read
     * @throws SourceException if it is not a valid source, with the command line's message
     * @throws IOException     if a remote source cannot be copied (transient: the runner retries)
     */
    static SourceFile read(String origin) throws SourceException, IOException {
        if (isLocal(origin)) {
            return READER.read(Path.of(origin));
        }
        ResourceId resource = FileSystems.matchNewResource(origin, false);
        Path folder = Files.createTempDirectory("secnotes-source");
        Path copy = folder.resolve(resource.getFilename());
        try {
            try (InputStream in = Channels.newInputStream(FileSystems.open(resource))) {
                Files.copy(in, copy);
            }
            Path named = Path.of(origin);
            try {
                SourceFile file = READER.read(copy);
                return new SourceFile(named, file.metadata(), file.version(), file.warnings());
            } catch (SourceException e) {
                throw new SourceException(named, e.line(), e.field().orElse(null), e.reason());
            }
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(folder);
        }
    }

    /**
     * Joins the versions of one note.
     *
     * @param versions the versions, in {@link #ORIGIN_ORDER}
     * @return the note
     * @throws SourceException if they disagree, with the command line's message
     */
    static Note assemble(List<SourceFile> versions) throws SourceException {
        return NoteReader.assemble(versions);
    }

    /** @return whether a Beam resource name is a path on this machine's file system */
    static boolean isLocal(String spec) {
        return !spec.matches("^[a-zA-Z][-a-zA-Z0-9+.]*://.*");
    }
}
