package org.secnotes.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.secnotes.render.layout.DocumentLayout.Line;
import org.secnotes.render.layout.DocumentLayout.Mark;
import org.secnotes.render.layout.DocumentLayout.Piece;
import org.secnotes.render.layout.DocumentLayout.Role;
import org.secnotes.templates.LocalizedNote.DocumentInfo;

/**
 * Tags a PDF while the painter paints it: the structure tree in the note's logical order, the
 * marked content that ties every painted piece to its element, artifacts for page furniture, and
 * the parent tree that maps back. The layout's lines come in reading order (header, body, then a
 * page's footnotes), so elements are made as their first line is painted; only a footnote's
 * {@code Note} is made early, right after the {@code Reference} that calls it, though its lines
 * are painted at the foot. Figures go at the end, after the text.
 *
 * <p>Each element gets one marked-content sequence per run of consecutive pieces on a page, not
 * one per line: the file stays small. MCIDs count up from 0 on each page in paint order and
 * footnote IDs come from footnote numbers, so the same layout gives the same bytes.
 *
 * <p>A tagger made with {@code enabled} false does nothing: the painter then writes the untagged
 * PDF/A-2u of old. Not thread-safe: one per painted document.
 */
final class StructureTagger {

    /** What kind of page furniture a sequence of artifacts is. */
    enum Artifact {
        /** Rules: Layout. */
        LAYOUT,
        /** The running symbol at the top of a page: Pagination, Header. */
        HEADER,
        /** Page number, job number, job line and barcode: Pagination, Footer. */
        FOOTER
    }

    private static final int MAX_DEPTH = 8;

    private final boolean enabled;
    private final PDDocument pdf;
    private final DocumentInfo info;
    private final int pageCount;
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final Map<String, StructureItem> items = new HashMap<>();
    private final Map<String, PDStructureElement> notes = new HashMap<>();
    private final List<PDStructureElement> figures = new ArrayList<>();
    private final List<PDStructureElement> headings = new ArrayList<>();
    private final PDStructureElement[] lists = new PDStructureElement[MAX_DEPTH];
    private final PDStructureElement[] bodies = new PDStructureElement[MAX_DEPTH];
    private final Map<Artifact, COSDictionary> artifactProperties = new HashMap<>();
    private final COSArray numbers = new COSArray();
    private final List<PDStructureElement> annotationParents = new ArrayList<>();
    private final TableTags tables = new TableTags();
    private int headingLevel = 1;
    /** The BlockQuote the quoted paragraphs in a row go in, or null. */
    private PDStructureElement quote;

    private PDPage page;
    private PDPageContentStream content;
    private COSArray pageParents;
    private int nextMcid;
    /** The element or artifact kind whose sequence is open, or null. */
    private Object open;
    /** The Span of the line being painted, if it reads in another order than it is drawn; or null. */
    private PDStructureElement span;
    private PDStructureElement spanLink;
    private String spanLinkAddress;

    StructureTagger(PDDocument pdf, DocumentInfo info, int pageCount, boolean enabled) {
        this.pdf = pdf;
        this.info = info;
        this.pageCount = pageCount;
        this.enabled = enabled;
        this.document = StructureCatalog.element("Document", root);
        root.appendKid(document);
    }

    boolean enabled() {
        return enabled;
    }

    /** Starts tagging a page whose content stream is {@code stream}. */
    void beginPage(PDPage pdfPage, int index, PDPageContentStream stream) {
        if (!enabled) {
            return;
        }
        page = pdfPage;
        content = stream;
        pageParents = new COSArray();
        nextMcid = 0;
        open = null;
        page.setStructParents(index);
        // Tab order follows the structure (PDF/UA-1 7.18.3); PDFBox has no setter for it.
        page.getCOSObject().setName("Tabs", "S");
        numbers.add(COSInteger.get(index));
        numbers.add(pageParents);
    }

    /** Ends the page: closes the open sequence. */
    void endPage() throws IOException {
        close();
        if (enabled) {
            StructureCatalog.propertiesInPlace(page);
        }
    }

    /** Closes the open sequence: before BT, ET and the end of the page. */
    void close() throws IOException {
        if (enabled && open != null) {
            content.endMarkedContent();
            open = null;
        }
    }

    /** What follows is page furniture of this kind. */
    void artifact(Artifact kind) throws IOException {
        if (!enabled || open == kind) {
            return;
        }
        close();
        COSDictionary properties = artifactProperties.computeIfAbsent(kind, StructureCatalog::artifactProperties);
        content.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
        open = kind;
    }

