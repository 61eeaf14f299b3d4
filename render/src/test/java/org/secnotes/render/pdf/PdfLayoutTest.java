package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.secnotes.render.RenderException;
import org.secnotes.render.layout.DocumentLayout;
import org.secnotes.render.layout.DocumentLayout.Line;
import org.secnotes.render.layout.DocumentLayout.Page;
import org.secnotes.render.layout.DocumentLayout.Piece;
import org.secnotes.render.layout.DocumentLayout.Role;
import org.secnotes.render.layout.FontFace;
import org.secnotes.render.layout.PageStyle;
import org.secnotes.render.layout.Paper;

/** The page layout, inspected without PDF bytes: pagination, footnotes, widows, margins. */
class PdfLayoutTest {

    private static final DocumentLayout LONG = Fixtures.RENDERER.layout(Fixtures.longNote("en"));

    @Test
    void theLongNoteFillsSeveralA4Pages() {
        assertEquals(Paper.A4, LONG.style().paper(), "a Vienna job number (V.) means A4");
        assertTrue(LONG.pages().size() >= 7 && LONG.pages().size() <= 10, "pages: " + LONG.pages().size());
    }

    @Test
    void noSingleLineOfAParagraphIsLeftAloneAtTheFootOrHeadOfAPage() {
        Map<String, Map<Integer, Integer>> linesPerBlockPerPage = new HashMap<>();
        for (Page page : LONG.pages()) {
            for (Line line : page.lines()) {
                if (isParagraph(line) && !line.part().label()) {
                    linesPerBlockPerPage.computeIfAbsent(line.part().element(), k -> new HashMap<>()).merge(page.number(), 1, Integer::sum);
                }
            }
        }
        int split = 0;
        for (Map.Entry<String, Map<Integer, Integer>> block : linesPerBlockPerPage.entrySet()) {
            if (block.getValue().size() > 1) {
                split++;
                block.getValue().forEach((page, lines) ->
                        assertTrue(lines >= 2, "block " + block.getKey() + " has one line alone on page " + page));
            }
        }
        assertTrue(split >= 3, "the long note has paragraphs that break across pages: " + split);
    }

    private static boolean isParagraph(Line line) {
        return line.role() == Role.NUMBERED_PARAGRAPH || line.role() == Role.PARAGRAPH;
    }

    @Test
    void everyFootnoteIsOnThePageThatCallsIt() {
        int calls = 0;
        for (Page page : LONG.pages()) {
            Set<String> markers = new HashSet<>();
            for (Line line : page.lines()) {
                if (line.role() == Role.FOOTNOTE && line.part().label()) {
                    markers.add(line.text());
                }
            }
            for (Line line : page.lines()) {
                for (Piece piece : line.pieces()) {
                    if (piece.rise() > 0 && line.role() != Role.FOOTNOTE) {
                        calls++;
                        assertTrue(markers.contains(piece.text()), "footnote " + piece.text() + " is not on page " + page.number());
                    }
                }
            }
        }
        assertEquals(7, calls);
        assertTrue(LONG.pages().get(0).lines().stream().anyMatch(l -> l.role() == Role.FOOTNOTE && l.text().equals("*")),
                "the agenda footnote is on page 1");
    }

    @Test
    void aHeadingIsNeverTheLastThingOnAPage() {
        for (Page page : LONG.pages()) {
            List<Line> body = new ArrayList<>();
            for (Line line : page.lines()) {
                if (line.part().element().startsWith("block-")) {
                    body.add(line);
                }
            }
            assertFalse(!body.isEmpty() && body.get(body.size() - 1).role() == Role.HEADING,
                    "page " + page.number() + " ends with a heading");
        }
    }

    @Test
    void justifiedLinesFillTheColumnExactly() {
        PageStyle style = LONG.style();
        int justified = 0;
        for (Page page : LONG.pages()) {
            for (Line line : page.lines()) {
                float width = 0;
                int spaces = 0;
                for (Piece piece : line.pieces()) {
                    width += piece.width();
                    spaces += piece.text().chars().filter(c -> c == ' ').count();
                }
                float right = line.x() + width + spaces * line.spacing();
                assertTrue(right <= style.frame().right() + 0.01f, "past the frame on page " + page.number() + ": " + line.text());
                if (line.spacing() > 0 && isParagraph(line)) {
                    justified++;
                    assertEquals(style.frame().columnRight(), right, 0.05f, line.text());
                }
            }
        }
        assertTrue(justified > 100, "justified lines: " + justified);
    }

    @Test
    void noJustifiedLineGapes() {
        // First fit left a line of the Spanish example with its two word gaps widened by about 50 pt, after
        // a long joint symbol that did not fit; the paragraph is now broken as a whole. A line made of
        // long symbols has few gaps, so some still widen by several points (9 pt in the English example).
        for (DocumentLayout layout : List.of(Fixtures.RENDERER.layout(Fixtures.example("es")),
                Fixtures.RENDERER.layout(Fixtures.example("en")), LONG)) {
            for (Page page : layout.pages()) {
                for (Line line : page.lines()) {
                    if (isParagraph(line)) {
                        assertTrue(line.spacing() < 12, "gaps widened by " + line.spacing() + " pt on page "
                                + page.number() + ": " + line.text());
                    }
                }
            }
        }
    }

    @Test
    void aWordLongerThanTheLineIsBrokenInsideTheColumn() {
        DocumentLayout layout = Fixtures.RENDERER.layout(Fixtures.fromSource(Fixtures.source(
                "1. Before " + "Unbreakable".repeat(30) + " after.\n")));
        int pieces = 0;
        for (Line line : layout.pages().get(0).lines()) {
            if (isParagraph(line)) {
                float right = line.x() + line.pieces().stream().map(Piece::width).reduce(0f, Float::sum);
                assertTrue(right <= layout.style().frame().columnRight() + 0.01f, line.text());
                pieces++;
            }
        }
        assertTrue(pieces >= 4, "the long word takes several lines");
    }

    @Test
    void aCharacterNoFontHasIsReportedNotDropped() {
        RenderException error = assertThrows(RenderException.class, () -> Fixtures.RENDERER.render(
                Fixtures.fromSource(Fixtures.source("1. Fine.\n2. A smile \uD83D\uDE00 here.\n")), new ByteArrayOutputStream()));
        assertEquals("paragraph 2: character U+1F600 '\uD83D\uDE00' cannot be drawn: the fonts LiberationSerif, NotoNaskhArabic-Regular, NotoSerifSC-Regular have no glyph for it",
                error.getMessage());
    }

    @Test
    void newYorkJobNumbersGiveUsLetter() {
        DocumentLayout layout = Fixtures.RENDERER.layout(Fixtures.fromSource(Fixtures.source("1. Text.\n")));
        assertEquals(Paper.LETTER, layout.style().paper());
    }

    @Test
    void theGsubTableNeverReachesPdfbox() throws Exception {
        // The trap in PDFBox 3.0's showText: a GSUB table makes every call build regular expressions.
        byte[] original;
        try (var in = FontSet.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
            original = in.readAllBytes();
        }
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(original))) {
            assertTrue(font.getTableMap().containsKey("GSUB"), "the shipped font has a GSUB table: the test means something");
        }
        for (FontFace face : FontFace.values()) {
            try (TrueTypeFont font = FontSet.liberationSerif().face(face).open()) {
                assertFalse(font.getTableMap().containsKey("GSUB"), face + " still has GSUB");
                assertTrue(font.getTableMap().containsKey("glyf"), face + " lost its outlines");
            }
        }
    }
}
