package org.secnotes.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.secnotes.core.Inline;
import org.secnotes.core.Note;
import org.secnotes.core.source.NoteReader;
import org.secnotes.core.source.SourceException;
import org.secnotes.core.source.SourceFile;
import org.secnotes.core.source.SpecExamples;

/**
 * Runs the spec-example files under {@code src/test/resources/spec}: each example is a note's
 * front matter (in the public source format) and the header lines the templates must write for
 * it. The expected block's name says which lines it holds: {@code header} all of them in reading
 * order, or one of {@code session}, {@code venue}, {@code agenda}, {@code date}, {@code organ}
 * (the masthead's organ lines), {@code session-block}, {@code title-block}, {@code block},
 * {@code footer}.
 */
class HeaderSpecTest {

    private static final NoteTemplates TEMPLATES = NoteTemplates.standard();
    private static final NoteReader READER = NoteReader.standard();

    /** Fields every example gets unless it sets them, so that examples show only what they test. */
    private static final Map<String, String> DEFAULTS = Map.of(
            "symbol", "CTOC/COP/2018/10",
            "date", "2018-06-18",
            "title", "Title");

    record Example(String file, String name, int line, String front, String expectedKind, String expected) {
        @Override
        public String toString() {
            return file + ": " + name + " (line " + line + ")";
        }
    }

    static Stream<Example> examples() throws IOException {
        List<Example> all = new ArrayList<>();
        // Every file in the spec folder runs: a new spec file cannot be forgotten here.
        List<String> files;
        try (Stream<java.nio.file.Path> listed = java.nio.file.Files.list(java.nio.file.Path.of("src", "test", "resources", "spec"))) {
            files = listed.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
        }
        if (files.size() < 8) {
            throw new IllegalStateException("the header spec files are missing: " + files);
        }
        for (String file : files) {
            all.addAll(load(file));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void templatesWriteTheHeaderAsTheUnPrintsIt(Example example) throws SourceException {
        Map<String, String> fields = new LinkedHashMap<>(DEFAULTS);
        StringBuilder own = new StringBuilder();
        for (String line : example.front().split("\n")) {
            if (!line.startsWith(" ") && line.contains(":")) {
                fields.remove(line.substring(0, line.indexOf(':')).strip());
            }
            own.append(line).append('\n');
        }
        StringBuilder source = new StringBuilder("---\n");
        fields.forEach((key, value) -> source.append(key).append(": ").append(value).append('\n'));
        source.append(own).append("---\n");
        SourceFile file = READER.parse(source.toString(), null);
        Note note = NoteReader.assemble(List.of(file));
        LocalizedNote localized = TEMPLATES.localize(note, file.version().language());
        assertEquals(example.expected().strip(), String.join("\n", lines(localized, example.expectedKind())));
    }

    private static List<String> lines(LocalizedNote note, String kind) {
        List<String> lines = new ArrayList<>();
        switch (kind) {
            case "header":
                lines.addAll(note.headerLines());
                lines.addAll(footer(note));
                break;
            case "session":
                lines.add(String.valueOf(note.sessionBlock().sessionLine()));
                break;
            case "venue":
                lines.add(String.valueOf(note.sessionBlock().venueLine()));
                break;
            case "agenda":
                lines.add(String.valueOf(note.sessionBlock().agendaLine()));
                break;
            case "date":
                lines.add(note.issueBlock().dateOfIssue());
                break;
            case "organ":
                lines.addAll(note.masthead().organ());
                break;
            case "session-block":
                lines.addAll(note.sessionBlock().lines());
                break;
            case "title-block":
                lines.addAll(note.titleBlock().lines());
                break;
            case "block":
                lines.addAll(note.issueBlock().lines());
                break;
            case "footer":
                lines.addAll(footer(note));
                break;
            default:
                throw new IllegalArgumentException("unknown expected block " + kind);
        }
        return lines;
    }

    private static List<String> footer(LocalizedNote note) {
        List<String> lines = new ArrayList<>();
        LocalizedNote.AgendaFootnote agenda = note.body().agendaFootnote();
        if (agenda != null) {
            lines.add(agenda.marker() + " " + Inline.plainText(agenda.text()));
        }
        Optional.ofNullable(note.furniture().jobLine()).ifPresent(lines::add);
        return lines;
    }

    private static List<Example> load(String file) throws IOException {
        List<Example> examples = new ArrayList<>();
        for (SpecExamples.Example example : SpecExamples.load("/spec/" + file)) {
            String front = example.block("note");
            example.blocks().forEach((kind, expected) -> {
                if (!kind.equals("note")) {
                    examples.add(new Example(file, example.name(), example.line(), front, kind, expected));
                }
            });
        }
        return examples;
    }
}