    /** The artifact kind of a furniture line. */
    static Artifact artifactOf(Role role) {
        return role == Role.RUNNING_HEADER || role == Role.TABLE_HEADER_REPEATED ? Artifact.HEADER : Artifact.FOOTER;
    }

    /**
     * Starts a line of content. A line drawn in another order than it reads (shaped Arabic) gets a
     * {@code Span} holding all its pieces, whose {@code /ActualText} (the line in logical order,
     * with the word space at its end if {@code endSpace}) a screen reader reads; copy and search,
     * which go by the page, are left as they were.
     */
    void line(Line line, boolean endSpace) {
        span = null;
        spanLink = null;
        if (!enabled || line.reading() == null || line.pieces().isEmpty()) {
            return;
        }
        StructureItem item = item(line);
        PDStructureElement holder = line.part().label() ? item.label() : item.text();
        span = element("Span", holder);
        span.setActualText(endSpace ? line.reading() + " " : line.reading());
    }

    /** What follows is this piece of this line. */
    void piece(Line line, Piece piece) throws IOException {
        if (!enabled) {
            return;
        }
        StructureItem item = item(line);
        if (span != null) {
            spanPiece(item, piece);
        } else if (line.part().label()) {
            begin(item.label());
        } else if (piece.footnote() != null) {
            call(item.text(), item, piece.footnote());
        } else if (piece.link() != null) {
            begin(item.link(piece.link()));
        } else {
            begin(item.text());
        }
    }

    /** A piece of a line read through its Span: a call or a link inside the Span, or its text. */
    private void spanPiece(StructureItem item, Piece piece) throws IOException {
        if (piece.link() == null || piece.footnote() != null) {
            spanLink = null;
        } else if (spanLink == null || !piece.link().equals(spanLinkAddress)) {
            spanLink = element("Link", span);
            spanLinkAddress = piece.link();
        }
        if (piece.footnote() != null) {
            call(span, item, piece.footnote());
        } else {
            begin(spanLink != null ? spanLink : span);
        }
    }

    /** What follows is the text of this line outside any link or call: the word space at its end. */
    void lineText(Line line) throws IOException {
        if (enabled) {
            begin(span != null ? span : item(line).text());
        }
    }

    /** Ties a link annotation, painted for the current piece, to its {@code Link} element both ways. */
    void link(PDAnnotationLink annotation, Piece piece) {
        if (!enabled) {
            return;
        }
        PDStructureElement link = (PDStructureElement) open;
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(annotation);
        reference.setPage(page);
        // Small dictionaries are written in place: an indirect object each would cost bytes and time.
        reference.getCOSObject().setDirect(true);
        link.appendKid(reference);
        annotation.setStructParent(pageCount + annotationParents.size());
        annotationParents.add(link);
        // The text as it reads and the address, in the note's language: a screen reader announces it.
        String text = piece.actualText() != null ? piece.actualText() : piece.text();
        annotation.setContents(info.linkAlt(text.strip(), piece.link()));
    }

    /** What follows draws a figure: the QR code or the emblem. */
    void figure(Mark mark, float pageHeight) throws IOException {
        if (!enabled) {
            return;
        }
        PDStructureElement figure = StructureCatalog.element("Figure", document);
        figure.setAlternateDescription(mark.altText());
        figure.getCOSObject().setItem(COSName.A, StructureCatalog.layoutBox(mark.bounds(), pageHeight));
        figures.add(figure);
        close();
        begin(figure);
    }

    /** @return the heading elements in order, one per bookmark */
    List<PDStructureElement> headings() {
        return headings;
    }

    /** Writes the tree's root, the parent tree, the ID tree and the catalog's marks. */
    void finish() {
        if (!enabled) {
            return;
        }
        figures.forEach(document::appendKid);
        for (int i = 0; i < annotationParents.size(); i++) {
            numbers.add(COSInteger.get(pageCount + (long) i));
            numbers.add(annotationParents.get(i));
        }
        StructureCatalog.write(pdf, root, numbers, pageCount + annotationParents.size(), notes.values());
    }

    /** Opens a sequence for an element unless it is the open one, and records its MCID both ways. */
    private void begin(PDStructureElement element) throws IOException {
        if (open == element) {
            return;
        }
        close();
        int mcid = nextMcid++;
        content.beginMarkedContent(element.getCOSObject().getCOSName(COSName.S), mcid);
        pageParents.add(element);
        if (element.getPage() == null) {
            element.setPage(page);
        }
        if (element.getPage().getCOSObject() == page.getCOSObject()) {
            element.appendKid(mcid);
        } else {
            // A bare MCID means "on the element's /Pg": a part on another page names its page.
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setPage(page);
            reference.setMCID(mcid);
            reference.getCOSObject().setDirect(true);
            element.appendKid(reference);
        }
        open = element;
    }

