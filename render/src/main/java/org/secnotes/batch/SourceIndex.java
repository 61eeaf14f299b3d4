package org.secnotes.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.secnotes.Problem;
import org.secnotes.Reading;
import org.secnotes.SecNotes;
import org.secnotes.core.DocumentSymbol;
import org.secnotes.core.Language;
import org.secnotes.core.NoteMetadata;

/**
 * The first pass of a batch: reads only the front matter of each source, to learn which note and
 * language it is, so that the versions of a note can be grouped without holding any body in
 * memory. A source whose front matter cannot be read is read whole, so that its failure is said
 * exactly as the reader says it.
 *
 * <p>Stateless and thread-safe.
 */
final class SourceIndex {

    /** A front matter longer than this is not looked for further: the whole read says why. */
    private static final int MAX_FRONT_MATTER_CHARS = 256 * 1024;

    /** Bytes read at a time while the front matter's end is looked for: most front matters fit in one. */
    private static final int BLOCK = 2048;

    private SourceIndex() {
    }

    /**
     * One source's place in the batch.
     *
     * @param source   the file
     * @param symbol   the note's first symbol
     * @param language the version's language
     */
    record Entry(SourceFinder.Source source, DocumentSymbol symbol, Language language) {
    }

    /**
     * The versions of one note.
     *
     * @param symbol  the first symbol they share
     * @param entries the files, in the order found
     */
    record Group(DocumentSymbol symbol, List<Entry> entries) {
        List<Path> paths() {
            return entries.stream().map(e -> e.source().path()).toList();
        }
    }

    /**
     * What the first pass gave.
     *
     * @param groups   the notes to make, ordered by first symbol
     * @param failures sources that are already known to be bad
     */
    record Index(List<Group> groups, List<Problem> failures) {
    }

    /** A source placed in the batch, or the problem that keeps it out: exactly one is set. */
    private record Outcome(Entry entry, Problem problem) {
    }

    static Index build(SecNotes secnotes, List<SourceFinder.Source> sources) {
        List<Outcome> outcomes = sources.parallelStream().map(source -> place(secnotes, source)).toList();
        Map<String, List<Entry>> bySymbol = new TreeMap<>();
        List<Problem> failures = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome.entry() != null) {
                bySymbol.computeIfAbsent(outcome.entry().symbol().value(), k -> new ArrayList<>()).add(outcome.entry());
            } else {
                failures.add(outcome.problem());
            }
        }
        List<Group> groups = new ArrayList<>();
        bySymbol.values().forEach(entries -> groups.add(new Group(entries.get(0).symbol(), List.copyOf(entries))));
        return new Index(groups, failures);
    }

    private static Outcome place(SecNotes secnotes, SourceFinder.Source source) {
        Path path = source.path();
        Reading reading = null;
        try {
            String front = frontMatter(path);
            if (front != null) {
                reading = secnotes.parse(front, path.toString());
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // Read whole below, which says what is wrong.
        }
        if (reading == null || reading.notes().isEmpty()) {
            reading = secnotes.readAll(List.of(path));
        }
        if (reading.notes().isEmpty()) {
            return new Outcome(null, reading.failures().get(0));
        }
        NoteMetadata metadata = reading.notes().get(0).note().metadata();
        Language language = reading.notes().get(0).note().languages().get(0);
        // The reader has checked the language in the file's name, in any case (COP.ES.MD).
        return new Outcome(new Entry(source, metadata.primarySymbol(), language), null);
    }

    /**
     * The lines from the opening {@code ---} to the closing {@code ---} or {@code ...}, each ended by
     * {@code \n}, or {@code null} if there are none. Lines end as {@code BufferedReader.readLine}
     * has them ({@code \n}, {@code \r} or both); the bytes are read a block at a time and only the
     * front matter's lines are decoded, so that the body is neither decoded nor copied here.
     *
     * @throws IOException if the file cannot be read, or a line of its front matter is not UTF-8
     */
    static String frontMatter(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = new byte[BLOCK];
            int length = 0;
            int lineStart = 0;
            boolean ended = false;
            StringBuilder text = new StringBuilder();
            while (true) {
                int end = lineStart;
                while (end < length && bytes[end] != '\n' && bytes[end] != '\r') {
                    end++;
                }
                // A line is whole once its end is read, and a '\r' once what follows it is known.
                if (!ended && (end == length || (bytes[end] == '\r' && end + 1 == length))) {
                    if (length == bytes.length) {
                        bytes = Arrays.copyOf(bytes, bytes.length * 2);
                    }
                    int read = in.read(bytes, length, bytes.length - length);
                    if (read < 0) {
                        ended = true;
                    } else {
                        length += read;
                    }
                    continue;
                }
                if (end == lineStart && end == length) {
                    return null;
                }
                String line = decode(bytes, lineStart, end);
                String stripped = line.strip();
                if (text.length() == 0) {
                    if (!line.replace("\uFEFF", "").strip().equals("---")) {
                        return null;
                    }
                } else if (text.length() >= MAX_FRONT_MATTER_CHARS) {
                    return null;
                }
                boolean first = text.length() == 0;
                text.append(line).append('\n');
                if (!first && (stripped.equals("---") || stripped.equals("..."))) {
                    return text.toString();
                }
                lineStart = end < length && bytes[end] == '\r' && end + 1 < length && bytes[end + 1] == '\n'
                        ? end + 2 : end + 1;
                if (end == length) {
                    return null;
                }
            }
        }
    }

    /** @return the line's characters; a byte sequence that is not UTF-8 is refused, as a reader would */
    private static String decode(byte[] bytes, int from, int to) throws CharacterCodingException {
        String line = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        if (line.indexOf('\uFFFD') >= 0) {
            // Either the source holds U+FFFD, which decodes the same strictly, or it is not UTF-8.
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from));
        }
        return line;
    }
}
