package org.secnotes.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secnotes.core.Block;
import org.secnotes.core.source.NoteReader;

/** What the renderer writes parses back, with Flexmark, to the structure of the note. */
class MarkdownRoundTripTest {

    private static final Parser PARSER = Parser.builder(
            new MutableDataSet().set(Parser.EXTENSIONS, List.of(FootnoteExtension.create()))).build();

    private static final String SOURCE = String.join("\n",
            "---",
            "symbol: A/80/999",
            "date: 2025-09-01",
            "language: en",
            "original: en",
            "agenda:",
            "  item: \"4\"",
            "  title: Peace <script>alert(1)</script>",
            "  symbol: A/80/150",
            "title: \"Report *with* [syntax] & <b>HTML</b>\"",
            "---",
            "# I. Introduction",
            "",
            "1. First, citing A/RES/57/301.[^a]",
            "2. Second:",
            "   - one;",
            "   - two.",
            "",
            "## A. Section",
            "",
            "3. Third, with a [link](https://www.un.org/en).",
            "",
            "[^a]: A note.",
            "");

    private static <T extends Node> List<T> all(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, type, found);
        }
    }

    private static String text(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }

    @Test
    void anAnnexHeadingParsesBackAsOneLevelOneHeadingAndScriptsAsTheirMarkup() throws Exception {
        String markdown = MarkdownSpecTest.render(String.join("\n", "---", "symbol: A/80/998", "date: 2025-09-01",
                "language: en", "original: en", "title: T", "---", "1. Text with CO~2~.", "",
                "# Views of *Member* States {.annex}", "", "1. Annex text.", ""));
        Document document = PARSER.parse(markdown);
        List<Heading> headings = all(document, Heading.class);
        assertEquals(1, headings.size(), markdown);
        assertEquals(1, headings.get(0).getLevel());
        assertEquals("Annex\nViews of Member States", text(headings.get(0)), markdown);
        assertEquals(2, all(document, OrderedListItem.class).size());
        assertTrue(markdown.contains("CO~2~"), markdown);
    }

    @Test
    void parsesBackToTheNotesStructure() throws Exception {
        String markdown = MarkdownSpecTest.render(SOURCE);
        Document document = PARSER.parse(markdown);

        List<OrderedListItem> items = all(document, OrderedListItem.class);
        assertEquals(3, items.size(), markdown);
        assertTrue(text(items.get(0)).startsWith("First, citing A/RES/57/301."), text(items.get(0)));
        assertEquals(1, all(items.get(1), BulletList.class).size(), "sub-items nest under their paragraph");

        List<Heading> headings = all(document, Heading.class);
        assertEquals(List.of(1, 2), headings.stream().map(Heading::getLevel).toList());
        assertEquals("I. Introduction", text(headings.get(0)));

        List<String> targets = all(document, Link.class).stream().map(l -> l.getUrl().toString()).toList();
        assertEquals(List.of("https://undocs.org/en/A/RES/57/301", "https://www.un.org/en",
                "https://undocs.org/en/A/80/150"), targets);
        assertEquals(1, all(document, FootnoteBlock.class).size());

        assertTrue(all(document, HtmlInline.class).isEmpty(), "no raw HTML: " + markdown);
        assertTrue(all(document, HtmlBlock.class).isEmpty(), "no raw HTML: " + markdown);
        assertTrue(markdown.contains("Report \\*with\\* \\[syntax\\] & \\<b>HTML\\</b>"), markdown);

        Node last = document.getLastChild();
        assertTrue(last instanceof Paragraph, "the '*' footnote is a paragraph, not a bullet list");
        assertEquals("* A/80/150.", text(last));
        // The agenda title's markup survives as text a reader sees, not as HTML (none is parsed, above).
        assertTrue(all(document, Paragraph.class).stream().anyMatch(p -> text(p).contains("Peace <script>alert(1)</script>")),
                "the agenda title's text is kept: " + all(document, Paragraph.class).stream().map(p -> text(p)).toList());
    }

    /** Reads a source's body (or any Markdown after a minimal front matter) and returns its tables. */
    private static List<Block.Table> tables(String markdown) throws Exception {
        String front = "---\nsymbol: A/80/1\ndate: 2025-01-01\nlanguage: en\noriginal: en\ntitle: T\n---\n";
        return NoteReader.standard().parse(markdown.startsWith("---") ? markdown : front + markdown, null)
                .version().body().blocks().stream()
                .filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b).toList();
    }

    @Test
    void aTableReadsBackAsTheSameTable() throws Exception {
        String source = String.join("\n",
                "---", "symbol: A/80/5", "date: 2025-09-01", "language: en", "original: en", "title: T", "---",
                "1. Before.",
                "",
                "| Item \\| *pipe* | Cost | Note |",
                "|---|--:|:-:|",
                "| back\\\\slash \\| bar[^n] | 1 | <https://un.org/a|b> |",
                "| **A/80/1** |  | `x|` |",
                "| # not a heading | - not a list | 12. no number |",
                "",
                "2. After.",
                "",
                "[^n]: A note.",
                "");
        List<Block.Table> original = tables(source);
        assertEquals(1, original.size());
        String markdown = MarkdownSpecTest.render(source);
        List<Block.Table> back = tables(markdown);
        assertEquals(1, back.size(), markdown);
        assertEquals(original.get(0).alignments(), back.get(0).alignments());
        assertEquals(original.get(0).header(), back.get(0).header(), markdown);
        assertEquals(original.get(0).rows(), back.get(0).rows(), markdown);
    }
}
