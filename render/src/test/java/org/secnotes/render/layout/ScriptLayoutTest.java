package org.secnotes.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secnotes.core.Language;
import org.secnotes.render.layout.DocumentLayout.Line;
import org.secnotes.render.layout.DocumentLayout.Page;
import org.secnotes.render.layout.DocumentLayout.Piece;
import org.secnotes.render.layout.DocumentLayout.Role;
import org.secnotes.render.pdf.FontSet;
import org.secnotes.render.pdf.PdfRenderer;

/**
 * Arabic and Chinese lines without pixels: the fallback across font families, Arabic shaping and
 * visual order, the mirrored right-to-left page, and Chinese line breaking and justification.
 */
class ScriptLayoutTest {

    private static final TextShaper SHAPER = new FontChainShaper(FontSet.liberationSerif());
    private static final PdfRenderer RENDERER = PdfRenderer.builder().build();

    private static DocumentLayout example(String language) throws Exception {
        return RENDERER.layout(LayoutGoldenTest.localized(
                LayoutGoldenTest.EXAMPLE_NOTES.resolve("cop-working-groups." + language + ".md")));
    }

    private static List<TextShaper.Segment> segments(String text, Language language) {
        return SHAPER.segments(new TextRun(text, FontFace.REGULAR, 10, language, Direction.LEFT_TO_RIGHT), "a test");
    }

    @Test
    void eachCharacterGoesToTheFirstFamilyThatDrawsIt() {
        assertEquals(List.of(new TextShaper.Segment(0, 6, FontFamily.CJK), new TextShaper.Segment(6, 10, FontFamily.PRIMARY),
                new TextShaper.Segment(10, 11, FontFamily.CJK)), segments("第九届会议，2018年", Language.ZH));
        // A space stays with the Arabic before it; figures and the slash go to the Latin face.
        assertEquals(List.of(new TextShaper.Segment(0, 7, FontFamily.ARABIC), new TextShaper.Segment(7, 10, FontFamily.PRIMARY)),
                segments("المقرر 2/6", Language.AR));
        assertEquals(List.of(new TextShaper.Segment(0, 9, FontFamily.PRIMARY)), segments("“Quoted.”", Language.EN));
    }

    @Test
    void chineseQuotesAreSetInTheChineseFontAndItalicFallsToUpright() {
        assertEquals(FontFamily.CJK, segments("“联合国”", Language.ZH).get(0).family());
        assertEquals(1, segments("“联合国”", Language.ZH).size());
        List<TextShaper.Segment> italic = SHAPER.segments(
                new TextRun("联合国", FontFace.ITALIC, 10, Language.ZH, Direction.LEFT_TO_RIGHT), "a test");
        assertEquals(FontFamily.CJK, italic.get(0).family());
    }

    @Test
    void lamAlefIsOneFormAndMarksFollowTheirBases() {
        ArabicForms.Shaped shaped = ArabicForms.shape("الأول");
        assertEquals(4, shaped.drawn().length(), "alef, lam-alef, waw, lam: " + shaped.drawn());
        assertTrue(ArabicForms.isLamAlef(shaped.drawn().charAt(1)));
        assertEquals(-1, shaped.source()[2], "the alef's advance is the ligature's, carried by the lam");
        ArabicForms.Shaped marked = ArabicForms.shape("كَتَبَ");
        assertEquals(6, marked.drawn().length());
        assertEquals('\u064E', marked.drawn().charAt(1), "fatha after its kaf");
        assertTrue(marked.drawn().charAt(0) >= '\uFE70', "the kaf shaped, not turned into a kashida form: " + marked.drawn());
    }

    @Test
    void numbersAndSymbolsRunLeftToRightInsideRightToLeftText() {
        List<Piece> logical = new ArrayList<>();
        for (TextShaper.Segment segment : segments("فيينا، 15-19 تشرين (انظر A/80/150)", Language.AR)) {
            String text = "فيينا، 15-19 تشرين (انظر A/80/150)".substring(segment.start(), segment.end());
            logical.add(new Piece(text, FontFace.REGULAR, 10, 0, null, 0, null, segment.family(), null));
        }
        StringBuilder visual = new StringBuilder();
        VisualOrder.of(logical, true, SHAPER).forEach(piece -> visual.append(piece.text()));
        String drawn = visual.toString();
        // After Arabic letters the figures are Arabic numbers (UAX #9, rule W2), each left to right,
        // the range read from the right: 15, then 19; Word shows it the same way.
        assertTrue(drawn.contains("19-15"), drawn);
        assertTrue(drawn.startsWith("(A/80/150"), "the Latin symbol at the left, its bracket mirrored: " + drawn);
        assertTrue(drawn.endsWith("\uFE8E\uFEE8\uFEF4\uFEF4\uFED3"), "فيينا at the right, shaped and reversed: " + drawn);
    }

