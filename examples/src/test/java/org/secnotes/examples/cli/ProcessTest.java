package org.secnotes.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as its own process: signals, and a working folder of its own. */
class ProcessTest {

    @TempDir
    Path temp;

    private static ProcessBuilder secnotes(Path workingFolder, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SecNotesCommand.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workingFolder.toFile());
    }

    /**
     * Many notes, so that the run is still going when it is stopped: the signal goes out when the
     * first file is written, and a fast or a loaded machine alike is then far from the end.
     */
    private static final int NOTES = 400;

    /** Writes {@code count} versions of the example note, each with its own symbol. */
    private Path manyNotes(int count) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("notes"));
        String text = Cli.read(Cli.EXAMPLES.resolve("cop-working-groups.en.md"));
        for (int i = 1; i <= count; i++) {
            Files.writeString(folder.resolve("note-" + i + ".en.md"),
                    text.replace("symbol: CTOC/COP/2018/10", "symbol: CTOC/COP/2018/" + i), StandardCharsets.UTF_8);
        }
        return folder;
    }

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"INT", "TERM"})
    void aStoppedRunLeavesNoTemporaryFile(String signal) throws Exception {
        Path notes = manyNotes(NOTES);
        Path out = temp.resolve("out");
        Process process = secnotes(temp, "render", notes.toString(), "--format", "pdf", "-o", out.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String first = lines.readLine();
            assertTrue(first != null && first.startsWith("wrote "), "the run got going: " + first);
            assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor());
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "it stops");
        } finally {
            process.destroyForcibly();
        }
        try (Stream<Path> files = Files.list(out)) {
            List<Path> left = files.toList();
            assertTrue(left.size() < NOTES, "stopped before the end: " + left.size());
            for (Path file : left) {
                assertTrue(file.getFileName().toString().matches("CTOC_COP_2018_\\d+\\.en\\.pdf"), "left: " + file);
                byte[] bytes = Files.readAllBytes(file);
                String tail = new String(bytes, bytes.length - 7, 7, StandardCharsets.ISO_8859_1);
                assertTrue(tail.contains("%%EOF"), file + " is whole");
            }
        }
    }

    @Test
    void aFileWhoseNameStartsWithADashIsAFile() throws Exception {
        Files.copy(Cli.EXAMPLES.resolve("cop-working-groups.es.md"), temp.resolve("-nota.es.md"));
        Process process = secnotes(temp, "render", "-nota.es.md", "--format", "md", "-o", "out")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertTrue(Files.exists(temp.resolve("out/CTOC_COP_2018_10.es.md")), output);
    }
}
