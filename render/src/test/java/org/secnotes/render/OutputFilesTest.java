package org.secnotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    void aNewFileFollowsTheUmaskAndAReplacedFileKeepsItsPermissions() throws IOException {
        assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"));
        Path reference = Files.createFile(folder.resolve("made-by-anyone"));
        Path target = folder.resolve("sub/note.en.md");
        OutputFiles.writeAtomically(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(target),
                "a new output gets what the umask gives any new file");

        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        OutputFiles.writeAtomically(target, out -> out.write("newer".getBytes(StandardCharsets.UTF_8)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)),
                "a restricted note stays restricted when it is written again");
    }

    @Test
    void aSetOfFilesIsWrittenWholeOrNotAtAll() throws IOException {
        Path markdown = folder.resolve("A_1.en.md");
        Path pdf = folder.resolve("A_1.en.pdf");
        Files.writeString(markdown, "old", StandardCharsets.UTF_8);
        Map<Path, OutputFiles.Content> files = new LinkedHashMap<>();
        files.put(markdown, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        files.put(pdf, out -> {
            throw new IOException("no font draws U+E000");
        });
        assertThrows(IOException.class, () -> OutputFiles.writeAllOrNone(files));
        assertEquals("old", Files.readString(markdown, StandardCharsets.UTF_8), "the Markdown is not replaced");
        assertEquals(List.of("A_1.en.md"), names(), "no PDF, no temporary file");
    }

    @Test
    void theTemporaryNameFitsWhereverTheTargetFits() throws IOException {
        // 255 bytes is the longest name ext4, XFS, btrfs and APFS allow; the target uses all of them.
        String longName = "A_" + "X".repeat(255 - "A_.en.pdf".length()) + ".en.pdf";
        Path target = folder.resolve(longName);
        OutputFiles.writeAtomically(target, out -> out.write(1));
        assertEquals(List.of(longName), names());
    }

    @Test
    void sweepRemovesWhatADeadRunLeftButNotTheFilesOfALiveOne() throws IOException {
        long live = ProcessHandle.current().pid();
        Path ours = Files.createFile(folder.resolve(".secnotes-" + live + "-1.part"));
        Path dead = Files.createFile(folder.resolve(".secnotes-" + Integer.MAX_VALUE + "-7.part"));
        Path earlier = Files.createFile(folder.resolve(".CTOC_COP_2018_10.es.pdf4719377717.part"));
        Path someoneElses = Files.createFile(folder.resolve(".notes.part"));
        assertEquals(List.of(dead, earlier).stream().sorted().collect(Collectors.toList()),
                OutputFiles.sweep(folder).stream().sorted().collect(Collectors.toList()));
        assertTrue(Files.exists(ours));
        assertTrue(Files.exists(someoneElses));
    }
}
