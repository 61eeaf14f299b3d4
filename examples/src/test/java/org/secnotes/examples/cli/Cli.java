package org.secnotes.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Runs the command line in this JVM, as the tests need it. */
final class Cli {

    static final Path EXAMPLES = Path.of("notes");

    private Cli() {
    }

    /** What a run printed and returned. */
    record Run(int status, String out, String err, byte[] stdout) {
    }

    static Run run(String... args) {
        return run(new byte[0], false, args);
    }

    static Run run(byte[] stdin, boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int status = SecNotesCommand.run(new ByteArrayInputStream(stdin), stdout, terminal, new PrintWriter(out),
                new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString(), stdout.toByteArray());
    }

    static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    /** Copies the example notes into a folder, so tests may change them. */
    static Path copyExamples(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            for (Path file : list.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder;
    }

    /**
     * @param prefix the start of the file names, such as {@code cop-working-groups}; empty for all
     * @return how many example sources there are, so that tests do not break when a language is added
     */
    static int examples(String prefix) throws IOException {
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            return (int) list.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(prefix) && n.endsWith(".md")).count();
        }
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
