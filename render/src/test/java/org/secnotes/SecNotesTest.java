package org.secnotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secnotes.core.Language;
import org.secnotes.render.OutputFormat;

/** The facade's reading side: many files at once, text with an origin, the warm-up. */
class SecNotesTest {

    private static final SecNotes SECNOTES = SecNotes.standard();

    @TempDir
    Path temp;

    private static String source(String symbol, String language, String body) {
        return String.join("\n", "---", "symbol: " + symbol, "date: 2025-01-01", "language: " + language,
                "original: en", "organ: General Assembly", "title: A title", "---", body, "");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void readAllGroupsVersionsByFirstSymbolAndKeepsFailuresAndWarnings() throws IOException {
        Path en = write("a.en.md", source("A/1/1", "en", "1. Text.\n\n<div>raw</div>"));
        Path fr = write("a.fr.md", source("A/1/1", "fr", "1. Texte."));
        Path other = write("b.en.md", source("A/1/2", "en", "1. Text."));
        Path bad = write("c.en.md", source("A/1/3", "en", "1. Text.").replace("2025-01-01", "2025-02-30"));

        Reading reading = SECNOTES.readAll(List.of(other, fr, bad, en));

        assertEquals(2, reading.notes().size());
        Reading.SourcedNote first = reading.notes().get(0);
        assertEquals("A/1/1", first.note().metadata().primarySymbol().value());
        assertEquals(List.of(Language.EN, Language.FR), first.note().languages());
        assertEquals(List.of(fr, en), first.sources());
        assertEquals(1, reading.failures().size());
        assertTrue(reading.failures().get(0).message().startsWith(bad + ":"), reading.failures().toString());
        assertEquals(1, reading.warnings().size(), "the reader's warning reaches the caller");
        assertTrue(reading.warnings().get(0).message().startsWith(en + ": line "), reading.warnings().toString());
    }

    @Test
    void versionsThatDisagreeFailOnceNamingEveryFile() throws IOException {
        Path en = write("a.en.md", source("A/1/1", "en", "1. Text."));
        Path fr = write("a.fr.md", source("A/1/1", "fr", "1. Texte.").replace("2025-01-01", "2025-01-02"));
        Reading reading = SECNOTES.readAll(List.of(en, fr));
        assertEquals(List.of(), reading.notes());
        assertEquals(1, reading.failures().size());
        assertEquals(List.of(en, fr), reading.failures().get(0).sources());
    }

    @Test
    void textIsReadUnderTheNameItIsGiven() {
        Reading good = SECNOTES.parse(source("A/1/1", "en", "1. Text."), "<stdin>");
        assertEquals(1, good.notes().size());
        Reading bad = SECNOTES.parse(source("A/1/1", "en", "1. Text."), "note.fr.md");
        assertTrue(bad.failures().get(0).message().startsWith("note.fr.md:"), "the name is checked and named: "
                + bad.failures());
    }

    @Test
    void theWarmUpGoesThroughTheRealPipelineAndTheNextNoteRendersTheSame() throws IOException {
        Reading reading = SECNOTES.parse(source("A/1/1", "en", "1. Text."), "a.en.md");
        ByteArrayOutputStream before = new ByteArrayOutputStream();
        SecNotes.standard().render(reading.notes().get(0).note(), Language.EN, OutputFormat.MARKDOWN, before);
        SecNotes warmed = SecNotes.standard();
        warmed.warmUp();
        ByteArrayOutputStream after = new ByteArrayOutputStream();
        warmed.render(reading.notes().get(0).note(), Language.EN, OutputFormat.MARKDOWN, after);
        assertEquals(before.toString(StandardCharsets.UTF_8), after.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anInstanceBuiltWhileWarmingUpHandsTheLocalizingToTheExecutorAndRendersAsTheStandardOne() throws IOException {
        Reading reading = SECNOTES.parse(source("A/1/1", "en", "1. Text.[^1]\n\n[^1]: A footnote."), "a.en.md");
        var note = reading.notes().get(0).note();
        List<Runnable> handed = new ArrayList<>();
        SecNotes warming = SecNotes.standard(note, handed::add);
        assertEquals(1, handed.size(), "the localizing is the executor's to run, not the builder's");
        handed.get(0).run();
        warming.warmUp(note, Set.of(OutputFormat.PDF));
        for (OutputFormat format : OutputFormat.values()) {
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            SECNOTES.render(note, Language.EN, format, expected);
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            warming.render(note, Language.EN, format, actual);
            assertArrayEquals(expected.toByteArray(), actual.toByteArray(), format.toString());
        }
    }
}
