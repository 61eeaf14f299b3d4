package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.secnotes.core.Note;
import org.secnotes.core.source.NoteReader;
import org.secnotes.core.source.SourceException;
import org.secnotes.core.source.SourceFile;
import org.secnotes.templates.LocalizedNote;
import org.secnotes.templates.NoteTemplates;

/** Test notes read through the real pipeline: the example notes, and the test notes in src/test/resources/pdf. */
final class Fixtures {

    static final NoteTemplates TEMPLATES = NoteTemplates.standard();
    static final PdfRenderer RENDERER = PdfRenderer.builder().build();
    static final Path EXAMPLE_NOTES = Path.of("..", "examples", "notes");

    private Fixtures() {
    }

    /** The example note of the project in one language: "es" or "en". */
    static LocalizedNote example(String language) {
        return localized("cop-working-groups." + language + ".md");
    }

    /** The long, seven-odd-page note in one language. */
    static LocalizedNote longNote(String language) {
        return localized("long-note." + language + ".md");
    }

    /**
     * A note by file name: an example note from examples/notes, where the example notes are kept
     * once (tests run from the module's folder), or a test note from src/test/resources/pdf.
     */
    static LocalizedNote localized(String name) {
        Path example = EXAMPLE_NOTES.resolve(name);
        if (Files.exists(example)) {
            try {
                return fromSource(Files.readString(example, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fromSource(read("/pdf/" + name));
    }

    static LocalizedNote fromSource(String source) {
        try {
            SourceFile file = NoteReader.standard().parse(source, null);
            Note note = NoteReader.assemble(List.of(file));
            return TEMPLATES.localize(note, file.version().language());
        } catch (SourceException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pdf(LocalizedNote note) {
        return pdf(RENDERER, note);
    }

    static byte[] pdf(PdfRenderer renderer, LocalizedNote note) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(note, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A minimal English source with the given body. */
    static String source(String body) {
        return "---\nsymbol: A/80/1\ndate: 2025-03-03\nlanguage: en\noriginal: en\ntitle: Test\njob: 25-01234\n---\n" + body;
    }

    /**
     * Asserts that no glyph of the PDF lies outside the printable area (60 pt from the sides, 20 pt
     * from top and bottom), having checked more than {@code atLeast} glyphs. A space puts no ink on
     * the page (tagging draws one at some line ends), so it is not counted.
     */
    static void assertGlyphsInside(byte[] pdf, int atLeast) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float width = document.getPage(0).getMediaBox().getWidth();
            float height = document.getPage(0).getMediaBox().getHeight();
            List<String> outside = new ArrayList<>();
            int[] seen = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        if (position.getUnicode().isBlank()) {
                            continue;
                        }
                        seen[0]++;
                        float left = position.getXDirAdj();
                        float right = left + position.getWidthDirAdj();
                        float top = position.getYDirAdj() - position.getHeightDir();
                        if (left < 60 - 0.01f || right > width - 60 + 0.01f || top < 20 || position.getYDirAdj() > height - 20) {
                            outside.add("page " + getCurrentPageNo() + ": '" + position.getUnicode() + "' at " + left + "," + top);
                        }
                    }
                }
            };
            stripper.getText(document);
            assertTrue(seen[0] > atLeast, "glyphs were checked: " + seen[0]);
            assertEquals(List.of(), outside);
        }
    }
}
