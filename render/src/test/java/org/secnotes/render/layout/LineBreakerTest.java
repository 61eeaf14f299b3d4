package org.secnotes.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.secnotes.core.Language;
import org.secnotes.render.pdf.FontSet;

/** Where lines end around document symbols. */
class LineBreakerTest {

    private static final TextShaper SHAPER = new LatinShaper(FontSet.liberationSerif());

    private static List<String> lines(List<Span> spans, float width) {
        return new LineBreaker(SHAPER, Language.EN).breakLines(spans, width, width, "a test").stream()
                .map(line -> line.spans().stream().map(Span::text).collect(Collectors.joining()))
                .collect(Collectors.toList());
    }

    private static Span text(String text) {
        return new Span(text, FontFace.REGULAR, 10, 0, null, 0);
    }

    private static Span symbol(String text) {
        return new Span(text, FontFace.REGULAR, 10, 0, "https://undocs.org/en/" + text, 0);
    }

    private static float width(String text) {
        return SHAPER.width(new TextRun(text, FontFace.REGULAR, 10, Language.EN, Direction.LEFT_TO_RIGHT), "a test");
    }

    @Test
    void aJointSymbolMayBreakBetweenItsPartsButNeverAtASlash() {
        String joint = "CTOC/COP/WG.2/2017/4-CTOC/COP/WG.3/2017/4";
        // Room for the symbol, but not for "See " and the symbol.
        float room = width(joint) + 5;
        assertEquals(List.of("See CTOC/COP/WG.2/2017/4-", "CTOC/COP/WG.3/2017/4 here."),
                lines(List.of(text("See "), symbol(joint), text(" here.")), room));
    }

    @Test
    void aSymbolWiderThanALineKeepsIcusBreaksAfterItsSlashes() {
        String joint = "CTOC/COP/WG.2/2017/4-CTOC/COP/WG.3/2017/4";
        float room = width("See CTOC/COP/WG.2/2017/4-CTOC/COP/") + 1;
        assertEquals(List.of("See CTOC/COP/WG.2/2017/4-CTOC/COP/", "WG.3/2017/4 here."),
                lines(List.of(text("See "), symbol(joint), text(" here.")), room));
    }

    @Test
    void aJointSymbolLinkedPartByPartStillBreaksOnlyBetweenItsParts() {
        float room = width("CTOC/COP/WG.2/2017/4-CTOC/COP/WG.3/2017/4") + 5;
        assertEquals(List.of("See CTOC/COP/WG.2/2017/4-", "CTOC/COP/WG.3/2017/4 here."),
                lines(List.of(text("See "), symbol("CTOC/COP/WG.2/2017/4"), text("-"), symbol("CTOC/COP/WG.3/2017/4"),
                        text(" here.")), room));
    }

    @Test
    void aLongAddressBreaksAfterASlashNotInsideItsScheme() {
        String url = "https://www.unodc.org/unodc/en/organized-crime/intro/UNTOC.html";
        Span link = new Span(url, FontFace.REGULAR, 10, 0, url, 0);
        // The address fits a line of its own, but moved there whole it would leave "See" alone.
        float room = width(url) + 5;
        assertEquals(List.of("See https://www.unodc.org/unodc/en/organized-crime/intro/", "UNTOC.html for more."),
                lines(List.of(text("See "), link, text(" for more.")), room));
        float narrow = width("See https://") + 1;
        List<String> broken = lines(List.of(text("See "), link, text(" for more.")), narrow);
        assertEquals(false, broken.stream().anyMatch(line -> line.endsWith("https:/") || line.endsWith("https:")),
                "the scheme stays whole: " + broken);
    }

    private static List<LineBreaker.BrokenLine> broken(String text, float width) {
        return new LineBreaker(SHAPER, Language.EN).breakLines(List.of(text(text)), width, width, "a test");
    }

    private static String textOf(LineBreaker.BrokenLine line) {
        return line.spans().stream().map(Span::text).collect(Collectors.joining());
    }

    @Test
    void aSoftHyphenTakesNoRoomAndDrawsNothingWhereTheLineGoesOn() {
        List<LineBreaker.BrokenLine> lines = broken("An inter\u00ADnational meeting.", 300);
        assertEquals(1, lines.size());
        assertEquals("An international meeting.", textOf(lines.get(0)), "no soft hyphen is left to draw");
        assertEquals(width("An international meeting."), lines.get(0).width(), 0.001f, "and it leaves no gap");
        assertEquals(false, lines.get(0).hyphenated());
    }

    @Test
    void aLineMayEndAtASoftHyphenAndThenDrawsAHyphenThere() {
        // Room for "An inter-" but not for "An international".
        float room = width("An inter-") + 1;
        List<LineBreaker.BrokenLine> lines = broken("An inter\u00ADnational meeting.", room);
        assertEquals(List.of("An inter-", "national", "meeting."), lines.stream().map(LineBreakerTest::textOf).toList());
        assertEquals(true, lines.get(0).hyphenated());
        assertEquals(false, lines.get(1).hyphenated());
        // The hyphen is a span of its own, so that a writer can tell it from the text, and its width counts.
        assertEquals("-", lines.get(0).spans().get(lines.get(0).spans().size() - 1).text());
        assertEquals(width("An inter-"), lines.get(0).width(), 0.001f);
        assertEquals(false, lines.get(0).endsAtSpace(), "a word broken at a soft hyphen is one word");
    }

    @Test
    void theHyphenAtASoftBreakMustFitTheLineToo() {
        // Room for "... on inter" but not for the hyphen after it: the word moves down whole.
        float room = width("The Committee met on inter") + 0.5f;
        assertEquals(List.of("The Committee met on", "international matters."),
                broken("The Committee met on inter\u00ADnational matters.", room).stream()
                        .map(LineBreakerTest::textOf).toList());
    }
}
