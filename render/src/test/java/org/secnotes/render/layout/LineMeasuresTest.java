package org.secnotes.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.secnotes.core.Language;
import org.secnotes.render.layout.DocumentLayout.Line;
import org.secnotes.render.layout.DocumentLayout.Part;
import org.secnotes.render.layout.DocumentLayout.Role;
import org.secnotes.render.pdf.FontSet;

/**
 * A line drawn as it is takes its pieces' widths from its paragraph's measures instead of being
 * segmented and measured again: it must come out as the line measured again would, piece for
 * piece, and the shortcut must be taken only where that holds.
 */
class LineMeasuresTest {

    private static final TextShaper SHAPER = new FontChainShaper(FontSet.liberationSerif());
    private static final Part BODY = Part.of(Role.PARAGRAPH, "block-0", 0);

    private static Span text(String text, FontFace face, float size) {
        return new Span(text, face, size, 0, null, 0);
    }

    /** The paragraph broken into lines of {@code width}, in the language given. */
    private static List<LineBreaker.BrokenLine> broken(List<Span> spans, Language language, float width) {
        return new LineBreaker(SHAPER, language).breakLines(spans, width, width, "a test");
    }

    /** The same line without the paragraph's measures, which the typesetter then takes again. */
    private static LineBreaker.BrokenLine measuredAgain(LineBreaker.BrokenLine line) {
        return new LineBreaker.BrokenLine(line.spans(), line.width(), line.spaces(), line.footnotes(), line.last(),
                line.endsAtSpace(), line.hyphenated(), null);
    }

    private static void assertSetAlike(List<LineBreaker.BrokenLine> lines, Language language) {
        Typesetter setter = new Typesetter(SHAPER, language, false);
        for (LineBreaker.BrokenLine line : lines) {
            Line fast = setter.justified(72, 100, line, 300, BODY);
            Line slow = setter.justified(72, 100, measuredAgain(line), 300, BODY);
            assertEquals(slow, fast, "the line " + line.spans());
        }
    }

    @Test
    void englishLinesOfSeveralLooksAreSetAsIfMeasuredAgain() {
        List<Span> spans = List.of(
                text("The Conference of the Parties to the United Nations Convention against Transnational ",
                        FontFace.REGULAR, 10),
                text("Organized Crime", FontFace.ITALIC, 10),
                new Span("1", FontFace.REGULAR, 6.5f, 3.5f, null, 1),
                text(" met in Vienna from 12 to 16\u00A0October 2020 \u2013 \u201Cits tenth session\u201D \u2014 and ",
                        FontFace.REGULAR, 10),
                text("adopted resolution 10/4, ", FontFace.BOLD, 10),
                new Span("CTOC/COP/2020/10", FontFace.REGULAR, 10, 0, "https://undocs.org/en/CTOC/COP/2020/10", 0),
                text(", on the implementation of the Convention; \u00E9l\u00E8ves, \u00DCbung, "
                        + "\u0416\u0435\u043D\u0435\u0432\u0430.", FontFace.REGULAR, 10));
        List<LineBreaker.BrokenLine> lines = broken(spans, Language.EN, 220);
        assertEquals(true, lines.size() > 3, "several lines: " + lines.size());
        lines.forEach(line -> assertNotNull(line.asIsWidths(), "drawn as it is: " + line.spans()));
        assertSetAlike(lines, Language.EN);
    }

    @Test
    void aLineWithASoftHyphenOrArabicOrChineseIsMeasuredAgain() {
        List<LineBreaker.BrokenLine> hyphenated = broken(
                List.of(text("An inter\u00ADnational meeting of inter\u00ADnational experts.", FontFace.REGULAR, 10)),
                Language.EN, 50);
        assertEquals(true, hyphenated.stream().anyMatch(LineBreaker.BrokenLine::hyphenated),
                "a line ends at a soft hyphen");
        hyphenated.stream().filter(LineBreaker.BrokenLine::hyphenated)
                .forEach(line -> assertNull(line.asIsWidths(), "a drawn hyphen ends " + line.spans()));
        assertSetAlike(hyphenated, Language.EN);

        List<LineBreaker.BrokenLine> arabic = broken(
                List.of(text("See \u0627\u0644\u0645\u0631\u0641\u0642 A/80/150 for the text.", FontFace.REGULAR, 10)),
                Language.EN, 1000);
        assertNull(arabic.get(0).asIsWidths(), "Arabic letters are shaped and reordered");
        assertSetAlike(arabic, Language.EN);

        List<LineBreaker.BrokenLine> mixed = broken(List.of(text("The report of the meeting held in Vienna, "
                + "which the annex (\u0627\u0644\u0645\u0631\u0641\u0642) gives in full, was adopted by the "
                + "Conference at its tenth session without a vote, as orally revised.", FontFace.REGULAR, 10)),
                Language.EN, 120);
        for (LineBreaker.BrokenLine line : mixed) {
            boolean arabicLine = line.spans().get(0).text().indexOf('\u0627') >= 0;
            assertEquals(arabicLine, line.asIsWidths() == null, "measured again only with Arabic: " + line.spans());
        }
        assertSetAlike(mixed, Language.EN);

        List<LineBreaker.BrokenLine> chinese = broken(List.of(text(
                "\u7B2C\u4E5D\u5C4A\u4F1A\u8BAE\uFF0C2018\u5E74\u5728\u7EF4\u4E5F\u7EB3\u4E3E\u884C\u3002"
                        + "\u201C\u8054\u5408\u56FD\u201D\u7B2C\u4E5D\u5C4A\u4F1A\u8BAE\uFF0C2018\u5E74\u3002",
                FontFace.REGULAR, 10)), Language.ZH, 90);
        assertSetAlike(chinese, Language.ZH);
    }
}