    /**
     * A footnote call: a Reference in {@code holder}, then the Note itself the first time it is
     * called, in the item's text after it (never inside a Span, whose ActualText would hide it).
     */
    private void call(PDStructureElement holder, StructureItem item, String footnote) throws IOException {
        PDStructureElement reference = element("Reference", holder);
        item.appended();
        begin(reference);
        if (!notes.containsKey(footnote)) {
            notes.put(footnote, note(footnote, item.text()));
        }
    }

    private PDStructureElement note(String footnote, PDStructureElement host) {
        PDStructureElement note = element("Note", host);
        String number = footnote.substring(footnote.lastIndexOf('-') + 1);
        note.setElementIdentifier("fn-" + ("*".equals(number) ? "agenda" : number));
        return note;
    }

    /** The item a line belongs to, made with its place in the tree the first time it is seen. */
    private StructureItem item(Line line) {
        StructureItem known = items.get(line.part().element());
        if (known != null) {
            return known;
        }
        StructureItem made = place(line);
        if (line.part().language() != null) {
            made.language(line.part().language().code());
        }
        items.put(line.part().element(), made);
        return made;
    }

    private StructureItem place(Line line) {
        Role role = line.role();
        int level = line.part().level();
        quote = role == Role.BLOCK_QUOTE || role == Role.FOOTNOTE ? quote : null;
        switch (role) {
            case TITLE:
                return StructureItem.block(element("H1", document));
            case HEADING:
            case ANNEX:
                endLists(0);
                // The title is the one H1; an annex's heading ranks with the chapters (H2), so the
                // levels never skip whether or not the annex has chapters of its own.
                headingLevel = role == Role.ANNEX ? 2 : Math.min(headingLevel + 1, level + 1);
                PDStructureElement heading = element("H" + headingLevel, document);
                headings.add(heading);
                return StructureItem.block(heading);
            case NUMBERED_PARAGRAPH:
                return item(0, document, "Decimal");
            case SUB_ITEM:
                int depth = Math.max(1, Math.min(level, MAX_DEPTH - 1));
                return item(depth, openBody(depth), depth % 2 == 1 ? "LowerAlpha" : "LowerRoman");
            case BLOCK_QUOTE:
                // Quoted paragraphs in a row are one BlockQuote, inside the list item they follow.
                quote = quote != null ? quote : element("BlockQuote", openBody(MAX_DEPTH));
                return StructureItem.block(element("P", quote));
            case FOOTNOTE:
                PDStructureElement note = notes.computeIfAbsent(line.part().element(), id -> note(id, document));
                return StructureItem.note(note);
            case PARAGRAPH:
                endLists(0);
                return StructureItem.block(element("P", document));
            case TABLE_HEADER_CELL:
            case TABLE_DATA_CELL:
                endLists(0);
                return tables.cell(line.part(), document);
            default:
                // The header's parts, each a paragraph in the layout's (the logical) order.
                return StructureItem.block(element("P", document));
        }
    }

    /** A list item at a depth, in the list there if it is still open under {@code parent}. */
    private StructureItem item(int depth, PDStructureElement parent, String numbering) {
        PDStructureElement list = lists[depth];
        if (list == null || list.getParent() == null
                || list.getParent().getCOSObject() != parent.getCOSObject()) {
            list = element("L", parent);
            COSDictionary attributes = new COSDictionary();
            attributes.setName(COSName.O, "List");
            attributes.setName("ListNumbering", numbering);
            attributes.setDirect(true);
            list.getCOSObject().setItem(COSName.A, attributes);
            lists[depth] = list;
        }
        endLists(depth + 1);
        StructureItem item = StructureItem.listItem(element("LI", list));
        bodies[depth] = item.body();
        return item;
    }

    /** The body of the deepest list item still open above {@code depth}, or the document. */
    private PDStructureElement openBody(int depth) {
        for (int d = depth - 1; d >= 0; d--) {
            if (bodies[d] != null) {
                return bodies[d];
            }
        }
        return document;
    }

    private void endLists(int from) {
        for (int d = from; d < MAX_DEPTH; d++) {
            lists[d] = null;
            bodies[d] = null;
        }
    }

    private static PDStructureElement element(String type, PDStructureElement parent) {
        PDStructureElement element = StructureCatalog.element(type, parent);
        parent.appendKid(element);
        return element;
    }
}
