package org.secnotes.core.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.secnotes.core.Body;
import org.secnotes.core.Language;
import org.secnotes.core.Note;
import org.secnotes.core.NoteMetadata;
import org.secnotes.core.NoteVersion;

/**
 * Reads note sources: one Markdown file per language version, named {@code <name>.<lang>.md},
 * with a YAML front matter. The format is described in the project's README.
 *
 * <p>A source can come from a file, or as bytes or text with an origin name from a caller that
 * has no file (Apache Beam, standard input); all three go through the same checks and give the
 * same messages. Reading one source does work that grows at most slightly faster than its size,
 * within the bounds of {@link SourceLimits}; a source that exhausts the stack or the heap anyway
 * fails as that source's {@link SourceException}.
 *
 * <p>Immutable and thread-safe: one reader serves any number of threads.
 */
public final class NoteReader {

    /** Larger files are refused before they are read: no note comes near it, and it bounds memory. */
    public static final long MAX_FILE_BYTES = SourceLimits.MAX_BYTES;

    private final BodyReader bodyReader = new BodyReader();

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
        Objects.requireNonNull(file, "file");
        Origin origin = Origin.of(file);
        byte[] bytes;
        try {
            long size = Files.size(file);
            checkSize(origin, size);
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw origin.error(0, null, "cannot be read: " + e);
        } catch (OutOfMemoryError e) {
            throw outOfMemory(origin);
        }
        return read(origin, bytes);
    }

    /**
     * Reads one source given as bytes, for a caller that has no file (Apache Beam, standard
     * input). The checks and messages are those of {@link #read(Path)}: size, UTF-8, binary.
     *
     * @param origin  what the source is called in messages, such as {@code gs://notes/cop.en.md};
     *                its last segment is checked against the language like a file name
     * @param content the source's bytes
     * @return the metadata and the language version it holds; its path is {@code null}
     * @throws SourceException if the bytes are not a valid source
     */
    public SourceFile read(String origin, byte[] content) throws SourceException {
        Objects.requireNonNull(content, "content");
        return read(Origin.named(origin), content);
    }

    /**
     * Reads one source given as text, with an origin name for messages.
     *
     * @param origin what the source is called in messages, or {@code null} for {@code <text>}
     * @param text   the whole source, front matter and body
     * @return the metadata and the language version it holds; its path is {@code null}
     * @throws SourceException if the text is not a valid source
     */
    public SourceFile readText(String origin, String text) throws SourceException {
        Objects.requireNonNull(text, "text");
        return guarded(Origin.named(origin), text);
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
        Objects.requireNonNull(text, "text");
        return guarded(Origin.of(origin), text);
    }

    private SourceFile read(Origin origin, byte[] bytes) throws SourceException {
        checkSize(origin, bytes.length);
        for (byte b : bytes) {
            if (b == 0) {
                throw origin.error(0, null, "this is a binary file (it holds a NUL byte); expected UTF-8 Markdown text");
            }
        }
        String text;
        try {
            // The String constructor decodes in one copy (none to speak of for ASCII), where a
            // decoder fills a buffer that toString copies again. It replaces what is not UTF-8
            // with U+FFFD: a text holding one is decoded again strictly, which refuses it or,
            // if the source does hold that character, gives the same text.
            text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0) {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            }
        } catch (CharacterCodingException e) {
            throw origin.error(0, null, "the file is not UTF-8 text; expected UTF-8 Markdown");
        } catch (OutOfMemoryError e) {
            // The text takes twice the bytes' room: with little heap, decoding is where it runs out.
            throw outOfMemory(origin);
        }
        return guarded(origin, text);
    }

    private static void checkSize(Origin origin, long size) throws SourceException {
        if (size > SourceLimits.MAX_BYTES) {
            throw origin.error(0, null, "the file has " + size + " bytes; a source may have at most " + SourceLimits.MAX_BYTES);
        }
    }

    /**
     * Parses, turning an exhausted stack or heap into this source's error: the limits keep both
     * far away, and should one be missed, one source must still never fail a batch with a bare
     * JVM error that names no file.
     */
    private SourceFile guarded(Origin origin, String text) throws SourceException {
        try {
            return parse(origin, text);
        } catch (StackOverflowError e) {
            throw origin.error(0, null, "the source nests too deeply to read; expected block quotes, lists,"
                    + " emphasis and YAML nested a few levels at most");
        } catch (OutOfMemoryError e) {
            throw outOfMemory(origin);
        }
    }

    private static SourceException outOfMemory(Origin origin) {
        return origin.error(0, null, "the memory ran out while reading this source; expected a source far"
                + " below " + SourceLimits.MAX_BYTES + " bytes, or give Java more memory (-Xmx)");
    }

    private SourceFile parse(Origin origin, String text) throws SourceException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw origin.error(0, null, "the file is empty; expected a front matter between two '---' lines, then the body");
        }
        if (text.indexOf('\0') >= 0) {
            throw origin.error(0, null, "the text holds a NUL character; expected Markdown text");
        }
        List<String> warnings = new ArrayList<>();
        SourceLines.Parts parts = SourceLines.cut(SourceLines.normalized(TextGuard.clean(text, origin, 1, warnings)), origin);
        FrontMatter front = FrontMatter.parse(parts.yaml(), origin, 2, warnings);

        NoteMetadata metadata = MetadataReader.metadata(front);
        Language language = MetadataReader.language(front, SourceField.LANGUAGE);
        SourceLines.checkName(origin, language, front.line(SourceField.LANGUAGE));

        String agendaTitle = null;
        if (front.has(SourceField.AGENDA)) {
            agendaTitle = front.nested(SourceField.AGENDA).optional(SourceField.AGENDA_TITLE).orElse(null);
        }
        String subtitle = front.optional(SourceField.SUBTITLE).orElse(null);
        String title = front.required(SourceField.TITLE);
        Body body = bodyReader.read(parts.body(), origin, parts.bodyFirstLine(), warnings);
        NoteVersion version = new NoteVersion(language, front.list(SourceField.ORGAN), agendaTitle, title, subtitle, body,
                MetadataReader.sessionStyle(front), MetadataReader.jobDates(front, metadata));
        return new SourceFile(origin.name(), origin.file(), metadata, version, warnings);
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
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no versions to assemble");
        }
        SourceFile first = versions.get(0);
        // Every pair of files in one language is named, not only a pair with the first file.
        java.util.Map<Language, SourceFile> byLanguage = new java.util.EnumMap<>(Language.class);
        byLanguage.put(first.version().language(), first);
        for (SourceFile other : versions.subList(1, versions.size())) {
            SourceFile same = byLanguage.putIfAbsent(other.version().language(), other);
            if (same != null) {
                throw new SourceException(other.origin(), other.path(), 0, "language", same.displayName() + " and "
                        + other.displayName() + " are both in " + same.version().language().code()
                        + "; expected one file per language");
            }
            var difference = MetadataDifference.between(first.metadata(), other.metadata());
            if (difference.isPresent()) {
                MetadataDifference d = difference.get();
                throw new SourceException(other.origin(), other.path(), 0, d.field(), first.displayName() + " and "
                        + other.displayName() + " disagree on " + d.field() + ": " + d.first() + " vs " + d.second()
                        + "; the language versions of one note must agree on it");
            }
        }
        List<NoteVersion> all = new ArrayList<>();
        for (SourceFile version : versions) {
            all.add(version.version());
        }
        return new Note(first.metadata(), all);
    }
}
