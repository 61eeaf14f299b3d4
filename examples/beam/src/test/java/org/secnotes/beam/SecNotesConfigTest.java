package org.secnotes.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secnotes.SecNotes;
import org.secnotes.core.Language;
import org.secnotes.core.Note;
import org.secnotes.render.OutputFormat;
import org.secnotes.render.layout.Paper;

/** The configuration survives the trip to a worker, and the worker's facade honours it. */
class SecNotesConfigTest {

    private static final Path NOTE = Path.of("../notes/cop-working-groups.en.md");

    /** What a runner does to a DoFn's fields on the way to a worker. */
    private static SecNotesFactory shipped(SecNotesFactory factory) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(factory);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (SecNotesFactory) in.readObject();
        }
    }

    private static byte[] pdf(SecNotesFactory factory) throws Exception {
        SecNotes secnotes = factory.create();
        Note note = secnotes.read(List.of(NOTE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        secnotes.render(note, Language.EN, OutputFormat.PDF, out);
        return out.toByteArray();
    }

    private static Path resource(Path folder, String name) throws IOException {
        try (InputStream in = SecNotesConfigTest.class.getResourceAsStream("/liberation/" + name)) {
            Path file = folder.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    @Test
    void thePaperReachesTheWorker() throws Exception {
        SecNotesFactory letter = shipped(SecNotesConfig.builder().paper(Paper.LETTER).build());
        try (PDDocument document = Loader.loadPDF(pdf(letter))) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertEquals(612, page.getWidth(), 0.5);
            assertEquals(792, page.getHeight(), 0.5);
        }
        // The example's Vienna job number gives A4 by default.
        try (PDDocument document = Loader.loadPDF(pdf(shipped(SecNotesConfig.standard())))) {
            assertEquals(595, document.getPage(0).getMediaBox().getWidth(), 0.5);
        }
    }

    @Test
    void theFontsTravelAsBytesAndReachTheWorker(@TempDir Path folder) throws Exception {
        SecNotesConfig sans = SecNotesConfig.builder().fonts(resource(folder, "LiberationSans-Regular.ttf"),
                resource(folder, "LiberationSans-Bold.ttf"), resource(folder, "LiberationSans-Italic.ttf"),
                resource(folder, "LiberationSans-BoldItalic.ttf")).build();
        SecNotesFactory onWorker = shipped(sans);
        Files.delete(folder.resolve("LiberationSans-Regular.ttf")); // a worker has no copy of the files
        String fonts = fontNames(pdf(onWorker));
        assertTrue(fonts.contains("LiberationSans"), "the configured fonts are embedded: " + fonts);
        assertFalse(fonts.contains("LiberationSerif"), "the default fonts are not: " + fonts);
        assertTrue(fontNames(pdf(SecNotesConfig.standard())).contains("LiberationSerif"), "the default, as a baseline");
        assertEquals(sans, onWorker, "equal after the trip, so one facade serves the worker");
        assertNotEquals(SecNotesConfig.standard(), onWorker);
    }

    private static String fontNames(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                names.add(resources.getFont(name).getName());
            }
        }
        return String.join(", ", names);
    }

    @Test
    void aFileThatIsNotAFontIsRefusedWhereTheJobIsLaunched(@TempDir Path folder) throws IOException {
        Path text = Files.writeString(folder.resolve("not-a-font.ttf"), "hello");
        assertThrows(IllegalArgumentException.class, () -> SecNotesConfig.builder().fonts(text, text, text, text));
    }

    @Test
    void aLinkPatternMustBeAWebAddressNamingTheSymbol() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SecNotesConfig.builder().linkPattern("undocs.org/{symbol}"));
        assertTrue(e.getMessage().contains("expected an http or https address"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SecNotesConfig.builder().linkPattern("https://example.org/"));
    }
}
