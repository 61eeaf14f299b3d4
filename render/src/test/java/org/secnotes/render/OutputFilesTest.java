package org.secnotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs appear whole or not at all. */
class OutputFilesTest {

    @TempDir
    Path folder;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Path target = folder.resolve("note.en.md");
        Files.writeString(target, "old", StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> OutputFiles.writeAtomically(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("the renderer failed half way");
        }));
        assertEquals("old", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("note.en.md"), names());
    }

    @Test
    void aWrittenFileIsCompleteAndReadableByOthers() throws IOException {
        Path target = folder.resolve("sub/note.en.md");
        OutputFiles.writeAtomically(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target, StandardCharsets.UTF_8));
        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        }
    }
}
