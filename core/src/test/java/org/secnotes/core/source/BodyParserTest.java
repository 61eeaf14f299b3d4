package org.secnotes.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughSubscriptExtension;
import com.vladsch.flexmark.ext.superscript.SuperscriptExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.secnotes.core.Body;
import org.junit.jupiter.api.TestFactory;

/**
 * The reader's body parser skips work that cannot change the tree: the heading, fence and
 * thematic-break starts are not asked about lines that cannot open them, and the tables
 * pre-processor not about paragraphs whose first line has no pipe. Here that parser and one with
 * Flexmark's own starts and tables extension must give the same tree, node for node with the
 * source span and details of each, for every spec example, every replayed fuzz input, the test
 * notes and the lines each guard is about (those the reader refuses before parsing excepted).
 * The reader hands its parser the text as a sequence of its own ({@link ParsedText}); the stock parser is
 * given the String.
 */
class BodyParserTest {

    private static final Parser READER = BodyReader.parser();
    private static final Parser STOCK = stock();

    /** The same options and extensions, with Flexmark's own block starts and table pre-processor. */
    private static Parser stock() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(FootnoteExtension.create(), SuperscriptExtension.create(),
                StrikethroughSubscriptExtension.create(), TablesExtension.create()));
        TableReading.configure(options);
        return Parser.builder(options).build();
    }

    /** Inputs at each guard's edge: what opens the block, what looks like it and does not. */
    private static final List<String> EDGES = List.of(
            "# Title\n\n## Section {.annex}\n\n   ### Indented three\n\n    # Indented four: code\n",
            "#NoSpace\n\n####### Seven\n\n#\n\n# Closed #\n",
            "Setext one\n===\n\nSetext two\n---\n\n  Indented\n  ---\n\n= not a heading\n",
            "- item\n---\n\n* * *\n\n- - -\n\n_ _ _\n\n***\n\n1. item\n   ---\n",
            "> quoted\n> ---\n\n> # Heading in a quote\n\n- item\n\n  # Heading in an item\n",
            "```\ncode\n```\n\n~~~ info\ncode\n~~~\n\n  ```\nindented fence\n  ```\n\n`inline` code\n",
            "a | b\n--- | ---\n1 | 2\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n\n| a |\n|---|---|\n| 1 |\n",
            "text with a | pipe\nand a second line\n\nfirst line\n| a | b |\n|---|---|\n",
            "> | a | b |\n> |---|---|\n> | 1 | 2 |\n\n- item\n\n  | a | b |\n  |---|---|\n\n[^1]: note\n\n    | a |\n    |---|\n",
            "Text.[^1]\n\n[^1]: A footnote | with a pipe\n    ---\n",
            "\tTabbed # not a heading\n\n \t# Tab after a space\n\n-\tTab after a marker\n",
            "Line with trailing spaces   \n===   \n\nParagraph\n    ---\n");

    @TestFactory
    Stream<DynamicTest> theGuardedParserGivesFlexmarksTree() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < EDGES.size(); i++) {
            String input = EDGES.get(i);
            tests.add(DynamicTest.dynamicTest("edge " + (i + 1), () -> sameTree(input)));
        }
        for (Map.Entry<String, List<SpecExamples.Example>> file : SpecExamples.discover("/spec").entrySet()) {
            for (SpecExamples.Example example : file.getValue()) {
                for (String info : List.of("markdown", "source")) {
                    if (example.has(info) && parsed(example.block(info))) {
                        tests.add(DynamicTest.dynamicTest(file.getKey() + ": " + example + " " + info,
                                () -> sameTree(example.block(info))));
                    }
                }
            }
        }
        for (String folder : List.of("/org/secnotes/core/source/SourceReaderFuzzTestInputs/body", "/notes")) {
            for (Path file : files(folder)) {
                String input = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                if (!parsed(input)) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(folder + "/" + file.getFileName(), () -> sameTree(input)));
            }
        }
        assertTrue(tests.size() > 100, "found " + tests.size() + " inputs");
        return tests.stream();
    }

    private static void sameTree(String input) {
        assertEquals(tree(STOCK.parse(input)), tree(READER.parse(ParsedText.of(input))));
    }

    /**
     * The reader does not parse a body of blank lines (spaces and tabs only, as CommonMark has
     * them), and reads it as no blocks: what Flexmark makes of it.
     */
    @TestFactory
    Stream<DynamicTest> aBlankBodyParsesToNothing() {
        List<String> blank = List.of("", "\n", "\n\n\n", "   \n\t\n", "        \n    \n", "\r\n \r");
        return blank.stream().map(input -> DynamicTest.dynamicTest("blank body " + (blank.indexOf(input) + 1), () -> {
            assertEquals(null, STOCK.parse(input).getFirstChild(), "Flexmark's tree");
            assertEquals(Body.empty(), new BodyReader().read(input, Origin.named(null), 1, new ArrayList<>()));
        }));
    }

    /**
     * Whether the reader hands the input to the parser at all: some fuzz inputs are refused before,
     * because Flexmark would take hours over them (any parser would here, guarded or not).
     */
    private static boolean parsed(String input) {
        try {
            BodyReader.precheck(input, Origin.named(null), 1);
            LinkLabels.check(input, Origin.named(null), 1);
            return true;
        } catch (SourceException refused) {
            return false;
        }
    }

    /** Every node with its depth, source span and Flexmark's details (markers, text, level). */
    private static String tree(Node document) {
        StringBuilder out = new StringBuilder();
        dump(document, 0, out);
        return out.toString();
    }

    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
        node.astString(out, true);
        out.append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            dump(child, depth + 1, out);
        }
    }

    private static List<Path> files(String folder) throws Exception {
        URI uri = BodyParserTest.class.getResource(folder).toURI();
        try (Stream<Path> listing = Files.list(Path.of(uri))) {
            return listing.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
