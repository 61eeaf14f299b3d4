package org.secnotes.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.secnotes.core.Block;
import org.secnotes.core.Footnote;
import org.secnotes.core.Inline;
import org.secnotes.core.NoteMetadata;
import org.secnotes.core.NoteVersion;

/**
 * Runs every spec-example file under {@code src/test/resources/spec}, found by listing the
 * folder. Each example is one of: a bad source ({@code source}) and the error it must give
 * ({@code error}); a Markdown body ({@code markdown}) and the blocks it must become
 * ({@code blocks}); or a whole source ({@code source}) and what its version must hold
 * ({@code version}, then optionally {@code blocks}). An example of no such form fails, so none
 * is silently skipped.
 */
class SourceSpecTest {

    private static final NoteReader READER = NoteReader.standard();
    private static final String FRONT = "---\nsymbol: A/80/1\ndate: 2025-01-01\nlanguage: en\noriginal: en\ntitle: T\n---\n";

    @TestFactory
    Stream<DynamicTest> specExamples() throws Exception {
        Map<String, List<SpecExamples.Example>> files = SpecExamples.discover("/spec");
        assertTrue(files.containsKey("bad_input.md") && files.containsKey("body.md"), files.keySet().toString());
        return files.entrySet().stream().flatMap(file -> file.getValue().stream()
                .map(example -> DynamicTest.dynamicTest(file.getKey() + ": " + example, () -> run(example))));
    }

    private static void run(SpecExamples.Example example) throws SourceException {
        if (example.has("source") && example.has("error")) {
            badInputGivesAClearError(example);
        } else if (example.has("markdown") && example.has("blocks")) {
            bodyBecomesBlocks(example);
        } else if (example.has("source") && example.has("version")) {
            sourceBecomesVersion(example);
        } else {
            fail("example " + example + " has none of the block pairs source+error, markdown+blocks, source+version");
        }
    }

    private static void badInputGivesAClearError(SpecExamples.Example example) {
        String source = example.block("source");
        // A bad source must fail fast whatever it holds: an alias bomb included.
        SourceException error = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(SourceException.class, () -> READER.parse(source, Path.of("notes/note.en.md"))));
        assertEquals(example.block("error").strip(), error.getMessage());
    }

    private static void bodyBecomesBlocks(SpecExamples.Example example) throws SourceException {
        SourceFile file = READER.parse(FRONT + example.block("markdown"), null);
        assertEquals(example.block("blocks").strip(), dumpWithWarnings(file));
    }

    private static void sourceBecomesVersion(SpecExamples.Example example) throws SourceException {
        SourceFile file = READER.parse(example.block("source"), Path.of("notes/note.en.md"));
        NoteVersion version = file.version();
        NoteMetadata metadata = file.metadata();
        String dump = "title: " + version.title()
                + "\norgan: " + version.organ()
                + "\nagenda title: " + version.agendaTitle()
                + "\nsubtitle: " + version.subtitle()
                + "\ndate: " + metadata.dateOfIssue()
                + "\nsession: " + metadata.session()
                + "\nagenda: " + metadata.agenda();
        assertEquals(example.block("version").strip(), dump);
        if (example.has("blocks")) {
            assertEquals(example.block("blocks").strip(), dumpWithWarnings(file));
        }
    }

    private static String dumpWithWarnings(SourceFile file) {
        String dump = dump(file.version().body().blocks(), file.version().body().footnotes());
        if (!file.warnings().isEmpty()) {
            dump += file.warnings().stream().map(w -> "W | " + w).collect(Collectors.joining("\n", "\n", ""));
        }
        return dump;
    }

    /** A readable one-line-per-block dump of a body. */
    static String dump(List<Block> blocks, List<Footnote> footnotes) {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Block.Heading) {
                Block.Heading h = (Block.Heading) block;
                out.append("H").append(h.level()).append(' ').append(h.label());
            } else if (block instanceof Block.NumberedParagraph) {
                out.append("P ").append(((Block.NumberedParagraph) block).number());
            } else if (block instanceof Block.SubItem) {
                Block.SubItem s = (Block.SubItem) block;
                out.append("S ").append(s.depth()).append('.').append(s.ordinal());
            } else if (block instanceof Block.Quotation) {
                out.append("Q");
            } else if (block instanceof Block.Annex) {
                out.append("A ").append(((Block.Annex) block).number());
            } else if (block instanceof Block.Table) {
                table((Block.Table) block, out);
                continue;
            } else {
                out.append("T");
            }
            out.append(" | ").append(inlines(block.text())).append('\n');
        }
        for (Footnote footnote : footnotes) {
            out.append("F ").append(footnote.number()).append(" | ").append(inlines(footnote.text())).append('\n');
        }
        return out.toString().strip();
    }

    /** A table as "X line N | LEFT RIGHT", then one "XH" (header) or "XR" (body) line per row, cells between bars. */
    private static void table(Block.Table table, StringBuilder out) {
        out.append("X line ").append(table.line()).append(" |");
        table.alignments().forEach(a -> out.append(' ').append(a));
        out.append('\n');
        for (List<Block.Table.Row> part : List.of(table.header(), table.rows())) {
            for (Block.Table.Row row : part) {
                StringBuilder line = new StringBuilder(part == table.header() ? "XH" : "XR");
                row.cells().forEach(cell -> line.append(" | ").append(inlines(cell)));
                out.append(line.toString().stripTrailing()).append('\n');
            }
        }
    }

    static String inlines(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text) {
                out.append(((Inline.Text) inline).text());
            } else if (inline instanceof Inline.Emphasis) {
                out.append('_').append(inlines(((Inline.Emphasis) inline).children())).append('_');
            } else if (inline instanceof Inline.Strong) {
                out.append("**").append(inlines(((Inline.Strong) inline).children())).append("**");
            } else if (inline instanceof Inline.Subscript) {
                out.append("_{").append(inlines(((Inline.Subscript) inline).children())).append('}');
            } else if (inline instanceof Inline.Superscript) {
                out.append("^{").append(inlines(((Inline.Superscript) inline).children())).append('}');
            } else if (inline instanceof Inline.Link) {
                Inline.Link link = (Inline.Link) inline;
                out.append('<').append(link.uri()).append('|').append(inlines(link.children())).append('>');
            } else if (inline instanceof Inline.DocumentReference) {
                Inline.DocumentReference ref = (Inline.DocumentReference) inline;
                out.append('{').append(ref.text()).append(" -> ").append(ref.target()).append('}');
            } else if (inline instanceof Inline.FootnoteReference) {
                out.append('^').append(((Inline.FootnoteReference) inline).number());
            }
        }
        return out.toString();
    }
}
