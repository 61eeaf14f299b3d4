package org.secnotes.examples.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The command line parses arguments and reports; the pipeline is the library's (issue 6). */
class LayeringTest {

    private static final List<String> LIBRARY_INSIDES = List.of("org.secnotes.templates", "org.secnotes.render.pdf",
            "org.secnotes.render.markdown", "org.secnotes.core.source");

    @Test
    void theCommandLineImportsNothingFromTheTemplatesThePdfInternalsOrTheSourceReader() throws IOException {
        Path folder = Path.of("src/main/java/org/secnotes/examples/cli");
        List<Path> sources;
        try (Stream<Path> files = Files.list(folder)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.contains(folder.resolve("RenderCommand.java")), "the classes checked: " + sources);
        for (Path source : sources) {
            for (String line : Files.readAllLines(source)) {
                for (String inside : LIBRARY_INSIDES) {
                    assertFalse(line.contains(inside), source.getFileName() + " uses " + inside + ": " + line);
                }
            }
        }
    }
}
