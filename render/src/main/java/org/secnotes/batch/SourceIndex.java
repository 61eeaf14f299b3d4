package org.secnotes.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** @return the lines from the opening {@code ---} to the closing one, or {@code null} if there are none */
    private static String frontMatter(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            StringBuilder text = new StringBuilder();
            String line = in.readLine();
            if (line == null || !line.replace("\uFEFF", "").strip().equals("---")) {
                return null;
            }
            text.append(line).append('\n');
            while ((line = in.readLine()) != null && text.length() < MAX_FRONT_MATTER_CHARS) {
                text.append(line).append('\n');
                String stripped = line.strip();
                if (stripped.equals("---") || stripped.equals("...")) {
                    return text.toString();
                }
            }
            return null;
        }
    }
}
