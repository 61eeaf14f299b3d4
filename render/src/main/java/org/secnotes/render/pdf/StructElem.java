package org.secnotes.render.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocumentState;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;

/**
 * One structure element, kept as the raw dictionary that is written ({@code /S}, {@code /P},
 * {@code /Pg}, {@code /K} and what else it carries) with its parent, its page and its kids at
 * hand. The tagger makes hundreds of these per note; PDFBox's {@code PDStructureElement} would
 * read each of them back from the dictionary, wrap every parent and page it returns in a new
 * object and inspect {@code /K} on every kid added, which cost more than a third of what tagging
 * cost. The dictionaries are the same ones PDFBox's classes would write.
 *
 * <p>Not thread-safe: part of one {@link StructureTagger}.
 */
final class StructElem {

    /** The standard structure types the tagger uses, made once: looking a name up costs a hash and a copy. */
    static final COSName DOCUMENT = COSName.getPDFName("Document");
    static final COSName PARAGRAPH = COSName.P;
    static final COSName LIST = COSName.getPDFName("L");
    static final COSName LIST_ITEM = COSName.getPDFName("LI");
    static final COSName LABEL = COSName.getPDFName("Lbl");
    static final COSName LIST_BODY = COSName.getPDFName("LBody");
    static final COSName SPAN = COSName.getPDFName("Span");
    static final COSName LINK = COSName.LINK;
    static final COSName REFERENCE = COSName.getPDFName("Reference");
    static final COSName NOTE = COSName.getPDFName("Note");
    static final COSName FIGURE = COSName.getPDFName("Figure");
    static final COSName BLOCK_QUOTE = COSName.getPDFName("BlockQuote");
    static final COSName TABLE = COSName.getPDFName("Table");
    static final COSName TABLE_ROW = COSName.getPDFName("TR");
    static final COSName TABLE_HEADER = COSName.getPDFName("TH");
    static final COSName TABLE_DATA = COSName.getPDFName("TD");
    private static final COSName[] HEADINGS = new COSName[7];

    static {
        for (int level = 1; level < HEADINGS.length; level++) {
            HEADINGS[level] = COSName.getPDFName("H" + level);
        }
    }

    /** A marked-content reference: an MCID on another page than the element's {@code /Pg}. */
    private static final COSName MCR = COSName.getPDFName("MCR");
    /** An object reference: an annotation the element holds. */
    private static final COSName OBJR = COSName.getPDFName("OBJR");

    private final COSName type;
    private final StructElem parent;
    private final COSDocumentState state;
    private final COSDictionary dictionary = new COSDictionary();
    /** The first kid, while there is only one: {@code /K} holds it directly. */
    private COSBase onlyKid;
    /** The kids, once there are two or more; null before. */
    private COSArray kids;
    private COSDictionary page;

    /**
     * An element of a standard type under {@code parent}, not yet among its kids. Its dictionary
     * has no {@code /Type}, which is optional (ISO 32000-1, table 323) and would be written, and
     * parsed again by every reader, for each of the hundreds of elements.
     */
    private StructElem(COSName type, StructElem parent, COSDictionary parentDictionary, COSDocumentState state) {
        this.type = type;
        this.parent = parent;
        this.state = state;
        // Belonging to the document from the start, the element is not walked again, with all the
        // tree under it, when the tree is first reached from the catalog (by a bookmark's /SE).
        dictionary.getUpdateState().setOriginDocumentState(state);
        dictionary.setItem(COSName.S, type);
        dictionary.setItem(COSName.P, parentDictionary);
    }

    /** @return the heading type of a level: {@code /H1}, {@code /H2}, ... */
    static COSName heading(int level) {
        return level > 0 && level < HEADINGS.length ? HEADINGS[level] : COSName.getPDFName("H" + level);
    }

    /**
     * @return the {@code Document} element, the one kid of the tree's root {@code treeRoot}, in
     *     the document whose state is {@code state}
     */
    static StructElem document(COSDictionary treeRoot, COSDocumentState state) {
        treeRoot.getUpdateState().setOriginDocumentState(state);
        StructElem document = new StructElem(DOCUMENT, null, treeRoot, state);
        treeRoot.setItem(COSName.K, document.dictionary);
        return document;
    }

    /** @return an element under {@code parent}, not yet among its kids */
    static StructElem detached(COSName type, StructElem parent) {
        return new StructElem(type, parent, parent.dictionary, parent.state);
    }

    /** @return an element made last among {@code parent}'s kids */
    static StructElem under(COSName type, StructElem parent) {
        StructElem element = new StructElem(type, parent, parent.dictionary, parent.state);
        parent.add(element.dictionary);
        return element;
    }

    /** @return the dictionary that is written */
    COSDictionary dictionary() {
        return dictionary;
    }

    /** @return the structure type, such as {@code /P} */
    COSName type() {
        return type;
    }

    /** @return the parent element, or null for the {@code Document} */
    StructElem parent() {
        return parent;
    }

    /** @return whether the element has no kid yet */
    boolean isEmpty() {
        return onlyKid == null && kids == null;
    }

    /** Appends a kid: a single kid is {@code /K} itself, as PDFBox writes it; more make an array. */
    void add(COSBase kid) {
        if (kids != null) {
            kids.add(kid);
        } else if (onlyKid == null) {
            onlyKid = kid;
            dictionary.setItem(COSName.K, kid);
        } else {
            kids = new COSArray();
            kids.add(onlyKid);
            kids.add(kid);
            onlyKid = null;
            dictionary.setItem(COSName.K, kids);
        }
    }

    /** Puts a kid before all others: a label, made after the text it precedes had begun. */
    void addFirst(StructElem kid) {
        if (isEmpty()) {
            add(kid.dictionary);
        } else if (kids == null) {
            COSBase second = onlyKid;
            onlyKid = null;
            dictionary.removeItem(COSName.K);
            add(kid.dictionary);
            add(second);
        } else {
            kids.add(0, kid.dictionary);
        }
    }

    /**
     * Records marked content of this element on {@code pageDictionary}: a bare MCID on the
     * element's page (its {@code /Pg}, the page of its first content), a marked-content reference
     * naming its page on any other.
     */
    void addContent(int mcid, COSDictionary pageDictionary) {
        if (page == null) {
            page = pageDictionary;
            dictionary.setItem(COSName.PG, pageDictionary);
        }
        if (page == pageDictionary) {
            add(COSInteger.get(mcid));
        } else {
            COSDictionary reference = reference(MCR, pageDictionary);
            reference.setInt(COSName.MCID, mcid);
            add(reference);
        }
    }

    /** Holds an annotation on {@code pageDictionary}, through an object reference. */
    void addObject(COSDictionary annotation, COSDictionary pageDictionary) {
        COSDictionary reference = reference(OBJR, pageDictionary);
        reference.setItem(COSName.OBJ, annotation);
        add(reference);
    }

    /** A marked-content or object reference on a page, written in place. */
    private static COSDictionary reference(COSName type, COSDictionary pageDictionary) {
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, type);
        reference.setItem(COSName.PG, pageDictionary);
        // Small dictionaries are written in place: an indirect object each would cost bytes and time.
        reference.setDirect(true);
        return reference;
    }

    /** Sets a text entry such as {@code /Lang}, {@code /ActualText}, {@code /Alt} or {@code /ID}. */
    void setString(COSName key, String value) {
        dictionary.setString(key, value);
    }
}
