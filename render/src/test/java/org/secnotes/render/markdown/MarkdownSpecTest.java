package org.secnotes.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.secnotes.core.Note;
import org.secnotes.core.source.NoteReader;
import org.secnotes.core.source.SourceFile;
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
        return load("/markdown/rendering.md").stream();
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
        String text;
        try (InputStream in = MarkdownSpecTest.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Example> examples = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        String name = null;
        int nameLine = 0;
        String source = null;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("## ")) {
                name = lines[i].substring(3).strip();
                nameLine = i + 1;
            } else if (lines[i].startsWith("````")) {
                String info = lines[i].substring(4).strip();
                StringBuilder content = new StringBuilder();
                for (i++; i < lines.length && !lines[i].equals("````"); i++) {
                    content.append(lines[i]).append('\n');
                }
                if (info.equals("source")) {
                    source = content.toString();
                } else {
                    examples.add(new Example(name, nameLine, source, content.toString()));
                }
            }
        }
        return examples;
    }
}
