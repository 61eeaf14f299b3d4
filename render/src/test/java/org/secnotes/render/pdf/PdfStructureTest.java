package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.secnotes.core.Footnote;
import org.secnotes.core.Inline;
import org.secnotes.render.layout.DocumentLayout;
import org.secnotes.render.layout.DocumentLayout.Line;
import org.secnotes.render.layout.DocumentLayout.Mark;
import org.secnotes.templates.BlockRole;
import org.secnotes.templates.HeaderGroup;
import org.secnotes.templates.LocalizedBlock;
import org.secnotes.templates.LocalizedNote;

/**
 * The structure tree read back as a screen reader meets it, for every fixture: the (type, text)
 * sequence is the note's logical order with its words intact, every marked content is referenced
 * once and the parent tree points at its holder, links resolve both ways, one H1 and no skipped
 * level, one Note per footnote, artifacts that are exactly the page furniture, and the same bytes
 * every time. veraPDF passes files that break most of these, so they are checked here.
 */
class PdfStructureTest {

    private static final Set<String> BLOCKS = Set.of("P", "H1", "H2", "H3", "H4", "H5", "H6", "Lbl", "LBody", "TH", "TD");

    static List<String> fixtures() throws IOException {
        return PdfAccessibilityTest.fixtures().collect(Collectors.toList());
    }

    /** A fixture loaded and read back once, shared by the tests of this class. */
    private record Loaded(PDDocument document, TaggedStructure structure) {
    }

