package org.secnotes.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.secnotes.core.AgendaStage;
import org.secnotes.core.Block;
import org.secnotes.core.Distribution;
import org.secnotes.core.Inline;
import org.secnotes.core.Language;
import org.secnotes.core.Note;
import org.secnotes.core.NoteKind;
import org.secnotes.core.NoteMetadata;
import org.secnotes.core.SessionStyle;

/** Reading the example note from files, joining its versions, and file-level bad input. */
class NoteReaderTest {

    private static final NoteReader READER = NoteReader.standard();

    @TempDir
    Path temp;

    private static Path example(String name) throws URISyntaxException {
        return Path.of(NoteReaderTest.class.getResource("/notes/" + name).toURI());
    }

    @Test
    void readsTheSpanishExample() throws Exception {
        SourceFile file = READER.read(example("cop-working-groups.es.md"));
        NoteMetadata metadata = file.metadata();
        assertEquals("CTOC/COP/2018/10", metadata.primarySymbol().value());
        assertEquals(Distribution.GENERAL, metadata.distribution());
        assertEquals(LocalDate.of(2018, 6, 18), metadata.dateOfIssue());
        assertEquals(Language.EN, metadata.original());
        assertEquals(9, metadata.session().number());
        assertEquals("Vienna", metadata.meeting().venue());
        assertEquals(LocalDate.of(2018, 10, 15), metadata.meeting().first());
        assertEquals(LocalDate.of(2018, 10, 19), metadata.meeting().last());
        assertEquals("4", metadata.agenda().items().get(0).number());
        assertEquals(AgendaStage.PROVISIONAL, metadata.agenda().stage());
        assertEquals("CTOC/COP/2018/1", metadata.agenda().symbol().value());
        assertEquals(NoteKind.NOTE_BY_THE_SECRETARIAT, metadata.kind());
        assertEquals("V.18-04130", metadata.job().value());

        assertEquals(Language.ES, file.version().language());
        assertEquals(List.of("Conferencia de las Partes en la Convención de las Naciones Unidas contra la"
                + " Delincuencia Organizada Transnacional"), file.version().organ());
        assertTrue(file.version().agendaTitle().startsWith("Cooperación internacional, con especial referencia a la extradición"));
        assertTrue(file.version().title().endsWith("del 28 al 31 de mayo de 2018"), file.version().title());

        List<Block> blocks = file.version().body().blocks();
        assertEquals(3, blocks.size());
        assertTrue(blocks.stream().allMatch(b -> b instanceof Block.NumberedParagraph));
        List<Inline.DocumentReference> references = blocks.get(2).text().stream()
                .filter(i -> i instanceof Inline.DocumentReference)
                .map(i -> (Inline.DocumentReference) i)
                .toList();
        assertEquals(List.of("CTOC/COP/WG.2/2017/4-CTOC/COP/WG.3/2017/4", "CTOC/COP/WG.2/2018/3-CTOC/COP/WG.3/2018/3"),
                references.stream().map(Inline.DocumentReference::text).toList());
        assertEquals("CTOC/COP/WG.2/2017/4", references.get(0).target().value());
        assertTrue(file.warnings().isEmpty(), file.warnings().toString());
    }

    @Test
    void joinsTheTwoVersionsIntoOneNote() throws Exception {
        Note note = NoteReader.assemble(List.of(
                READER.read(example("cop-working-groups.es.md")),
                READER.read(example("cop-working-groups.en.md"))));
        assertEquals(List.of(Language.EN, Language.ES), note.languages());
        assertTrue(note.version(Language.EN).orElseThrow().organ().isEmpty(), "the English takes its organ from the registry");
    }

    @Test
    void versionsThatDisagreeNameBothFilesAndTheField() throws Exception {
        Path english = temp.resolve("cop.en.md");
        Path spanish = temp.resolve("cop.es.md");
        Files.writeString(english, Files.readString(example("cop-working-groups.en.md")));
        Files.writeString(spanish, Files.readString(example("cop-working-groups.es.md"))
                .replace("date: 2018-06-18", "date: 2018-06-19"));
        SourceException error = assertThrows(SourceException.class,
                () -> NoteReader.assemble(List.of(READER.read(english), READER.read(spanish))));
        assertEquals(spanish + ": date: " + english + " and " + spanish
                + " disagree on date: 2018-06-18 vs 2018-06-19; the language versions of one note must agree on it",
                error.getMessage());
        assertEquals("date", error.field().orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "session: 9|session: 10|session: 9 vs 10",
        "dates: 2018-10-15/2018-10-19|dates: 2018-10-15/2018-10-20|dates: 2018-10-19 vs 2018-10-20",
        "  stage: provisional|  stage: adopted|agenda.stage: provisional vs adopted"})
    void aDisagreementIsWordedAsTheSourceWritesIt(String field, String changed, String expected) throws Exception {
        Path english = temp.resolve("cop.en.md");
        Path spanish = temp.resolve("cop.es.md");
        Files.writeString(english, Files.readString(example("cop-working-groups.en.md")));
        String source = Files.readString(example("cop-working-groups.es.md"));
        assertTrue(source.contains(field + "\n"), "the example has " + field);
        Files.writeString(spanish, source.replace(field + "\n", changed + "\n"));
        SourceException error = assertThrows(SourceException.class,
                () -> NoteReader.assemble(List.of(READER.read(english), READER.read(spanish))));
        assertTrue(error.getMessage().contains(" disagree on " + expected + "; "), error.getMessage());
    }

