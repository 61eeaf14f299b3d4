package org.secnotes.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.secnotes.examples.cli.Cli.EXAMPLES;
import static org.secnotes.examples.cli.Cli.copyExamples;
import static org.secnotes.examples.cli.Cli.filesIn;
import static org.secnotes.examples.cli.Cli.read;
import static org.secnotes.examples.cli.Cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches that find what the user meant and never destroy input (issue 7), through the command line. */
class BatchInputsTest {

    @TempDir
    Path temp;

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * Runs the command line as a user whom file permissions bind. Root reads and writes every
     * folder because of two capabilities (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so as root
     * (as CI runs) the command runs as its own process without them, through util-linux's
     * {@code setpriv}: the test never skips, and a missing {@code setpriv} fails it.
     */
    private static Cli.Run runBoundByPermissions(String... args) throws IOException, InterruptedException {
        if (!isRoot()) {
            return run(args);
        }
        List<String> command = new java.util.ArrayList<>(List.of("setpriv", "--bounding-set",
                "-dac_override,-dac_read_search", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SecNotesCommand.class.getName()));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new AssertionError("as root this test needs setpriv (util-linux) to drop the capabilities that"
                    + " let root past file permissions: " + e.getMessage(), e);
        }
        process.getOutputStream().close();
        java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return process.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        byte[] out = process.getInputStream().readAllBytes();
        int status = process.waitFor();
        return new Cli.Run(status, new String(out, java.nio.charset.StandardCharsets.UTF_8),
                new String(err.join(), java.nio.charset.StandardCharsets.UTF_8), out);
    }

    @Test
    void renderingIntoTheSourceFolderWorksEveryTime() throws IOException {
        int all = Cli.examples("");
        Path folder = copyExamples(temp.resolve("notes"));
        for (int i = 1; i <= 2; i++) {
            Cli.Run run = run("render", folder.toString(), "--format", "md", "-o", folder.toString());
            assertEquals(0, run.status(), "run " + i + ": " + run.err());
            assertTrue(run.out().contains(all + " of " + all + " outputs written from " + all + " sources"), "run " + i + ": " + run.out());
        }
    }

    @Test
    void anOutputNeverReplacesASourceEvenUnderAnotherSpelling() throws IOException {
        Path folder = temp.resolve("notes");
        Files.createDirectories(folder);
        // The source is named exactly as its output will be.
        Path source = Files.copy(EXAMPLES.resolve("cop-working-groups.en.md"), folder.resolve("CTOC_COP_2018_10.en.md"));
        String before = read(source);
        Path link = Files.createSymbolicLink(temp.resolve("same-folder"), folder);

        Cli.Run run = run("render", source.toString(), "--format", "md", "-o", link.toString());

        assertEquals(1, run.status());
        assertEquals(before, read(source), "the source is untouched");
        assertTrue(run.err().contains("is a source of this run; an output never replaces a source"), run.err());
    }

    @Test
    void theOutputFolderInsideAnInputFolderIsNotReadBack() throws IOException {
        int all = Cli.examples("");
        Path folder = copyExamples(temp.resolve("notes"));
        Path out = folder.resolve("out");
        for (int i = 1; i <= 2; i++) {
            Cli.Run run = run("render", folder.toString(), "--format", "md", "-o", out.toString());
            assertEquals(0, run.status(), run.err());
            assertTrue(run.out().contains("from " + all + " sources"), "run " + i + ": " + run.out());
        }
    }

    @Test
    void hiddenAndBuildFoldersAreSkipped() throws IOException {
        int all = Cli.examples("");
        Path folder = copyExamples(temp.resolve("notes"));
        for (String skipped : List.of(".git", "target", "build")) {
            copyExamples(folder.resolve(skipped));
        }
        Cli.Run run = run("render", folder.toString(), "--format", "md", "-o", temp.resolve("out").toString());
        assertEquals(0, run.status(), "the copies would have made every note a duplicate: " + run.err());
        assertTrue(run.out().contains("from " + all + " sources"), run.out());
    }

    @Test
    void oneFolderSpelledTwiceIsReadOnce() throws IOException {
        int all = Cli.examples("");
        Path folder = copyExamples(temp.resolve("notes"));
        Cli.Run run = run("render", folder.toString(), folder.resolve("../notes/.").toString(),
                folder.resolve("cop-working-groups.en.md").toString(), "--format", "md", "-o",
                temp.resolve("out").toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("from " + all + " sources"), run.out());
    }

    @Test
    void upperCaseMdIsFoundAndItsLanguageChecked() throws IOException {
        Path folder = temp.resolve("notes");
        Files.createDirectories(folder);
        Files.copy(EXAMPLES.resolve("cop-working-groups.es.md"), folder.resolve("COP.ES.MD"));
        Files.copy(EXAMPLES.resolve("peacekeeping-report.en.md"), folder.resolve("PEACE.ES.MD"));
        Cli.Run run = run("render", folder.toString(), "--format", "md", "-o", temp.resolve("out").toString());
        assertEquals(1, run.status());
        assertEquals(List.of("CTOC_COP_2018_10.es.md"), filesIn(temp.resolve("out")));
        // The reader's own check, so the message has the field's line as for any name.
        assertTrue(java.util.regex.Pattern.compile("PEACE\\.ES\\.MD:\\d+: language: the file name says 'es' but the"
                + " field says 'en'").matcher(run.err()).find(), run.err());
    }

