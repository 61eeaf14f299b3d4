package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.secnotes.render.layout.FontFace;

/** Fonts the user supplies instead of the default Liberation Serif. */
class FontSetTest {

    private static byte[] liberation(String face) throws Exception {
        try (InputStream in = FontSetTest.class.getResourceAsStream("/liberation/LiberationSerif-" + face + ".ttf")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aUserFontSetIsUsedForEveryFace() throws Exception {
        // Liberation Serif Bold for every face: a set that is visibly not the default.
        Map<FontFace, byte[]> files = new EnumMap<>(FontFace.class);
        for (FontFace face : FontFace.values()) {
            files.put(face, liberation("Bold"));
        }
        PdfRenderer renderer = PdfRenderer.builder().fonts(FontSet.of(files)).build();
        try (PDDocument document = Loader.loadPDF(Fixtures.pdf(renderer, Fixtures.example("en")))) {
            for (var name : document.getPage(0).getResources().getFontNames()) {
                String font = document.getPage(0).getResources().getFont(name).getName();
                assertTrue(font.endsWith("+LiberationSerif-Bold"), font);
            }
        }
    }

    @Test
    void somethingThatIsNotAFontIsRefusedAtOnce() throws Exception {
        Map<FontFace, byte[]> files = new EnumMap<>(FontFace.class);
        for (FontFace face : FontFace.values()) {
            files.put(face, liberation("Regular"));
        }
        files.put(FontFace.ITALIC, "not a font at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> FontSet.of(files));
        assertTrue(error.getMessage().startsWith("the ITALIC face is not a usable TrueType font"), error.getMessage());
    }

    @Test
    void aMissingFaceIsNamed() {
        NullPointerException error = assertThrows(NullPointerException.class, () -> FontSet.of(new EnumMap<>(FontFace.class)));
        assertEquals("the REGULAR face is missing", error.getMessage());
    }
}
