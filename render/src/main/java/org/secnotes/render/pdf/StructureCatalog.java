package org.secnotes.render.pdf;

import java.util.Collection;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.secnotes.render.layout.PageStyle.Slot;

/**
 * The dictionaries {@link StructureTagger} writes besides its elements: once its tree is built, the
 * parent tree, the ID tree of the footnotes and the catalog's marks; as it goes, the artifacts'
 * property lists and a figure's layout attributes. Small
 * dictionaries are written in place (direct): an indirect object each would cost bytes and time.
 *
 * <p>Stateless.
 */
final class StructureCatalog {

    private StructureCatalog() {
    }

    /**
     * Hangs the tree on the catalog with its parent tree (one leaf: its keys ascend) and, when
     * there are footnotes, an ID tree naming each {@code Note}; marks the document as tagged.
     */
    static void write(PDDocument pdf, PDStructureTreeRoot root, COSArray numbers, int nextKey,
            Collection<PDStructureElement> notes) {
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, numbers);
        parentTree.setDirect(true);
        root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
        root.setParentTreeNextKey(nextKey);
        if (!notes.isEmpty()) {
            TreeMap<String, PDStructureElement> byId = new TreeMap<>();
            notes.forEach(n -> byId.put(n.getElementIdentifier(), n));
            COSArray names = new COSArray();
            byId.forEach((id, note) -> {
                names.add(new COSString(id));
                names.add(note);
            });
            COSDictionary idTree = new COSDictionary();
            idTree.setItem(COSName.NAMES, names);
            idTree.setDirect(true);
            root.getCOSObject().setItem(COSName.ID_TREE, idTree);
        }
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo marks = new PDMarkInfo();
        marks.setMarked(true);
        marks.getCOSObject().setDirect(true);
        catalog.setMarkInfo(marks);
    }

    /**
     * A structure element of a standard type under {@code parent}, not yet among its kids. Its
     * dictionary has no {@code /Type}, which is optional (ISO 32000-1, table 323) and would be
     * written, and parsed again by every reader, for each of the hundreds of elements.
     */
    static PDStructureElement element(String type, PDStructureNode parent) {
        COSDictionary element = new COSDictionary();
        element.setItem(COSName.S, COSName.getPDFName(type));
        element.setItem(COSName.P, parent);
        return new PDStructureElement(element);
    }

    /** The property list of an artifact of this kind: Layout, or Pagination with its Header or Footer. */
    static COSDictionary artifactProperties(StructureTagger.Artifact kind) {
        COSDictionary properties = new COSDictionary();
        properties.setName(COSName.TYPE, kind == StructureTagger.Artifact.LAYOUT ? "Layout" : "Pagination");
        if (kind != StructureTagger.Artifact.LAYOUT) {
            properties.setName(COSName.SUBTYPE, kind == StructureTagger.Artifact.HEADER ? "Header" : "Footer");
        }
        properties.setDirect(true);
        return properties;
    }

    /**
     * Writes the artifacts' property lists in the page's resources in place, not as one more
     * indirect object per page.
     */
    static void propertiesInPlace(PDPage page) {
        COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
        COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
        if (properties != null) {
            properties.setDirect(true);
        }
    }

    /**
     * A figure's Layout attributes: its bounding box in PDF coordinates. Written raw: PDFBox's
     * {@code addAttribute} adds a revision number that some checkers reject.
     */
    static COSDictionary layoutBox(Slot bounds, float pageHeight) {
        COSDictionary layout = new COSDictionary();
        layout.setName(COSName.O, "Layout");
        COSArray box = new COSArray();
        box.add(new COSFloat(bounds.x()));
        box.add(new COSFloat(pageHeight - bounds.top() - bounds.height()));
        box.add(new COSFloat(bounds.x() + bounds.width()));
        box.add(new COSFloat(pageHeight - bounds.top()));
        layout.setItem(COSName.BBOX, box);
        layout.setDirect(true);
        return layout;
    }
}
