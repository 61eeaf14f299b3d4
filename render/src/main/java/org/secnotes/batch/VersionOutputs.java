package org.secnotes.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.secnotes.Problem;
import org.secnotes.Reading;
import org.secnotes.SecNotes;
import org.secnotes.core.DocumentSymbol;
import org.secnotes.core.Language;
import org.secnotes.core.Note;
import org.secnotes.render.OutputFiles;
import org.secnotes.render.OutputFormat;

/**
 * The outputs of one language version, rendered into memory and not yet written: every
 * requested format, or the failure that keeps all of them from being written.
 *
 * @param files    the output files, one per format
 * @param bytes    the rendered bytes of each file, empty if the version failed
 * @param sources  the note's source files
 * @param failure  why none of the files may be written, or {@code null}
 */
record VersionOutputs(List<Path> files, Map<Path, byte[]> bytes, List<Path> sources, Problem failure) {

    /** @return what writes each file */
    Map<Path, OutputFiles.Content> contents() {
        Map<Path, OutputFiles.Content> contents = new LinkedHashMap<>();
        bytes.forEach((file, data) -> contents.put(file, out -> out.write(data)));
        return contents;
    }

    /**
     * The failure of this version, naming its outputs and sources.
     *
     * @param reason why, in words
     * @return the problem
     */
    Problem failed(String reason) {
        String names = files.stream().map(f -> f.getFileName().toString()).collect(Collectors.joining(" and "));
        String from = sources.stream().map(Path::toString).collect(Collectors.joining(", "));
        return new Problem(sources, names + " (from " + from + "): " + reason
                + (files.size() > 1 ? "; none of them was written" : ""));
    }

    /** The output files of one version, one per format. */
    static List<Path> targets(Path folder, DocumentSymbol symbol, Language language, Set<OutputFormat> formats) {
        List<Path> targets = new ArrayList<>();
        for (OutputFormat format : formats) {
            targets.add(folder.resolve(symbol.fileStem() + "." + language.code() + "." + format.extension()));
        }
        return targets;
    }

    /**
     * Reads a note's versions and renders every requested version in every requested format.
     *
     * @param versions where each version's outputs go
     * @param failures where the note's source failures go
     * @param warnings where the reader's warnings and missing languages go
     */
    static void prepare(SecNotes secnotes, SourceIndex.Group group, Set<Language> languages,
            Set<OutputFormat> formats, Path folder, List<VersionOutputs> versions, List<Problem> failures,
            List<Problem> warnings) {
        Reading reading = secnotes.readAll(group.paths());
        warnings.addAll(reading.warnings());
        failures.addAll(reading.failures());
        if (!failures.isEmpty()) {
            return;
        }
        for (Reading.SourcedNote sourced : reading.notes()) {
            Note note = sourced.note();
            for (Language language : note.languages()) {
                if (languages.contains(language)) {
                    versions.add(render(secnotes, sourced, language, formats, folder));
                }
            }
            if (languages.size() < Language.values().length) {
                for (Language language : languages) {
                    if (note.version(language).isEmpty()) {
                        warnings.add(new Problem(sourced.sources(), note.metadata().primarySymbol() + " has no "
                                + language.code() + " version; skipped"));
                    }
                }
            }
        }
    }

    private static VersionOutputs render(SecNotes secnotes, Reading.SourcedNote sourced, Language language,
            Set<OutputFormat> formats, Path folder) {
        Note note = sourced.note();
        List<Path> files = targets(folder, note.metadata().primarySymbol(), language, formats);
        Map<Path, byte[]> bytes = new LinkedHashMap<>();
        int i = 0;
        for (OutputFormat format : formats) {
            Path file = files.get(i++);
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                secnotes.render(note, language, format, out);
                bytes.put(file, out.toByteArray());
            } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
                VersionOutputs failed = new VersionOutputs(files, Map.of(), sourced.sources(), null);
                String reason = (files.size() > 1 ? "the " + format.extension() + " output failed: " : "")
                        + Problem.describe(e);
                return new VersionOutputs(files, Map.of(), sourced.sources(), failed.failed(reason));
            }
        }
        return new VersionOutputs(files, bytes, sourced.sources(), null);
    }
}
