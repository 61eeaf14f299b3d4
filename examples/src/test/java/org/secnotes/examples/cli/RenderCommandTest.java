package org.secnotes.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch command as a user runs it on a folder of sources. */
class RenderCommandTest {

    private static final Path EXAMPLES = Path.of("notes");

    @TempDir
    Path temp;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = SecNotesCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void rendersEveryLanguageAndFormatOfTheExampleNote() throws IOException {
        Path out = temp.resolve("out");
        Run run = run("render", EXAMPLES.resolve("cop-working-groups.en.md").toString(),
                EXAMPLES.resolve("cop-working-groups.es.md").toString(), "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("CTOC_COP_2018_10.en.md", "CTOC_COP_2018_10.en.pdf",
                "CTOC_COP_2018_10.es.md", "CTOC_COP_2018_10.es.pdf"), filesIn(out));
        String spanish = Files.readString(out.resolve("CTOC_COP_2018_10.es.md"), StandardCharsets.UTF_8);
        assertTrue(spanish.contains("Distr. general"), spanish);
        assertTrue(run.out().contains("4 of 4 outputs written"), run.out());
    }

    @Test
    void rendersTheArabicAndChineseVersionsOfTheExampleNoteWithNoFontOption() throws IOException {
        // The CLI carries secnotes-fonts: Arabic and Chinese PDFs need nothing installed.
        Path out = temp.resolve("out");
        Run run = run("render", EXAMPLES.resolve("cop-working-groups.ar.md").toString(),
                EXAMPLES.resolve("cop-working-groups.zh.md").toString(), "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("CTOC_COP_2018_10.ar.md", "CTOC_COP_2018_10.ar.pdf",
                "CTOC_COP_2018_10.zh.md", "CTOC_COP_2018_10.zh.pdf"), filesIn(out));
        String arabic = Files.readString(out.resolve("CTOC_COP_2018_10.ar.md"), StandardCharsets.UTF_8);
        assertTrue(arabic.contains("\nالدورة التاسعة\n") && arabic.contains("\nفيينا، 15-19 تشرين الأول/أكتوبر 2018\n"), arabic);
        assertTrue(arabic.contains("\n\n2 - وفي القرار 7/1"), "each numbered paragraph apart: " + arabic);
        String chinese = Files.readString(out.resolve("CTOC_COP_2018_10.zh.md"), StandardCharsets.UTF_8);
        assertTrue(chinese.contains("\n第九届会议\n") && chinese.contains("\n2018年10月15日至19日，维也纳\n"), chinese);
    }

    @Test
    void filtersLanguagesAndFormats() throws IOException {
        Path out = temp.resolve("out");
        Run run = run("render", EXAMPLES.toString(), "--lang", "es", "--format", "md", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(filesIn(out).stream().allMatch(name -> name.endsWith(".es.md")), filesIn(out).toString());
        assertTrue(filesIn(out).contains("CTOC_COP_2018_10.es.md"));
    }

    @Test
    void aBadSourceIsReportedWithItsLineAndTheRestStillRender() throws IOException {
        Path sources = temp.resolve("sources");
        Files.createDirectories(sources);
        for (String name : List.of("cop-working-groups.en.md", "cop-working-groups.es.md")) {
            Files.copy(EXAMPLES.resolve(name), sources.resolve(name));
        }
        Files.writeString(sources.resolve("broken.en.md"), String.join("\n",
                "---",
                "symbol: A/80/1",
                "distribution: general",
                "date: 2025-02-30",
                "language: en",
                "original: en",
                "title: A note with an impossible date",
                "---",
                "1. Text.",
                ""), StandardCharsets.UTF_8);
        Path out = temp.resolve("out");

        Run run = run("render", sources.toString(), "--out", out.toString());

        assertEquals(1, run.status(), "one source failed, so the run fails");
        assertTrue(run.err().contains("broken.en.md:4"), run.err());
        assertTrue(run.err().contains("date"), run.err());
        assertEquals(List.of("CTOC_COP_2018_10.en.md", "CTOC_COP_2018_10.en.pdf",
                "CTOC_COP_2018_10.es.md", "CTOC_COP_2018_10.es.pdf"), filesIn(out),
                "the good note renders, nothing is written for the bad one, no temporary file is left");
        assertTrue(run.out().contains("; 1 source failed, 0 outputs failed, 0 warnings"), run.out());
    }

    @Test
    void aMissingInputFailsTheRunButNotTheOthers() throws IOException {
        Path out = temp.resolve("out");
        Run run = run("render", temp.resolve("nowhere").toString(),
                EXAMPLES.resolve("cop-working-groups.es.md").toString(), "--format", "md", "--out", out.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("error: " + temp.resolve("nowhere") + ": no such file or folder"), run.err());
        assertEquals(List.of("CTOC_COP_2018_10.es.md"), filesIn(out));
    }

    @Test
    void aNoteThatCannotBeLocalizedNamesItsOutputAndItsSource() throws IOException {
        Path source = temp.resolve("unknown-organ.en.md");
        Files.writeString(source, String.join("\n",
                "---",
                "symbol: XYZ/1/2",
                "date: 2025-01-01",
                "language: en",
                "original: en",
                "title: An organ the registry does not know",
                "---",
                "1. Text.",
                ""), StandardCharsets.UTF_8);
        Path out = temp.resolve("out");
        Run run = run("render", source.toString(), "--format", "md", "--out", out.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("error: XYZ_1_2.en.md (from " + source + "): the organ of XYZ/1/2 is not in the registry;"
                + " give it in the source as 'organ:'"), run.err());
        assertFalse(Files.exists(out.resolve("XYZ_1_2.en.md")));
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        Run run = run("render", EXAMPLES.toString(), "--lang", "de", "--out", temp.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("'de' is not an official language"), run.err());
        assertFalse(run.err().isBlank());
    }
}
