package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.secnotes.render.layout.DocumentLayout;
import org.secnotes.templates.LocalizedNote;

/**
 * A soft hyphen in the source is a break hint in the PDF: a line may end there and then shows a
 * hyphen; elsewhere nothing is drawn, not even a gap. Read as text, a word is whole either way: the
 * drawn hyphen is a layout artifact, and the reader's text has no soft hyphen left in it.
 */
class SoftHyphenPdfTest {

    private static final String SHY = "\u00AD";
    /** A paragraph long enough that some lines end inside its long words, at their soft hyphens. */
    private static final String WORDS = String.join(" ", java.util.Collections.nCopies(12,
            "the inter" + SHY + "national co" + SHY + "oper" + SHY + "ation of the tech" + SHY + "nical com" + SHY
                    + "mittees"));

    private static LocalizedNote note(String paragraph) {
        return Fixtures.fromSource(Fixtures.source("1. " + paragraph + "\n"));
    }

    private static List<DocumentLayout.Line> bodyLines(LocalizedNote note) {
        List<DocumentLayout.Line> lines = new ArrayList<>();
        for (DocumentLayout.Page page : Fixtures.RENDERER.layout(note).pages()) {
            for (DocumentLayout.Line line : page.lines()) {
                if (line.role() == DocumentLayout.Role.NUMBERED_PARAGRAPH && !line.part().label()) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    @Test
    void whereNoLineEndsAtItASoftHyphenDrawsNothingAndTakesNoRoom() {
        List<DocumentLayout.Line> hinted = bodyLines(note("An inter" + SHY + "national meeting."));
        List<DocumentLayout.Line> plain = bodyLines(note("An international meeting."));
        assertEquals(1, hinted.size());
        assertEquals(plain.get(0).text(), hinted.get(0).text());
        assertEquals(plain.get(0).width(), hinted.get(0).width(), 0.001f);
        assertEquals(plain.get(0).pieces(), hinted.get(0).pieces());
    }

    @Test
    void aLineMayEndAtASoftHyphenWhichThenShowsAHyphenStandingForIt() {
        List<DocumentLayout.Line> lines = bodyLines(note(WORDS));
        int hyphenated = 0;
        for (DocumentLayout.Line line : lines) {
            for (DocumentLayout.Piece piece : line.pieces()) {
                assertFalse(piece.text().contains(SHY), "no soft hyphen is drawn: " + line.text());
            }
            DocumentLayout.Piece last = line.pieces().get(line.pieces().size() - 1);
            if (line.text().endsWith("-")) {
                hyphenated++;
                assertEquals("-", last.text(), "the hyphen is a piece of its own: " + line.text());
                assertEquals(SHY, last.actualText(), "and stands for the soft hyphen");
            }
        }
        assertTrue(hyphenated >= 2, "some lines end inside a word: " + lines.stream().map(DocumentLayout.Line::text).toList());
        // Every hyphen is at a soft hyphen of the source: the lines joined give the words back.
        StringBuilder joined = new StringBuilder();
        for (DocumentLayout.Line line : lines) {
            String text = line.text();
            joined.append(text.endsWith("-") ? text.substring(0, text.length() - 1) : text + " ");
        }
        assertEquals(WORDS.replace(SHY, ""), joined.toString().strip());
    }

    @Test
    void extractedTextHasNoStrayCharacterAndTheStructureReadsBrokenWordsWhole() throws Exception {
        byte[] pdf = Fixtures.pdf(note("An inter" + SHY + "national meeting. " + WORDS));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertFalse(text.contains(SHY), "no soft hyphen glyph on the page");
            assertTrue(text.contains("An international meeting."), "an unbroken word reads as it is: " + text);
            // On paper a broken word shows its hyphen at the line's end ...
            assertTrue(text.contains("-\n") || text.contains("-\r\n"), text);
            TaggedStructure structure = TaggedStructure.read(document);
            // ... which is layout, not text: the paragraph's structure has the words whole.
            String body = structure.find("LBody").get(0).text();
            assertEquals("An international meeting. " + WORDS.replace(SHY, ""), body.strip());
            assertTrue(structure.artifacts.stream().flatMap(List::stream).anyMatch("-"::equals),
                    "the drawn hyphens are artifacts");
        }
        Map<String, Set<String>> failed = VeraPdf.failedRules(pdf, VeraPdf.CLAIMS);
        assertEquals(Map.of("2a", Set.of(), "ua1", Set.of()), failed, "PDF/A-2a and PDF/UA-1 stay green");
    }

    @Test
    void aLinkWhoseWordsBreakAtASoftHyphenStaysOneLinkAndItsHyphenStaysLayout() throws Exception {
        byte[] pdf = Fixtures.pdf(note("See [" + WORDS + "](https://www.un.org/en/about-us)."));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            TaggedStructure structure = TaggedStructure.read(document);
            List<TaggedStructure.Node> links = structure.find("Link");
            assertTrue(links.size() >= 2, "the linked words run over several lines");
            for (TaggedStructure.Node link : links) {
                assertTrue(WORDS.replace(SHY, "").contains(link.text().strip()), "a link reads words whole: " + link.text());
            }
            assertEquals("See " + WORDS.replace(SHY, "") + ".", structure.find("LBody").get(0).text().strip());
            assertTrue(structure.artifacts.stream().flatMap(List::stream).anyMatch("-"::equals),
                    "the drawn hyphens are artifacts, inside the link's words too");
        }
        Map<String, Set<String>> failed = VeraPdf.failedRules(pdf, VeraPdf.CLAIMS);
        assertEquals(Map.of("2a", Set.of(), "ua1", Set.of()), failed, "PDF/A-2a and PDF/UA-1 stay green");
    }
}