    private static final Map<String, Loaded> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Loaded load(String name) {
        return LOADED.computeIfAbsent(name, n -> {
            try {
                PDDocument document = Loader.loadPDF(PdfAccessibilityTest.pdf(n));
                return new Loaded(document, TaggedStructure.read(document));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @AfterAll
    static void close() throws IOException {
        for (Loaded loaded : LOADED.values()) {
            loaded.document().close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readInStructureOrderTheTextIsTheNoteInLogicalOrder(String name) throws IOException {
        LocalizedNote note = PdfAccessibilityTest.note(name);
        Loaded loaded = load(name);
        List<String> read = new ArrayList<>();
        sequence(loaded.structure().root, read);
        List<String> expected = expected(note);
        if (name.equals(PdfAccessibilityTest.WITH_FIGURES)) {
            DocumentLayout layout = PdfAccessibilityTest.renderer(name).layout(note);
            for (Mark mark : layout.pages().get(0).marks()) {
                if (mark.role().isFigure()) {
                    expected.add("Figure | " + mark.altText());
                }
            }
        }
        assertEquals(String.join("\n", expected), String.join("\n", read));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyMarkedContentIsReferencedOnceAndTheParentTreeNamesItsHolder(String name) throws IOException {
        Loaded loaded = load(name);
        PDDocument document = loaded.document();
        TaggedStructure structure = loaded.structure();
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        Map<Integer, COSBase> parentTree = new HashMap<>();
        numbers(root.getCOSObject().getCOSDictionary(COSName.PARENT_TREE), parentTree);
        int nextKey = root.getParentTreeNextKey();
        parentTree.keySet().forEach(k -> assertTrue(k < nextKey, "key " + k + " below ParentTreeNextKey"));

        Set<TaggedStructure.Mcid> seen = new HashSet<>();
        for (TaggedStructure.Reference reference : structure.references) {
            assertTrue(seen.add(reference.mcid()), "referenced twice: " + reference.mcid().mcid());
            assertTrue(structure.texts.containsKey(reference.mcid()), "no such marked content: " + reference.mcid());
            PDPage page = new PDPage(reference.mcid().page());
            COSArray onPage = (COSArray) parentTree.get(page.getStructParents());
            assertSame(reference.holder().getCOSObject(), resolve(onPage.get(reference.mcid().mcid())),
                    "the parent tree names the element that holds MCID " + reference.mcid().mcid());
        }
        assertEquals(structure.texts.keySet(), seen, "every marked content on every page is in the tree");
        for (PDPage page : document.getPages()) {
            COSArray onPage = (COSArray) parentTree.get(page.getStructParents());
            long count = structure.texts.keySet().stream().filter(m -> m.page() == page.getCOSObject()).count();
            assertEquals(count, onPage.size(), "one parent-tree entry per MCID, no gaps");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyLinkResolvesBothWays(String name) throws IOException {
        Loaded loaded = load(name);
        PDDocument document = loaded.document();
        TaggedStructure structure = loaded.structure();
        Map<Integer, COSBase> parentTree = new HashMap<>();
        numbers(document.getDocumentCatalog().getStructureTreeRoot().getCOSObject()
                .getCOSDictionary(COSName.PARENT_TREE), parentTree);
        Map<COSDictionary, COSDictionary> holders = new HashMap<>();
        Map<COSDictionary, String> linkTexts = new HashMap<>();
        for (TaggedStructure.Node link : structure.find("Link")) {
            for (Object kid : link.element().getKids()) {
                if (kid instanceof PDObjectReference reference) {
                    COSDictionary annotation = ((PDAnnotation) reference.getReferencedObject()).getCOSObject();
                    holders.put(annotation, link.element().getCOSObject());
                    linkTexts.put(annotation, link.text());
                }
            }
        }
        LocalizedNote note = PdfAccessibilityTest.note(name);
        int annotations = 0;
        for (PDPage page : document.getPages()) {
            assertEquals(COSName.S, page.getCOSObject().getCOSName(COSName.getPDFName("Tabs")));
            for (PDAnnotation annotation : page.getAnnotations()) {
                annotations++;
                COSBase parent = resolve(parentTree.get(annotation.getStructParent()));
                assertSame(holders.get(annotation.getCOSObject()), parent,
                        "annotation's StructParent names the Link that holds its OBJR");
                assertEquals("Link", ((COSDictionary) parent).getNameAsString(COSName.S));
                // The description is the template's, in the note's language, around the linked text
                // (the part of the Link's text this annotation covers) and the address.
                String address = ((PDActionURI) ((PDAnnotationLink) annotation).getAction()).getURI();
                String pattern = note.info().linkAlt("\u0000", address);
                int at = pattern.indexOf('\u0000');
                String contents = annotation.getContents();
                assertNotNull(contents);
                assertTrue(contents.startsWith(pattern.substring(0, at)) && contents.endsWith(pattern.substring(at + 1))
                        && contents.length() > pattern.length() - 1, contents + " is not " + pattern);
                String text = contents.substring(at, contents.length() - (pattern.length() - at - 1));
                assertTrue(normal(linkTexts.get(annotation.getCOSObject())).contains(normal(text)),
                        "'" + text + "' is in the Link's text '" + linkTexts.get(annotation.getCOSObject()) + "'");
            }
        }
        assertEquals(annotations, holders.size(), "one OBJR per annotation");
        assertTrue(annotations > 0, "the fixtures link document symbols");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void oneH1AndHeadingLevelsThatNeverSkipWithBookmarksOnThem(String name) throws IOException {
        LocalizedNote note = PdfAccessibilityTest.note(name);
        Loaded loaded = load(name);
        PDDocument document = loaded.document();
        TaggedStructure structure = loaded.structure();
        List<TaggedStructure.Node> h1 = structure.find("H1");
        assertEquals(1, h1.size());
        assertEquals(normal(title(note)), normal(h1.get(0).text()));
        List<TaggedStructure.Node> headings = new ArrayList<>();
        headings(structure.root, headings);
        int previous = 0;
        for (TaggedStructure.Node heading : headings) {
            int level = Integer.parseInt(heading.type().substring(1));
            assertTrue(level <= previous + 1, heading.type() + " after H" + previous + ": " + heading.text());
            previous = level;
        }
        List<PDOutlineItem> items = new ArrayList<>();
        if (document.getDocumentCatalog().getDocumentOutline() != null) {
            outline(document.getDocumentCatalog().getDocumentOutline().children(), items);
        }
        for (PDOutlineItem item : items) {
            PDStructureElement heading = item.getStructureElement();
            assertTrue(heading.getStructureType().matches("H[2-6]"), heading.getStructureType());
            assertEquals(normal(item.getTitle()), normal(text(structure, heading)));
        }
        assertEquals(headings.size() - 1, items.size(), "one bookmark per heading below the title");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void oneNotePerFootnoteWithAUniqueIdTheAgendaNoteInTheAgendaLine(String name) throws IOException {
        LocalizedNote note = PdfAccessibilityTest.note(name);
        Loaded loaded = load(name);
        TaggedStructure structure = loaded.structure();
        List<String> ids = structure.find("Note").stream().map(n -> n.element().getElementIdentifier())
                .collect(Collectors.toList());
        Set<String> expected = new LinkedHashSet<>();
        if (note.body().agendaFootnote() != null) {
            expected.add("fn-agenda");
        }
        for (LocalizedBlock block : note.body().blocks()) {
            calls(block.text()).forEach(n -> expected.add("fn-" + n));
        }
        assertEquals(List.copyOf(expected), ids);
        if (note.body().agendaFootnote() != null) {
            TaggedStructure.Node agenda = structure.find("Note").get(0);
            PDStructureElement line = (PDStructureElement) agenda.element().getParent();
            assertEquals("P", line.getStructureType());
            // An Arabic line is a Span (its ActualText in reading order) holding the line's Reference.
            List<String> kids = line.getKids().stream().filter(k -> k instanceof PDStructureElement)
                    .flatMap(k -> "Span".equals(((PDStructureElement) k).getStructureType())
                            ? ((PDStructureElement) k).getKids().stream().filter(g -> g instanceof PDStructureElement)
                            : java.util.stream.Stream.of(k))
                    .map(k -> ((PDStructureElement) k).getStructureType()).collect(Collectors.toList());
            assertEquals(List.of("Reference", "Note"), kids, "the '*' is a Reference, its Note right after");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void artifactsAreExactlyThePageFurniture(String name) throws IOException {
        DocumentLayout layout = PdfAccessibilityTest.renderer(name).layout(PdfAccessibilityTest.note(name));
        Loaded loaded = load(name);
        TaggedStructure structure = loaded.structure();
        for (DocumentLayout.Page page : layout.pages()) {
            // Furniture lines next to each other share one artifact sequence: compare the text.
            String furniture = page.lines().stream().filter(l -> l.role().isArtifact())
                    .map(Line::text).collect(Collectors.joining());
            assertFalse(furniture.isEmpty(), "every page has furniture");
            assertEquals(furniture, String.join("", structure.artifacts.get(page.number() - 1)),
                    "page " + page.number());
        }
    }

    @Test
    void theEnglishBlockOfARussianNoteIsMarkedEnglish() throws IOException {
        Loaded loaded = load("cop-working-groups.ru.md");
        PDDocument document = loaded.document();
        assertEquals("ru", document.getDocumentCatalog().getLanguage());
        TaggedStructure structure = loaded.structure();
        List<String> english = structure.find("P").stream().filter(p -> "en".equals(p.element().getLanguage()))
                .map(p -> normal(p.text())).collect(Collectors.toList());
        assertEquals(List.of("Distr.: General", "18 June 2018", "Russian", "Original: English"), english);
    }

    @Test
    void sameBytesTwiceAndFromManyThreads() throws Exception {
        LocalizedNote note = Fixtures.longNote("en");
        byte[] first = Fixtures.pdf(note);
        assertArrayEquals(first, Fixtures.pdf(note));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> Fixtures.pdf(note)));
            }
            for (Future<byte[]> run : runs) {
                assertArrayEquals(first, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    /** What the note's logical order says a reader meets, as "type | text" lines. */
    private static List<String> expected(LocalizedNote note) {
        List<String> out = new ArrayList<>();
        String title = title(note);
        for (String line : note.headerLines()) {
            out.add((line.equals(title) ? "H1" : "P") + " | " + normal(line));
            if (note.body().agendaFootnote() != null && line.endsWith(note.body().agendaFootnote().marker())
                    && note.sessionBlock().agendaLine() != null && line.equals(note.sessionBlock().agendaLine())) {
                out.add("Note fn-agenda | ");
                out.add("Lbl | " + note.body().agendaFootnote().marker());
                out.add("P | " + normal(Inline.plainText(note.body().agendaFootnote().text())));
            }
        }
        Map<Integer, Footnote> footnotes = new HashMap<>();
        note.body().footnotes().forEach(f -> footnotes.put(f.number(), f));
        Set<Integer> noted = new HashSet<>();
        for (LocalizedBlock block : note.body().blocks()) {
            String text = normal(Inline.plainText(block.text()));
            if (block.role() == BlockRole.TABLE) {
                // Each cell is a TH or TD, a footnote's Note right after the cell that first calls it.
                List<List<List<Inline>>> rows = new ArrayList<>();
                block.table().header().forEach(row -> rows.add(row.cells()));
                block.table().rows().forEach(row -> rows.add(row.cells()));
                for (int r = 0; r < rows.size(); r++) {
                    for (List<Inline> cell : rows.get(r)) {
                        out.add((r < block.table().header().size() ? "TH" : "TD") + " | " + normal(Inline.plainText(cell)));
                        notes(cell, footnotes, noted, out);
                    }
                }
                continue;
            }
            if (block.role() == BlockRole.HEADING) {
                out.add("H" + (block.level() + 1) + " | " + normal(block.label() + " " + text));
            } else if (block.role() == BlockRole.ANNEX) {
                out.add("H2 | " + normal(block.label() + " " + text));
            } else {
                if (block.label().isEmpty()) {
                    out.add("P | " + text);
                } else {
                    // A list item's body holds its text itself, with no P inside.
                    out.add("Lbl | " + normal(block.label()));
                    out.add("LBody | " + text);
                }
            }
            notes(block.text(), footnotes, noted, out);
        }
        return out;
    }

    /** The Notes of the footnotes a text calls first, each as its Note, marker and text. */
    private static void notes(List<Inline> text, Map<Integer, Footnote> footnotes, Set<Integer> noted, List<String> out) {
        for (int number : calls(text)) {
            if (noted.add(number)) {
                out.add("Note fn-" + number + " | ");
                out.add("Lbl | " + number);
                out.add("P | " + normal(Inline.plainText(footnotes.get(number).text())));
            }
        }
    }

    /** The tree as "type | text" lines: block elements with their inline text, Notes by ID, figures by Alt. */
    private static void sequence(TaggedStructure.Node node, List<String> out) {
        if (BLOCKS.contains(node.type())) {
            out.add(node.type() + " | " + normal(node.ownText()));
        } else if (node.type().equals("Note")) {
            out.add("Note " + node.element().getElementIdentifier() + " | ");
        } else if (node.type().equals("Figure")) {
            out.add("Figure | " + node.element().getAlternateDescription());
        }
        node.kids().forEach(kid -> sequence(kid, out));
    }

    private static String text(TaggedStructure structure, PDStructureElement element) {
        return structure.find(element.getStructureType()).stream()
                .filter(n -> n.element().getCOSObject() == element.getCOSObject())
                .map(TaggedStructure.Node::text).findFirst().orElse("");
    }

    private static void headings(TaggedStructure.Node node, List<TaggedStructure.Node> out) {
        if (node.type().matches("H[1-6]")) {
            out.add(node);
        }
        node.kids().forEach(k -> headings(k, out));
    }

    private static void outline(Iterable<PDOutlineItem> children, List<PDOutlineItem> out) {
        for (PDOutlineItem item : children) {
            out.add(item);
            outline(item.children(), out);
        }
    }

    private static String title(LocalizedNote note) {
        return note.header().stream().filter(g -> g instanceof HeaderGroup.TitleBlock)
                .map(g -> ((HeaderGroup.TitleBlock) g).title()).findFirst().orElseThrow();
    }

    /** The footnote numbers a text calls, in order. */
    private static List<Integer> calls(List<Inline> inlines) {
        List<Integer> out = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.FootnoteReference f) {
                out.add(f.number());
            } else if (inline instanceof Inline.Emphasis e) {
                out.addAll(calls(e.children()));
            } else if (inline instanceof Inline.Strong s) {
                out.addAll(calls(s.children()));
            } else if (inline instanceof Inline.Link l) {
                out.addAll(calls(l.children()));
            } else if (inline instanceof Inline.Subscript b) {
                out.addAll(calls(b.children()));
            } else if (inline instanceof Inline.Superscript p) {
                out.addAll(calls(p.children()));
            }
        }
        return out;
    }

    /** A number tree's pairs, through its kids. */
    private static void numbers(COSDictionary node, Map<Integer, COSBase> out) {
        COSArray nums = node.getCOSArray(COSName.NUMS);
        if (nums != null) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                COSBase value = resolve(nums.get(i + 1));
                assertNotNull(value, "no null parent-tree entry");
                out.put(((COSInteger) resolve(nums.get(i))).intValue(), value);
            }
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                numbers((COSDictionary) resolve(kids.get(i)), out);
            }
        }
    }

    private static COSBase resolve(COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }

    private static String normal(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
