package org.secnotes.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secnotes.examples.cli.Cli.EXAMPLES;
import static org.secnotes.examples.cli.Cli.filesIn;
import static org.secnotes.examples.cli.Cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's own manners: usage errors, version, help, completion, progress and summary. */
class CommandLineTest {

    @TempDir
    Path temp;

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    @Test
    void aMisspelledOptionIsReportedAsUnknownInOneLineWithAHint() {
        Cli.Run run = run("render", EXAMPLES.toString(), "--outt", temp.toString());
        assertEquals(2, run.status());
        assertEquals(List.of("secnotes render: unknown option '--outt' (did you mean --out?)",
                "Try 'secnotes render --help' for more information."), lines(run.err()));
    }

    @Test
    void aMissingOutIsOneLineNamingTheOption() {
        Cli.Run run = run("render", EXAMPLES.toString());
        assertEquals(2, run.status());
        assertEquals(2, lines(run.err()).size(), run.err());
        assertTrue(run.err().startsWith("secnotes render: Missing required option '--out=<dir>'"), run.err());
    }

    @Test
    void aBadLanguageIsSaidInWordsNotJavas() {
        Cli.Run run = run("render", EXAMPLES.toString(), "--lang", "de", "-o", temp.toString());
        assertEquals(2, run.status());
        assertEquals(2, lines(run.err()).size(), run.err());
        assertTrue(run.err().contains("--lang"), run.err());
        assertTrue(run.err().contains("'de' is not an official language"), run.err());
        assertFalse(run.err().contains("java."), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void theVersionIsTheBuildsVersion() {
        Cli.Run run = run("--version");
        assertEquals(0, run.status());
        assertTrue(Pattern.matches("secnotes \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R", run.out()), run.out());
    }

    @Test
    void helpIsASubcommand() {
        Cli.Run run = run("help", "render");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("Usage: secnotes render"), run.out());
        assertTrue(run.out().contains("-o, --out=<dir>"), run.out());
    }

    @Test
    void completionIsGeneratedFromTheCommandModel() {
        Cli.Run run = run("generate-completion");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("complete -F"), "a bash/zsh completion script");
        assertTrue(run.out().contains("--time-budget"), "knows the render command's options");
        assertTrue(run("--help").out().contains("generate-completion"), "and is listed in the help");
    }

    @Test
    void theManPageIsGeneratedFromTheCommandModel() throws IOException {
        Cli.Run run = run("gen-manpage", "-d", temp.toString());
        assertEquals(0, run.status(), run.err());
        String page = Files.readString(temp.resolve("secnotes-render.adoc"));
        assertTrue(page.contains(":doctype: manpage"), "AsciiDoc man page source");
        assertTrue(page.contains("*-o*, *--out*=_<dir>_"), page);
    }

    @Test
    void shortOutAndCorrectPlurals() throws IOException {
        Path out = temp.resolve("out");
        Cli.Run run = run("render", EXAMPLES.resolve("cop-working-groups.es.md").toString(), "--format", "md",
                "-o", out.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("CTOC_COP_2018_10.es.md"), filesIn(out));
        assertTrue(Pattern.compile("secnotes: 1 of 1 output written from 1 source in [\\d.]+ s; 0 sources failed,"
                + " 0 outputs failed, 0 warnings").matcher(run.out()).find(), run.out());
    }

    @Test
    void theSummaryStartsItsOwnLineAfterTheProgressBar() throws IOException {
        int all = Cli.examples("");
        // One writer for both streams, as a terminal shows them.
        java.io.StringWriter screen = new java.io.StringWriter();
        java.io.PrintWriter both = new java.io.PrintWriter(screen);
        int status = SecNotesCommand.run(java.io.InputStream.nullInputStream(), java.io.OutputStream.nullOutputStream(),
                true, both, both, "render", EXAMPLES.toString(), "--format", "md", "-o", temp.toString());
        assertEquals(0, status, screen.toString());
        List<String> lines = lines(screen.toString());
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("secnotes: " + all + " of " + all + " outputs written"), screen.toString());
        String bar = lines.get(lines.size() - 2);
        assertTrue(bar.endsWith("] " + all + "/" + all), "the finished bar stays on the line above: " + bar);
    }

    @Test
    void standardInputToStandardOutputGivesTheSameBytesAsTheFile() throws IOException {
        Path source = EXAMPLES.resolve("cop-working-groups.es.md");
        Cli.Run piped = Cli.run(Files.readAllBytes(source), false, "render", "-", "--format", "md", "--out", "-");
        assertEquals(0, piped.status(), piped.err());
        assertEquals("", piped.out(), "standard output carries the document and nothing else");
        Cli.Run filed = run("render", source.toString(), "--format", "md", "-o", temp.toString());
        assertEquals(0, filed.status(), filed.err());
        assertArrayEquals(Files.readAllBytes(temp.resolve("CTOC_COP_2018_10.es.md")), piped.stdout());
    }

    @Test
    void standardInputToAFolder() throws IOException {
        Path source = EXAMPLES.resolve("cop-working-groups.en.md");
        Cli.Run run = Cli.run(Files.readAllBytes(source), false, "render", "-", "-o", temp.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("CTOC_COP_2018_10.en.md", "CTOC_COP_2018_10.en.pdf"), filesIn(temp));
    }

    @Test
    void aBadSourceOnStandardInputIsNamedAsSuch() {
        Cli.Run run = Cli.run("---\nsymbol: A/1/1\n---\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), false,
                "render", "-", "--format", "md", "--out", "-");
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("error: <stdin>:"), run.err());
        assertEquals(0, run.stdout().length);
    }

    @Test
    void standardOutputTakesOneOutputOnly() {
        Cli.Run run = run("render", "-", "--out", "-");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("--out - writes a single output"), run.err());
    }
}