    @Test
    void versionsMayWriteTheirSessionsAndProcessingDatesEachTheirOwnWay() throws Exception {
        Path english = temp.resolve("cop.en.md");
        Path spanish = temp.resolve("cop.es.md");
        Files.writeString(english, Files.readString(example("cop-working-groups.en.md"))
                .replace("session: 9\n", "session: 9\nsession-style: words\n"));
        Files.writeString(spanish, Files.readString(example("cop-working-groups.es.md"))
                .replace("session: 9\n", "session: 9\nsession-style: numeric\njob-dates: [2018-06-19, 2018-06-20]\n"));
        Note note = NoteReader.assemble(List.of(READER.read(english), READER.read(spanish)));
        assertEquals(SessionStyle.WORDS, note.version(Language.EN).orElseThrow().sessionStyle());
        assertEquals(SessionStyle.NUMERIC, note.version(Language.ES).orElseThrow().sessionStyle());
        assertEquals(List.of(), note.version(Language.EN).orElseThrow().processed());
        assertEquals(List.of(LocalDate.of(2018, 6, 19), LocalDate.of(2018, 6, 20)),
                note.version(Language.ES).orElseThrow().processed());
    }

    @Test
    void twoFilesInOneLanguageAreRefused() throws Exception {
        SourceFile one = READER.read(example("cop-working-groups.es.md"));
        SourceException error = assertThrows(SourceException.class, () -> NoteReader.assemble(List.of(one, one)));
        assertTrue(error.getMessage().contains("are both in es"), error.getMessage());
    }

    @Test
    void twoFilesInOneLanguageAreNamedWhereverTheyComeInTheList() throws Exception {
        // Sorted by name, an Arabic version comes first: a pair of English files after it must
        // still be named as such, not fall through to a vaguer check.
        SourceFile english = READER.read(example("cop-working-groups.en.md"));
        SourceFile spanish = READER.read(example("cop-working-groups.es.md"));
        SourceException error = assertThrows(SourceException.class,
                () -> NoteReader.assemble(List.of(spanish, english, english)));
        assertTrue(error.getMessage().contains("are both in en; expected one file per language"), error.getMessage());
    }

    @Test
    void aBinaryFileIsRefused() throws IOException {
        Path file = temp.resolve("image.en.md");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        SourceException error = assertThrows(SourceException.class, () -> READER.read(file));
        assertEquals(file + ": this is a binary file (it holds a NUL byte); expected UTF-8 Markdown text", error.getMessage());
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws IOException {
        Path file = temp.resolve("latin1.es.md");
        Files.write(file, "---\ntitle: Secretar\u00eda\n---\n".getBytes(StandardCharsets.ISO_8859_1));
        SourceException error = assertThrows(SourceException.class, () -> READER.read(file));
        assertEquals(file + ": the file is not UTF-8 text; expected UTF-8 Markdown", error.getMessage());
    }

    @Test
    void aReplacementCharacterInTheSourceIsReadAsTheCharacter() throws Exception {
        // U+FFFD is also what a lenient decoding puts for bytes that are not UTF-8: written by the
        // author, it is text like any other.
        String text = Files.readString(example("cop-working-groups.es.md")).replaceFirst("\n---\n", "\n---\n\uFFFD ");
        Path file = temp.resolve("replacement.es.md");
        Files.writeString(file, text);
        assertEquals(READER.parse(text, file), READER.read(file));
        assertTrue(READER.read(file).version().body().toString().contains("\uFFFD"), "the character is kept");
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
        Path file = temp.resolve("huge.en.md");
        Files.write(file, new byte[(int) NoteReader.MAX_FILE_BYTES + 1]);
        SourceException error = assertThrows(SourceException.class, () -> READER.read(file));
        assertTrue(error.getMessage().contains("a source may have at most 4194304"), error.getMessage());
    }

    @Test
    void aMissingFileIsReportedByName() {
        Path file = temp.resolve("absent.en.md");
        SourceException error = assertThrows(SourceException.class, () -> READER.read(file));
        assertTrue(error.getMessage().startsWith(file + ": cannot be read"), error.getMessage());
    }
}
