package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.secnotes.templates.HeaderGroup;
import org.secnotes.templates.LocalizedNote;

/**
 * The header parts and body roles that no default covers, tagged with their own standard types and
 * read back in order: a block quotation as a {@code BlockQuote} of {@code P}s inside the list item
 * it follows; the session block's body line and year line, and the symbol's part line
 * ("Addendum") under the kind, each a {@code P} in its place in the header.
 */
class PdfStructureRolesTest {

    @Test
    void aQuotationBetweenNumberedParagraphsIsABlockQuoteInTheItemItFollows() throws IOException {
        LocalizedNote note = Fixtures.fromSource(Fixtures.source("1. The Charter provides as follows:\n\n"
                + "> The Organization is based on the principle of the sovereign equality of all its Members.\n>\n"
                + "> All Members shall settle their international disputes by peaceful means.\n\n"
                + "2. The Committee may wish to take note of the present note.\n"));
        byte[] pdf = Fixtures.pdf(note);
        assertEquals(Map.of("2a", Set.of(), "ua1", Set.of()), VeraPdf.failedRules(pdf, VeraPdf.CLAIMS));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            TaggedStructure structure = TaggedStructure.read(document);
            List<String> body = outline(structure.root);
            int first = body.indexOf("Lbl | 1.");
            assertEquals(List.of("L", "LI", "Lbl | 1.", "LBody | The Charter provides as follows:",
                    "BlockQuote",
                    "P | The Organization is based on the principle of the sovereign equality of all its Members.",
                    "P | All Members shall settle their international disputes by peaceful means.",
                    "LI", "Lbl | 2.", "LBody | The Committee may wish to take note of the present note."),
                    body.subList(first - 2, body.size()));
            assertEquals(1, structure.find("BlockQuote").size(), "two quoted paragraphs in a row are one quotation");
            assertEquals(1, structure.find("L").size(), "the quotation does not end the list");
        }
    }

    @Test
    void theCouncilLineAndTheAddendumLineArePsInTheirPlace() throws IOException {
        LocalizedNote note = Fixtures.localized("hrc-right-to-development.en.md");
        HeaderGroup.SessionBlock session = group(note, HeaderGroup.SessionBlock.class);
        HeaderGroup.TitleBlock title = group(note, HeaderGroup.TitleBlock.class);
        assertNotNull(session.bodyLine(), "the fixture has a body line");
        assertEquals(List.of("Addendum"), title.partLines());
        List<String> read = read(note);
        assertInOrder(read, "P | " + session.bodyLine(), "P | " + session.sessionLine());
        assertInOrder(read, "H1 | " + title.title(), "P | " + title.kind(), "P | Addendum");
    }

    @Test
    void theYearLineIsAPUnderTheSessionLine() throws IOException {
        LocalizedNote note = Fixtures.localized("peacekeeping-report.en.md");
        HeaderGroup.SessionBlock session = group(note, HeaderGroup.SessionBlock.class);
        assertEquals("Eightieth year", session.yearLine());
        assertInOrder(read(note), "P | " + session.sessionLine(), "P | Eightieth year");
    }

    /** The tree of a rendered note as "type | text" for elements with text of their own, "type" for others. */
    private static List<String> read(LocalizedNote note) throws IOException {
        try (PDDocument document = Loader.loadPDF(Fixtures.pdf(note))) {
            return outline(TaggedStructure.read(document).root);
        }
    }

    private static List<String> outline(TaggedStructure.Node root) {
        List<String> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(TaggedStructure.Node node, List<String> out) {
        if (TaggedStructure.INLINE.contains(node.type())) {
            return;
        }
        String own = node.ownText().replaceAll("\\s+", " ").strip();
        out.add(own.isEmpty() ? node.type() : node.type() + " | " + own);
        node.kids().forEach(kid -> walk(kid, out));
    }

    /** {@code first} is in the list and {@code next} follow it at once. */
    private static void assertInOrder(List<String> read, String first, String... next) {
        int at = read.indexOf(first);
        List<String> expected = new ArrayList<>(List.of(first));
        expected.addAll(List.of(next));
        assertEquals(expected, at < 0 ? read : read.subList(at, Math.min(read.size(), at + expected.size())),
                "in " + read);
    }

    private static <T extends HeaderGroup> T group(LocalizedNote note, Class<T> type) {
        return note.header().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }
}
