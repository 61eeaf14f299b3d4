package org.secnotes.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.secnotes.core.Note;
import org.secnotes.core.source.NoteReader;
import org.secnotes.core.source.SourceFile;
import org.secnotes.render.pdf.PdfRenderer;
import org.secnotes.templates.LocalizedNote;
import org.secnotes.templates.NoteTemplates;

/**
 * The layout of every example note and of the long test note, compared with a dump a person has
 * read (src/test/resources/layout/*.txt). The sources are discovered, so a new example note
 * without a golden file fails here instead of going untested. After a deliberate layout change,
 * run with {@code -Dsecnotes.writeGolden=true}, read the diff, and commit it with the reason.
 */
class LayoutGoldenTest {

    /** The example notes live once, in the examples module; tests run from the module's folder. */
    static final Path EXAMPLE_NOTES = Path.of("..", "examples", "notes");
    static final Path LONG_NOTES = Path.of("src", "test", "resources", "pdf");
    static final Path GOLDEN = Path.of("src", "test", "resources", "layout");

    private static final NoteTemplates TEMPLATES = NoteTemplates.standard();
    private static final PdfRenderer RENDERER = PdfRenderer.builder().build();

    @TestFactory
    Stream<DynamicTest> everyNoteLaysOutAsItsGoldenDump() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> examples = Files.list(EXAMPLE_NOTES); Stream<Path> long_ = Files.list(LONG_NOTES)) {
            examples.filter(p -> p.toString().endsWith(".md")).forEach(sources::add);
            long_.filter(p -> p.getFileName().toString().endsWith(".md")).forEach(sources::add);
        }
        sources.sort(null);
        assertTrue(sources.size() >= 6, "the example notes and the long note in two languages: " + sources);
        boolean write = Boolean.getBoolean("secnotes.writeGolden");
        return sources.stream().map(source -> DynamicTest.dynamicTest(source.getFileName().toString(), () -> {
            String stem = source.getFileName().toString().replaceAll("\\.md$", "");
            Path golden = GOLDEN.resolve(stem + ".txt");
            String dump = LayoutDump.of(RENDERER.layout(localized(source)));
            if (write) {
                Files.writeString(golden, dump, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(golden), "no golden layout " + golden + " for " + source
                    + "; run with -Dsecnotes.writeGolden=true and read it");
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), dump, "the layout of " + source);
        }));
    }

    static LocalizedNote localized(Path source) throws Exception {
        SourceFile file = NoteReader.standard().parse(Files.readString(source, StandardCharsets.UTF_8), source);
        Note note = NoteReader.assemble(List.of(file));
        return TEMPLATES.localize(note, file.version().language());
    }
}
