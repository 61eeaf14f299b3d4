package org.secnotes.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.secnotes.core.Language;
import org.secnotes.core.Note;
import org.secnotes.core.source.NoteReader;
import org.secnotes.core.source.SourceFile;
import org.secnotes.render.layout.DocumentLayout.Line;
import org.secnotes.render.layout.DocumentLayout.Page;
import org.secnotes.render.layout.DocumentLayout.Piece;
import org.secnotes.render.layout.DocumentLayout.Role;
import org.secnotes.render.pdf.PdfRenderer;
import org.secnotes.templates.NoteTemplates;

/** The structure the layout hands a tagged-PDF or HTML writer: roles, ids, languages. */
class LayoutStructureTest {

    private static final PdfRenderer RENDERER = PdfRenderer.builder().qrCode(true).build();

    private static DocumentLayout layout(Path source) throws Exception {
        return RENDERER.layout(LayoutGoldenTest.localized(source));
    }

    private static List<Line> lines(DocumentLayout layout) {
        List<Line> all = new ArrayList<>();
        layout.pages().forEach(page -> all.addAll(page.lines()));
        return all;
    }

    @Test
    void everyFootnoteCallNamesAFootnoteOnItsPage() throws Exception {
        DocumentLayout layout = layout(LayoutGoldenTest.LONG_NOTES.resolve("long-note.en.md"));
        int calls = 0;
        for (Page page : layout.pages()) {
            Set<String> notes = new LinkedHashSet<>();
            page.lines().stream().filter(l -> l.role() == Role.FOOTNOTE && l.part().label())
                    .forEach(l -> notes.add(l.part().element()));
            for (Line line : page.lines()) {
                for (Piece piece : line.pieces()) {
                    if (piece.footnote() != null) {
                        calls++;
                        assertTrue(notes.contains(piece.footnote()), piece.footnote() + " on page " + page.number());
                        assertEquals(piece.footnote(), "footnote-" + piece.text(),
                                "the call's text is its number, or the agenda footnote's marker");
                    }
                }
            }
        }
        assertEquals(8, calls, "the long note calls seven footnotes, and the agenda line calls the '*' one");
        assertTrue(layout.pages().get(0).lines().stream()
                .anyMatch(l -> l.part().element().equals("footnote-*") && l.part().label() && l.text().equals("*")));
    }

    @Test
    void oneTitleAndHeadingLevelsThatNeverSkip() throws Exception {
        DocumentLayout layout = layout(LayoutGoldenTest.LONG_NOTES.resolve("long-note.es.md"));
        List<Line> all = lines(layout);
        assertEquals(Set.of("title"), all.stream().filter(l -> l.role() == Role.TITLE)
                .map(l -> l.part().element()).collect(java.util.stream.Collectors.toSet()));
        int previous = 0;
        for (Line line : all) {
            if (line.role() == Role.HEADING && line.part().label()) {
                assertTrue(line.part().level() <= previous + 1, "a heading level is skipped at " + line.text());
                previous = line.part().level();
            }
        }
        assertTrue(previous > 0, "the long note has headings");
    }

    @Test
    void furnitureIsMarkedAndTheQrCodeHasAltTextInTheNotesLanguage() throws Exception {
        DocumentLayout layout = layout(LayoutGoldenTest.EXAMPLE_NOTES.resolve("cop-working-groups.es.md"));
        Page first = layout.pages().get(0);
        assertEquals(List.of(Role.BARCODE, Role.QR_CODE), first.marks().stream().map(DocumentLayout.Mark::role).toList());
        assertEquals("Código QR que abre este documento en línea", first.marks().get(1).altText());
        List<String> artifacts = first.lines().stream().filter(l -> l.role().isArtifact()).map(Line::text).toList();
        assertEquals(List.of("V.18-04130 (S)", "*1804130*"), artifacts);
    }

    @Test
    void theEnglishIssueBlockOfARussianNoteSaysItIsEnglish() throws Exception {
        String source = "---\nsymbol: CTOC/COP/2018/10\ndate: 2018-06-18\nlanguage: ru\noriginal: en\n"
                + "title: Доклад\n---\n1. Текст.\n";
        SourceFile file = NoteReader.standard().parse(source, null);
        Note note = NoteReader.assemble(List.of(file));
        DocumentLayout layout = RENDERER.layout(NoteTemplates.standard().localize(note, Language.RU));
        for (Line line : lines(layout)) {
            Language expected = line.role() == Role.ISSUE_BLOCK ? Language.EN : null;
            assertEquals(expected, line.part().language(), line.role() + ": " + line.text());
        }
        assertTrue(lines(layout).stream().anyMatch(l -> l.role() == Role.ISSUE_BLOCK && l.text().startsWith("Distr.")));
    }
}