    @Test
    void aLinkedFolderIsFollowedAndALoopEnds() throws IOException {
        int all = Cli.examples("");
        Path folder = temp.resolve("notes");
        Files.createDirectories(folder);
        Path elsewhere = copyExamples(temp.resolve("elsewhere"));
        Files.createSymbolicLink(folder.resolve("linked"), elsewhere);
        Files.createSymbolicLink(elsewhere.resolve("back"), folder);
        Cli.Run run = run("render", folder.toString(), "--format", "md", "-o", temp.resolve("out").toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("from " + all + " sources"), run.out());
        assertTrue(run.err().contains("(a loop); not followed again"), run.err());
    }

    @Test
    void aFolderThatCannotBeReadSkipsOnlyItself() throws Exception {
        int all = Cli.examples("");
        Path folder = copyExamples(temp.resolve("notes"));
        Path locked = Files.createDirectories(folder.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Cli.Run run = runBoundByPermissions("render", folder.toString(), "--format", "md", "-o",
                    temp.resolve("out").toString());
            assertEquals(0, run.status(), run.err());
            assertTrue(run.err().contains("warning: " + locked + ": cannot be read (permission denied); skipped"),
                    run.err());
            assertTrue(run.out().contains(all + " of " + all + " outputs written"), run.out());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void inputsThatAreNotSourcesAreNamedWithTheReason() throws Exception {
        Path fifo = temp.resolve("pipe.md");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is needed");
        Path missing = temp.resolve("missing.en.md");
        Cli.Run run = run("render", fifo.toString(), "/dev/zero", missing.toString(), "-o", temp.resolve("out").toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("error: " + fifo + ": is a named pipe (FIFO), not a source file"), run.err());
        assertTrue(run.err().contains("error: /dev/zero: is a character device"), run.err());
        assertTrue(run.err().contains("error: " + missing + ": no such file or folder"), run.err());
        assertTrue(run.out().contains("3 sources failed"), run.out());
    }

    @Test
    void anOutputFolderThatCannotBeUsedIsNamedWithTheReason() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        Cli.Run intoFile = run("render", EXAMPLES.toString(), "-o", file.toString());
        assertEquals(1, intoFile.status());
        assertEquals("error: --out " + file + " is a file, not a folder; name a folder for the outputs\n",
                intoFile.err());

        Path dangling = Files.createSymbolicLink(temp.resolve("dangling"), temp.resolve("gone"));
        Cli.Run intoLink = run("render", EXAMPLES.toString(), "-o", dangling.toString());
        assertEquals(1, intoLink.status());
        assertEquals("error: --out " + dangling + " is a symbolic link to " + temp.resolve("gone")
                + ", which does not exist\n", intoLink.err());

        Cli.Run belowFile = run("render", EXAMPLES.toString(), "-o", file.resolve("sub").toString());
        assertEquals(1, belowFile.status());
        assertEquals("error: --out " + file.resolve("sub") + " cannot be created: " + file
                + " is a file, not a folder\n", belowFile.err());
    }

    @Test
    void anUnwritableOutputFolderIsNamed() throws Exception {
        Path locked = Files.createDirectories(temp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        Cli.Run run = runBoundByPermissions("render", EXAMPLES.toString(), "-o", locked.toString());
        assertEquals(1, run.status());
        assertEquals("error: --out " + locked + " cannot be written: permission denied\n", run.err());
    }

    @Test
    void temporaryFilesAKilledRunLeftAreSweptAndSaidSo() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Path stale = Files.createFile(out.resolve(".secnotes-" + Integer.MAX_VALUE + "-1.part"));
        Path earlier = Files.createFile(out.resolve(".CTOC_COP_2018_10.es.pdf8213.part"));
        Cli.Run run = run("render", EXAMPLES.resolve("cop-working-groups.es.md").toString(), "-o", out.toString());
        assertEquals(0, run.status(), run.err());
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(earlier));
        assertTrue(run.err().contains("a temporary file an interrupted run left; removed"), run.err());
        assertEquals(List.of("CTOC_COP_2018_10.es.md", "CTOC_COP_2018_10.es.pdf"), filesIn(out));
    }

    @Test
    void aGroupingErrorIsReportedOnceAndCountsEveryFile() throws IOException {
        Path folder = copyExamples(temp.resolve("notes"));
        Files.copy(folder.resolve("cop-working-groups.en.md"), folder.resolve("copy.en.md"));
        Cli.Run run = run("render", folder.toString(), "--format", "md", "-o", temp.resolve("out").toString());
        assertEquals(1, run.status());
        assertEquals(1, run.err().lines().filter(l -> l.contains("are both in en")).count(), run.err());
        assertTrue(run.out().contains((Cli.examples("cop-working-groups") + 1) + " sources failed"), run.out());
    }
}
