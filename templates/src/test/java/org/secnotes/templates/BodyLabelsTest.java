package org.secnotes.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.secnotes.core.Note;
import org.secnotes.core.source.NoteReader;
import org.secnotes.core.source.SourceFile;

/** Labels of the body as each language prints them: "(a)" in English, "a)" in Spanish. */
class BodyLabelsTest {

    private static final String BODY = String.join("\n",
            "# I. Introduction",
            "",
            "## A. Scope",
            "",
            "1. The Conference decided:",
            "   - first;",
            "   - second:",
            "     - one;",
            "     - two;",
            "     - three;",
            "     - four;",
            "   - third.",
            "",
            "Closing words.",
            "");

    private static List<String> labels(String language) throws Exception {
        String source = "---\nsymbol: A/80/1\ndate: 2025-01-01\nlanguage: " + language
                + "\noriginal: en\ntitle: T\n---\n" + BODY;
        SourceFile file = NoteReader.standard().parse(source, null);
        Note note = NoteReader.assemble(List.of(file));
        return NoteTemplates.standard().localize(note, file.version().language()).body().blocks().stream()
                .map(b -> b.role() + " " + b.label()).toList();
    }

    @Test
    void englishPutsSubItemLabelsInParentheses() throws Exception {
        assertEquals(List.of("HEADING I.", "HEADING A.", "NUMBERED_PARAGRAPH 1.", "SUB_ITEM (a)", "SUB_ITEM (b)",
                "SUB_ITEM (i)", "SUB_ITEM (ii)", "SUB_ITEM (iii)", "SUB_ITEM (iv)", "SUB_ITEM (c)", "PARAGRAPH "),
                labels("en"));
    }

    @Test
    void spanishOpensNoParenthesis() throws Exception {
        assertEquals(List.of("HEADING I.", "HEADING A.", "NUMBERED_PARAGRAPH 1.", "SUB_ITEM a)", "SUB_ITEM b)",
                "SUB_ITEM i)", "SUB_ITEM ii)", "SUB_ITEM iii)", "SUB_ITEM iv)", "SUB_ITEM c)", "PARAGRAPH "),
                labels("es"));
    }

    @Test
    void arabicNamesChaptersSectionsAndSubItemsInArabic() throws Exception {
        assertEquals(List.of("HEADING أولا -", "HEADING ألف -", "NUMBERED_PARAGRAPH 1 -", "SUB_ITEM (أ)", "SUB_ITEM (ب)",
                "SUB_ITEM '1'", "SUB_ITEM '2'", "SUB_ITEM '3'", "SUB_ITEM '4'", "SUB_ITEM (ج)", "PARAGRAPH "),
                labels("ar"));
    }

    @Test
    void arabicReadsCAndLAsSectionsAndIVAndXAsChapters() throws Exception {
        String body = "# II. One\n\n## C. Three\n\n## L. Twelve\n\n# V. Five\n\n# X. Ten\n\n# XI. Eleven\n";
        String source = "---\nsymbol: A/80/1\ndate: 2025-01-01\nlanguage: ar\noriginal: en\ntitle: T\n---\n" + body;
        SourceFile file = NoteReader.standard().parse(source, null);
        List<String> labels = NoteTemplates.standard().localize(NoteReader.assemble(List.of(file)), file.version().language())
                .body().blocks().stream().map(b -> b.label()).toList();
        assertEquals(List.of("ثانيا -", "جيم -", "لام -", "خامسا -", "عاشرا -", "حادي عشر -"), labels);
    }

    private static List<String> annexLabels(String language, int annexes) throws Exception {
        StringBuilder body = new StringBuilder("1. Text.\n");
        for (int i = 1; i <= annexes; i++) {
            body.append("\n# Title ").append(i).append(" {.annex}\n\n1. Annex text.\n");
        }
        String source = "---\nsymbol: A/80/1\ndate: 2025-01-01\nlanguage: " + language
                + "\noriginal: en\ntitle: T\n---\n" + body;
        SourceFile file = NoteReader.standard().parse(source, null);
        return NoteTemplates.standard().localize(NoteReader.assemble(List.of(file)), file.version().language())
                .body().blocks().stream().filter(b -> b.role() == BlockRole.ANNEX).map(LocalizedBlock::label).toList();
    }

    @Test
    void aLoneAnnexIsUnnumberedInEveryLanguage() throws Exception {
        assertEquals(List.of("Annex", "Anexo", "Annexe", "Приложение", "附件", "المرفق"),
                List.of(annexLabels("en", 1).get(0), annexLabels("es", 1).get(0), annexLabels("fr", 1).get(0),
                        annexLabels("ru", 1).get(0), annexLabels("zh", 1).get(0), annexLabels("ar", 1).get(0)));
    }

    @Test
    void severalAnnexesAreNumberedAsEachLanguageNumbersThem() throws Exception {
        assertEquals(List.of("Annex I", "Annex II", "Annex III", "Annex IV"), annexLabels("en", 4));
        assertEquals(List.of("Anexo I", "Anexo II"), annexLabels("es", 2));
        assertEquals(List.of("Annexe I", "Annexe II"), annexLabels("fr", 2));
        assertEquals(List.of("Приложение I", "Приложение II"), annexLabels("ru", 2));
        assertEquals(List.of("附件一", "附件二", "附件三"), annexLabels("zh", 3));
        assertEquals(List.of("المرفق الأول", "المرفق الثاني", "المرفق الثالث"), annexLabels("ar", 3));
    }

    @Test
    void aTablePassesThroughUnlabelledAndTheNumberingRunsOnPastIt() throws Exception {
        String body = "1. Before.\n\n| Year | Cases |\n|---|--:|\n| 2024 | 12 |\n\n2. After.\n";
        String source = "---\nsymbol: A/80/1\ndate: 2025-01-01\nlanguage: es\noriginal: en\ntitle: T\n---\n" + body;
        SourceFile file = NoteReader.standard().parse(source, null);
        List<LocalizedBlock> blocks = NoteTemplates.standard().localize(NoteReader.assemble(List.of(file)),
                file.version().language()).body().blocks();
        assertEquals(List.of("NUMBERED_PARAGRAPH 1.", "TABLE ", "NUMBERED_PARAGRAPH 2."),
                blocks.stream().map(b -> b.role() + " " + b.label()).toList());
        assertEquals(file.version().body().blocks().get(1), blocks.get(1).table());
        assertEquals(null, blocks.get(0).table());
    }

    @Test
    void lettersGoOnPastZ() {
        assertEquals(List.of("a", "z", "aa", "bb"), List.of(NoteTemplates.letters(1), NoteTemplates.letters(26),
                NoteTemplates.letters(27), NoteTemplates.letters(28)));
    }
}
