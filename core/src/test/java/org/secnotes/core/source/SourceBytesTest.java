package org.secnotes.core.source;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source given as bytes with an origin name is read with the checks and messages of a file. */
class SourceBytesTest {

    private static final NoteReader READER = NoteReader.standard();
    private static final String SOURCE = "---\nsymbol: A/80/1\ndate: 2025-01-01\nlanguage: es\noriginal: en\ntitle: T\n---\n1. Texto.\n";

    @TempDir
    Path temp;

    /** The message for the file, with the file's name replaced by the origin's. */
    private void sameRefusal(String name, byte[] content) throws Exception {
        Path file = temp.resolve(name);
        Files.write(file, content);
        SourceException fromFile = assertThrows(SourceException.class, () -> READER.read(file));
        String origin = "gs://bucket/notes/" + name;
        SourceException fromBytes = assertThrows(SourceException.class, () -> READER.read(origin, content));
        assertEquals(fromFile.getMessage().replace(file.toString(), origin), fromBytes.getMessage());
        assertEquals(origin, fromBytes.origin());
    }

    @Test
    void bytesAreReadAsAFileIs() throws Exception {
        SourceFile file = READER.read("stdin:cop.es.md", SOURCE.getBytes(StandardCharsets.UTF_8));
        assertEquals("stdin:cop.es.md", file.origin());
        assertNull(file.path());
        assertEquals("Texto.", org.secnotes.core.Inline.plainText(file.version().body().blocks().get(0).text()));
    }

    @Test
    void binaryBytesGiveTheFilesMessage() throws Exception {
        sameRefusal("image.es.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    }

    @Test
    void bytesThatAreNotUtf8GiveTheFilesMessage() throws Exception {
        sameRefusal("latin1.es.md", SOURCE.replace("Texto", "Secretar\u00eda").getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void tooManyBytesGiveTheFilesMessage() throws Exception {
        sameRefusal("huge.es.md", new byte[(int) SourceLimits.MAX_BYTES + 1]);
    }

    @Test
    void theOriginsLastSegmentIsCheckedLikeAFileName() throws Exception {
        sameRefusal("cop.fr.md", SOURCE.getBytes(StandardCharsets.UTF_8));
        SourceException error = assertThrows(SourceException.class,
                () -> READER.read("s3://b/cop.fr.md", SOURCE.getBytes(StandardCharsets.UTF_8)));
        assertEquals("s3://b/cop.fr.md:4: language: the file name says 'fr' but the field says 'es'; name the file"
                + " <name>.es.md or correct the field", error.getMessage());
    }

    @Test
    void anUpperCaseNameGetsTheSameLanguageCheck() {
        // The one definition of the check, which the batch relies on for COP.FR.MD too.
        SourceException error = assertThrows(SourceException.class,
                () -> READER.read("notes/COP.FR.MD", SOURCE.getBytes(StandardCharsets.UTF_8)));
        assertEquals("notes/COP.FR.MD:4: language: the file name says 'fr' but the field says 'es'; name the file"
                + " <name>.es.md or correct the field", error.getMessage());
        assertDoesNotThrow(() -> READER.read("notes/COP.ES.MD", SOURCE.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void textWithAnOriginNamesItInMessages() {
        SourceException error = assertThrows(SourceException.class, () -> READER.readText("beam:element-7", "no front matter"));
        assertEquals("beam:element-7:1: no front matter: expected the file to start with a line '---', then fields"
                + " such as 'symbol:'", error.getMessage());
    }
}
