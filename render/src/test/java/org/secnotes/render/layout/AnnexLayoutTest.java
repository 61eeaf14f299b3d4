package org.secnotes.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secnotes.core.Note;
import org.secnotes.core.source.NoteReader;
import org.secnotes.core.source.SourceFile;
import org.secnotes.render.layout.DocumentLayout.Line;
import org.secnotes.render.layout.DocumentLayout.Page;
import org.secnotes.render.layout.DocumentLayout.Role;
import org.secnotes.render.pdf.PdfRenderer;
import org.secnotes.templates.NoteTemplates;

/**
 * Annexes on the page: each starts a page under its heading and title, its paragraphs are
 * numbered from 1 again, its footnotes keep their running numbers, the text before it ends with
 * the short rule, and a right-to-left annex stands at the mirrored column edge.
 */
class AnnexLayoutTest {

    private static final PdfRenderer RENDERER = PdfRenderer.builder().build();

    private static DocumentLayout layout(String language, String body) throws Exception {
        String source = "---\nsymbol: A/80/1\ndate: 2025-01-01\nlanguage: " + language
                + "\noriginal: en\ntitle: T\n---\n" + body;
        SourceFile file = NoteReader.standard().parse(source, null);
        Note note = NoteReader.assemble(List.of(file));
        return RENDERER.layout(NoteTemplates.standard().localize(note, file.version().language()));
    }

    private static final String BODY = "1. Main text.[^a]\n\n2. More.\n\n# Views of Member States {.annex}\n\n"
            + "1. Annex text.[^b]\n\n# Tables {.annex}\n\n1. Again.\n\n[^a]: One.\n[^b]: Two.\n";

    private static List<String> texts(Page page, Role role) {
        List<String> out = new ArrayList<>();
        for (Line line : page.lines()) {
            if (line.role() == role) {
                out.add(line.text());
            }
        }
        return out;
    }

    @Test
    void eachAnnexStartsAPageUnderItsHeadingWithItsOwnNumbering() throws Exception {
        DocumentLayout layout = layout("en", BODY);
        assertEquals(3, layout.pages().size());
        Page first = layout.pages().get(1);
        Page second = layout.pages().get(2);
        assertEquals(List.of("Annex I", "Views of Member States"), texts(first, Role.ANNEX));
        assertEquals(Role.ANNEX, first.lines().get(0).role(), "the heading opens the page");
        assertEquals(List.of("1.", "Annex text.2"), texts(first, Role.NUMBERED_PARAGRAPH));
        assertEquals(List.of("2", "Two."), texts(first, Role.FOOTNOTE), "footnotes run on");
        assertEquals(List.of("Annex II", "Tables"), texts(second, Role.ANNEX));
        assertEquals(List.of("1.", "Again."), texts(second, Role.NUMBERED_PARAGRAPH));
        // The short rule ends the main text and each annex; page 1 has the footnote rule too.
        assertEquals(1, layout.pages().get(0).rules().stream().filter(r -> r.thickness() == 0.25f).count());
        assertEquals(1, second.rules().stream().filter(r -> r.thickness() == 0.25f && r.x1() > 200).count());
        assertEquals(List.of("Annex I Views of Member States", "Annex II Tables"),
                layout.bookmarks().stream().filter(b -> b.level() == 0).map(DocumentLayout.Bookmark::title).toList());
    }

    @Test
    void anArabicAnnexStandsAtTheRightEdgeAndIsWordedInArabic() throws Exception {
        DocumentLayout layout = layout("ar", BODY);
        float right = layout.style().paper().width() - layout.style().frame().columnLeft();
        Page annex = layout.pages().get(1);
        List<Line> heading = annex.lines().stream().filter(l -> l.role() == Role.ANNEX).toList();
        assertEquals(2, heading.size());
        assertEquals("المرفق الأول", heading.get(0).text());
        for (Line line : heading) {
            assertEquals(right, line.x() + line.width(), 0.05f, "at the mirrored edge: " + line.text());
        }
    }

    @Test
    void theExampleReportHasItsAnnexOnThePageAfterTheText() throws Exception {
        DocumentLayout layout = RENDERER.layout(LayoutGoldenTest.localized(
                LayoutGoldenTest.EXAMPLE_NOTES.resolve("secretariat-composition.es.md")));
        Page last = layout.pages().get(layout.pages().size() - 1);
        assertEquals("Anexo", last.lines().get(0).text());
        assertEquals(Role.ANNEX, last.lines().get(0).role());
    }
}
