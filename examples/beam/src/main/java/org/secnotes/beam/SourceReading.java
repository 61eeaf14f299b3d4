package org.secnotes.beam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.secnotes.Problem;
import org.secnotes.Reading;
import org.secnotes.SecNotes;
import org.secnotes.core.source.NoteReader;
import org.secnotes.core.source.SourceException;
import org.secnotes.core.source.SourceFile;

/**
 * The one place where the pipeline meets the library's reading API, so that it can follow the
 * library when that grows.
 *
 * <p>Local sources go through the library exactly as the command line's do: one source through
 * {@link NoteReader#read(Path)}, a note's versions through {@link SecNotes#readAll}, which groups
 * them and words every failure as the command line prints it.
 *
 * <p>A source on another file system (gs://, s3://) is read as bytes from {@link FileSystems} and
 * checked by {@link NoteReader#read(String, byte[])}, with the same checks and messages as a file,
 * named by its URL. Its versions are joined here with {@link NoteReader#assemble}, because the
 * facade's {@link SecNotes#readAll} takes paths only (TODO: a facade method over named bytes).
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
     * @throws IOException     if a remote source cannot be read (transient: the runner retries)
     */
    static SourceFile read(String origin) throws SourceException, IOException {
        if (isLocal(origin)) {
            return READER.read(Path.of(origin));
        }
        // At most one byte more than a source may have, so that an oversized object is refused
        // with the reader's own message without being read whole.
        ResourceId resource = FileSystems.matchNewResource(origin, false);
        byte[] bytes;
        try (InputStream in = Channels.newInputStream(FileSystems.open(resource))) {
            bytes = in.readNBytes((int) NoteReader.MAX_FILE_BYTES + 1);
        }
        return READER.read(origin, bytes);
    }

    /**
     * Reads the versions of one note and joins them.
     *
     * @param secnotes the facade
     * @param origins  the versions' sources, in {@link #ORIGIN_ORDER}, all of one first symbol
     * @return the note, or the failures worded as the command line prints them
     * @throws IOException if a remote source cannot be read (transient: the runner retries)
     */
    static Reading readNote(SecNotes secnotes, Collection<String> origins) throws IOException {
        if (origins.stream().allMatch(SourceReading::isLocal)) {
            return secnotes.readAll(origins.stream().map(Path::of).toList());
        }
        List<SourceFile> versions = new ArrayList<>();
        List<Problem> failures = new ArrayList<>();
        for (String origin : origins) {
            try {
                versions.add(read(origin));
            } catch (SourceException e) {
                failures.add(new Problem(List.of(), e.getMessage()));
            }
        }
        // A remote source has no path: the message names it by its URL.
        List<Path> paths = List.of();
        List<Reading.SourcedNote> notes = new ArrayList<>();
        if (!versions.isEmpty()) {
            try {
                notes.add(new Reading.SourcedNote(NoteReader.assemble(versions), paths));
            } catch (SourceException e) {
                failures.add(new Problem(paths, e.getMessage()));
            }
        }
        return new Reading(notes, failures, List.of());
    }

    /**
     * The message the command line prints for a source that failed otherwise than as a bad
     * source (a stack overflow on deep nesting, say).
     *
     * @param origin  the source
     * @param failure what went wrong
     * @return the message
     */
    static String messageOf(String origin, Throwable failure) {
        return Problem.of(isLocal(origin) ? Path.of(origin) : null, failure).message();
    }

    /** @return whether a Beam resource name is a path on this machine's file system */
    static boolean isLocal(String spec) {
        return !spec.matches("^[a-zA-Z][-a-zA-Z0-9+.]*://.*");
    }
}
