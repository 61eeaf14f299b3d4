package org.secnotes.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.secnotes.core.Block;
import org.secnotes.core.Footnote;
import org.secnotes.core.Inline;

/**
 * Runs the spec-example files under {@code src/test/resources/spec}: bad sources and the error
 * each must give, and Markdown bodies and the blocks each must become.
 */
class SourceSpecTest {

    private static final NoteReader READER = NoteReader.standard();

    static Stream<SpecExamples.Example> badInput() throws Exception {
        return SpecExamples.load("/spec/bad_input.md").stream();
    }

    static Stream<SpecExamples.Example> bodies() throws Exception {
        return SpecExamples.load("/spec/body.md").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputGivesAClearError(SpecExamples.Example example) {
        String source = example.block("source");
        // A bad source must fail fast whatever it holds: an alias bomb included.
        SourceException error = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(SourceException.class, () -> READER.parse(source, Path.of("notes/note.en.md"))));
        assertEquals(example.block("error").strip(), error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void bodyBecomesBlocks(SpecExamples.Example example) throws SourceException {
        String source = "---\nsymbol: A/80/1\ndate: 2025-01-01\nlanguage: en\noriginal: en\ntitle: T\n---\n"
                + example.block("markdown");
        SourceFile file = READER.parse(source, null);
        String dump = dump(file.version().body().blocks(), file.version().body().footnotes());
        if (!file.warnings().isEmpty()) {
            dump += file.warnings().stream().map(w -> "W | " + w).collect(Collectors.joining("\n", "\n", ""));
        }
        assertEquals(example.block("blocks").strip(), dump);
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

    static String inlines(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text) {
                out.append(((Inline.Text) inline).text());
            } else if (inline instanceof Inline.Emphasis) {
                out.append('_').append(inlines(((Inline.Emphasis) inline).children())).append('_');
            } else if (inline instanceof Inline.Strong) {
                out.append("**").append(inlines(((Inline.Strong) inline).children())).append("**");
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
