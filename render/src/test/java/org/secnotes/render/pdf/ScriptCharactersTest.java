package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.secnotes.render.layout.DocumentLayout;
import org.secnotes.render.layout.DocumentLayout.Piece;
import org.secnotes.templates.LocalizedNote;

/**
 * Unicode subscripts and superscripts ("CO₂", "x⁴") and the markup ("CO~2~", "x^4^") are drawn,
 * smaller and shifted, not refused.
 */
class ScriptCharactersTest {

    private static final LocalizedNote NOTE = Fixtures.fromSource(Fixtures.source(
            "1. Emissions of CO₂ rose by 4 per cent to 10⁴ tonnes per km², and H₂O was measured.\n"));

    private static List<Piece> pieces() {
        DocumentLayout layout = Fixtures.RENDERER.layout(NOTE);
        List<Piece> pieces = new ArrayList<>();
        layout.pages().forEach(page -> page.lines().forEach(line -> pieces.addAll(line.pieces())));
        return pieces;
    }

    private static Piece piece(List<Piece> pieces, String text, int index) {
        return pieces.stream().filter(p -> p.text().equals(text)).skip(index).findFirst()
                .orElseThrow(() -> new AssertionError("no piece '" + text + "' in " + pieces));
    }

    @Test
    void aSubscriptIsItsDigitSmallerAndBelowTheBaseline() {
        List<Piece> pieces = pieces();
        Piece body = piece(pieces, "1.", 0);
        Piece two = pieces.get(pieces.indexOf(pieces.stream().filter(p -> p.text().endsWith("CO")).findFirst()
                .orElseThrow()) + 1);
        assertEquals("2", two.text());
        assertTrue(two.size() < body.size(), "smaller: " + two);
        assertTrue(two.rise() < 0, "lowered: " + two);
    }

    @Test
    void aSuperscriptIsRaisedAndTheLatinSquareKeepsItsOwnGlyph() {
        List<Piece> pieces = pieces();
        Piece four = pieces.stream().filter(p -> p.text().equals("4") && p.rise() > 0).findFirst()
                .orElseThrow(() -> new AssertionError("no raised 4 in " + pieces));
        assertTrue(four.size() < piece(pieces, "1.", 0).size(), "smaller: " + four);
        assertTrue(pieces.stream().anyMatch(p -> p.text().contains("km²") && p.rise() == 0),
                "km² as written: " + pieces);
    }

    @Test
    void theMarkupIsSetExactlyAsTheUnicodeCharactersAre() {
        LocalizedNote markup = Fixtures.fromSource(Fixtures.source(
                "1. Emissions of CO~2~ rose by 4 per cent to 10^4^ tonnes per km², and H~2~O was measured.\n"));
        List<Piece> drawn = new ArrayList<>();
        Fixtures.RENDERER.layout(markup).pages().forEach(page -> page.lines().forEach(line -> drawn.addAll(line.pieces())));
        assertEquals(pieces().toString(), drawn.toString());
    }

    @Test
    void aSuperscriptWithoutAUnicodeFormIsRaisedToo() {
        LocalizedNote note = Fixtures.fromSource(Fixtures.source("1. Le 1^er^ rapport.\n"));
        List<Piece> drawn = new ArrayList<>();
        Fixtures.RENDERER.layout(note).pages().forEach(page -> page.lines().forEach(line -> drawn.addAll(line.pieces())));
        Piece er = piece(drawn, "er", 0);
        assertTrue(er.rise() > 0 && er.size() < piece(drawn, "1.", 0).size(), "raised and smaller: " + er);
    }

    @Test
    void thePdfIsWrittenWithTheDigitsInItsText() throws IOException {
        try (PDDocument document = Loader.loadPDF(Fixtures.pdf(NOTE))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("CO2 rose"), text);
            assertTrue(text.contains("H2O"), text);
        }
    }
}
