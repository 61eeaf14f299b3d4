package org.secnotes.render.pdf;

import java.util.SortedMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
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
    static void write(PDDocument pdf, COSDictionary root, COSArray numbers, int nextKey,
            SortedMap<String, StructElem> notesById) {
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, numbers);
        parentTree.setDirect(true);
        root.setItem(COSName.PARENT_TREE, parentTree);
        root.setInt(COSName.PARENT_TREE_NEXT_KEY, nextKey);
        if (!notesById.isEmpty()) {
            COSArray names = new COSArray();
            notesById.forEach((id, note) -> {
                names.add(new COSString(id));
                names.add(note.dictionary());
            });
            COSDictionary idTree = new COSDictionary();
            idTree.setItem(COSName.NAMES, names);
            idTree.setDirect(true);
            root.setItem(COSName.ID_TREE, idTree);
        }
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.getCOSObject().setItem(COSName.STRUCT_TREE_ROOT, root);
        PDMarkInfo marks = new PDMarkInfo();
        marks.setMarked(true);
        marks.getCOSObject().setDirect(true);
        catalog.setMarkInfo(marks);
    }

    /** @return the tree's root, still without its kid, parent tree and ID tree */
    static COSDictionary treeRoot() {
        COSDictionary root = new COSDictionary();
        root.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
        return root;
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
     * Puts an artifact's property list in the page's resources under {@code name}. The
     * {@code /Properties} dictionary is written in place, not as one more indirect object per page.
     */
    static void addProperties(COSDictionary page, COSName name, COSDictionary list) {
        COSDictionary resources = page.getCOSDictionary(COSName.RESOURCES);
        if (resources == null) {
            resources = new COSDictionary();
            page.setItem(COSName.RESOURCES, resources);
        }
        COSDictionary properties = resources.getCOSDictionary(COSName.PROPERTIES);
        if (properties == null) {
            properties = new COSDictionary();
            properties.setDirect(true);
            resources.setItem(COSName.PROPERTIES, properties);
        }
        properties.setItem(name, list);
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
