package org.secnotes.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.secnotes.core.Note;
import org.secnotes.core.source.NoteReader;
import org.secnotes.core.source.SourceFile;
import org.secnotes.core.source.SpecExamples;
import org.secnotes.templates.NoteTemplates;

/**
 * Runs {@code src/test/resources/markdown/*.md}: each example is a source in the public format
 * and the exact Markdown the whole pipeline (reader, templates, renderer) must write for it.
 */
class MarkdownSpecTest {

    private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().build();

    record Example(String name, int line, String source, String markdown) {
        @Override
        public String toString() {
            return name + " (line " + line + ")";
        }
    }

    static Stream<Example> examples() throws IOException {
        // Every file in the spec folder runs: a new spec file cannot be forgotten here.
        List<Example> all = new java.util.ArrayList<>();
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("src", "test", "resources", "markdown"))) {
            for (String file : files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList()) {
                all.addAll(load("/markdown/" + file));
            }
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("no Markdown spec examples found");
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void writesTheExpectedMarkdown(Example example) throws Exception {
        assertEquals(example.markdown(), render(example.source()));
    }

    static String render(String source) throws Exception {
        SourceFile file = NoteReader.standard().parse(source, null);
        Note note = NoteReader.assemble(List.of(file));
        return RENDERER.toMarkdown(NoteTemplates.standard().localize(note, file.version().language()));
    }

    private static List<Example> load(String resource) throws IOException {
        List<Example> examples = new ArrayList<>();
        for (SpecExamples.Example example : SpecExamples.load(resource)) {
            examples.add(new Example(example.name(), example.line(), example.block("source"), example.block("markdown")));
        }
        return examples;
    }
}