    @Test
    void rightToLeftLinesEndAtTheMirroredColumnEdgeWithTheirNumbersThere() throws Exception {
        DocumentLayout layout = example("ar");
        float width = layout.style().paper().width();
        float right = width - layout.style().frame().columnLeft();
        float left = width - layout.style().frame().columnRight();
        int justified = 0;
        int labels = 0;
        for (Page page : layout.pages()) {
            for (Line line : page.lines()) {
                if (line.role() != Role.NUMBERED_PARAGRAPH) {
                    continue;
                }
                if (line.part().label()) {
                    labels++;
                    assertEquals(right, line.x() + line.width(), 0.01f, "the number at the right edge: " + line.text());
                    assertTrue(line.pieces().get(0).text().startsWith("-"), "'1 -' reads from the right: " + line.pieces());
                } else if (line.spacing() > 0) {
                    justified++;
                    assertEquals(left, line.x(), 0.05f, line.text());
                    // A first line ends one tab left of its number, the others at the edge.
                    boolean first = page.lines().stream().anyMatch(l -> l.part().label() && l.baseline() == line.baseline());
                    assertEquals(first ? right - layout.style().body().paragraphIndent() : right,
                            line.x() + line.width(), 0.05f, line.text());
                } else {
                    assertTrue(line.x() + line.width() <= right + 0.01f, line.text());
                }
                for (Piece piece : line.pieces()) {
                    if (piece.family() == FontFamily.ARABIC) {
                        // Hamza (U+0621) never joins: ICU leaves it as it is, and Naskh draws it.
                        assertFalse(piece.text().chars().anyMatch(c -> c >= 0x0622 && c <= 0x064A),
                                "no joining letter left unshaped: " + piece.text());
                    }
                }
            }
        }
        assertEquals(3, labels);
        assertTrue(justified >= 6, "justified lines: " + justified);
    }

    @Test
    void theArabicPageIsMirroredButItsEnglishBlockAndBarcodeReadLeftToRight() throws Exception {
        DocumentLayout layout = example("ar");
        Page first = layout.pages().get(0);
        Line name = first.lines().stream().filter(l -> l.part().element().equals("masthead-name")).findFirst().orElseThrow();
        Line symbol = first.lines().stream().filter(l -> l.part().element().equals("masthead-symbol")).findFirst().orElseThrow();
        float width = layout.style().paper().width();
        assertEquals(width - layout.style().frame().columnLeft(), name.x() + name.width(), 0.01f);
        assertEquals(layout.style().frame().left(), symbol.x(), 0.01f);
        assertEquals("CTOC/COP/2018/10", symbol.text());
        List<Line> block = first.lines().stream().filter(l -> l.role() == Role.ISSUE_BLOCK).toList();
        assertTrue(block.stream().allMatch(l -> Math.abs(l.x() - layout.style().frame().left()) < 0.01f),
                "the English block aligned left in its mirrored box");
        DocumentLayout.Mark barcode = first.marks().get(0);
        DocumentLayout.Mark unmirrored = example("zh").pages().get(0).marks().get(0);
        assertTrue(barcode.bounds().x() > width / 2, "the barcode moves right");
        assertEquals(unmirrored.boxes().size(), barcode.boxes().size());
        for (int i = 0; i < barcode.boxes().size(); i++) {
            // The same job number: the same bars in the same order, moved as a whole, so it still scans.
            assertEquals(unmirrored.boxes().get(i).x() - unmirrored.bounds().x(),
                    barcode.boxes().get(i).x() - barcode.bounds().x(), 0.001f);
        }
    }

    @Test
    void chineseLinesNeverStartWithClosingOrEndWithOpeningPunctuationAndFillTheColumn() throws Exception {
        DocumentLayout layout = example("zh");
        float right = layout.style().frame().columnRight();
        int spaced = 0;
        for (Page page : layout.pages()) {
            for (Line line : page.lines()) {
                String text = line.text();
                if (text.isEmpty() || line.part().label()) {
                    continue;
                }
                assertFalse("，。、；：？！）》」』”’…".indexOf(text.charAt(0)) >= 0, "starts with closing punctuation: " + text);
                assertFalse("（《「『“‘".indexOf(text.charAt(text.length() - 1)) >= 0, "ends with opening punctuation: " + text);
                if (line.charSpacing() > 0) {
                    spaced++;
                    assertEquals(0, line.spacing());
                    assertTrue(line.charSpacing() <= 10 * Typesetter.MOST_CHARACTER_SPACING + 1e-4f);
                    Piece last = line.pieces().get(line.pieces().size() - 1);
                    float end = line.x() + line.width() - (last.family().setsSolid() ? line.charSpacing() : 0);
                    assertTrue(end <= right + 0.05f, text);
                    if (line.charSpacing() < 10 * Typesetter.MOST_CHARACTER_SPACING - 1e-4f) {
                        assertEquals(right, end, 0.05f, "justified to the edge: " + text);
                    }
                }
            }
        }
        assertTrue(spaced >= 4, "Chinese lines justified between characters: " + spaced);
    }
}
