package org.secnotes.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF read back as a screen reader meets it: the structure tree depth-first, each
 * element with the text of its marked content and of its kids in order (or its ActualText, which
 * stands for them), every MCID reference with
 * the element that holds it, and the text painted as artifacts.
 */
final class TaggedStructure {

    /** The inline element types, whose text is part of the text around them. */
    static final java.util.Set<String> INLINE = java.util.Set.of("Reference", "Link", "Span");

    /**
     * One structure element, its kids in order, its text (its own marked content and all its
     * kids') and its own text (its marked content and its inline kids', without a nested Note or
     * list).
     */
    record Node(String type, PDStructureElement element, List<Node> kids, String text, String ownText) {
        /** Every element of a type below and including this one, in tree order. */
        List<Node> find(String wanted) {
            List<Node> found = new ArrayList<>();
            collect(wanted, found);
            return found;
        }

        private void collect(String wanted, List<Node> found) {
            if (type.equals(wanted)) {
                found.add(this);
            }
            kids.forEach(k -> k.collect(wanted, found));
        }
    }

    /** A marked-content sequence on a page. */
    record Mcid(COSDictionary page, int mcid) {
    }

    /** A reference from the tree to marked content, with the element that holds it. */
    record Reference(Mcid mcid, PDStructureElement holder) {
    }

    final Node root;
    final List<Reference> references = new ArrayList<>();
    final List<PDObjectReference> objectReferences = new ArrayList<>();
    /** The text of each tagged sequence, by page and MCID. */
    final Map<Mcid, String> texts = new HashMap<>();
    /** The text painted as artifacts, per page, one entry per artifact sequence. */
    final List<List<String>> artifacts = new ArrayList<>();

    private TaggedStructure(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            List<String> pageArtifacts = new ArrayList<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                String text = text(content);
                if ("Artifact".equals(content.getTag())) {
                    if (!text.isBlank()) {
                        pageArtifacts.add(text);
                    }
                } else if (content.getMCID() >= 0) {
                    texts.put(new Mcid(page.getCOSObject(), content.getMCID()), text);
                }
            }
            artifacts.add(pageArtifacts);
        }
        PDStructureElement top = (PDStructureElement) document.getDocumentCatalog().getStructureTreeRoot()
                .getKids().get(0);
        root = node(top);
    }

    static TaggedStructure read(PDDocument document) {
        try {
            return new TaggedStructure(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every element of a type, in tree order. */
    List<Node> find(String type) {
        return root.find(type);
    }

    private Node node(PDStructureElement element) {
        List<Node> kids = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        StringBuilder own = new StringBuilder();
        for (Object kid : element.getKids()) {
            Mcid mcid = null;
            if (kid instanceof Integer number) {
                mcid = new Mcid(element.getPage().getCOSObject(), number);
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage page = reference.getPage() != null ? reference.getPage() : element.getPage();
                mcid = new Mcid(page.getCOSObject(), reference.getMCID());
            } else if (kid instanceof PDObjectReference reference) {
                objectReferences.add(reference);
            } else if (kid instanceof PDStructureElement child) {
                Node node = node(child);
                kids.add(node);
                text.append(node.text());
                if (INLINE.contains(node.type())) {
                    own.append(node.text());
                }
            }
            if (mcid != null) {
                references.add(new Reference(mcid, element));
                text.append(texts.getOrDefault(mcid, ""));
                own.append(texts.getOrDefault(mcid, ""));
            }
        }
        // An element's ActualText stands for all it holds (ISO 32000-1, 14.9.4): an Arabic line's
        // Span is read in logical order from it, whatever order its glyphs are drawn in.
        String actual = element.getActualText();
        if (actual != null) {
            return new Node(element.getStructureType(), element, kids, actual, actual);
        }
        return new Node(element.getStructureType(), element, kids, text.toString(), own.toString());
    }

    private static String text(PDMarkedContent content) {
        StringBuilder out = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
                out.append(position.getUnicode());
            } else if (item instanceof PDMarkedContent nested) {
                out.append(text(nested));
            }
        }
        return out.toString();
    }
}
