package org.secnotes.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
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
        FOOTER;

        /** The name of its property list in a page's resources. */
        final COSName resource = COSName.getPDFName("Artifact" + ordinal());
    }

    private static final int MAX_DEPTH = 8;
    private static final COSName TABS = COSName.getPDFName("Tabs");
    private static final COSName LIST_OWNER = COSName.getPDFName("List");
    private static final COSName LIST_NUMBERING = COSName.getPDFName("ListNumbering");
    private static final COSName DECIMAL = COSName.getPDFName("Decimal");
    private static final COSName LOWER_ALPHA = COSName.getPDFName("LowerAlpha");
    private static final COSName LOWER_ROMAN = COSName.getPDFName("LowerRoman");

    private final boolean enabled;
    private final PDDocument pdf;
    private final DocumentInfo info;
    private final int pageCount;
    private final COSDictionary root = StructureCatalog.treeRoot();
    private final StructElem document;
    private final Map<String, StructureItem> items = new HashMap<>();
    private final Map<String, StructElem> notes = new HashMap<>();
    /** The notes by their IDs, for the ID tree. */
    private final TreeMap<String, StructElem> noteIds = new TreeMap<>();
    private final List<StructElem> figures = new ArrayList<>();
    private final List<StructElem> headings = new ArrayList<>();
    private final StructElem[] lists = new StructElem[MAX_DEPTH];
    private final StructElem[] bodies = new StructElem[MAX_DEPTH];
    private final Map<Artifact, PDPropertyList> artifactProperties = new EnumMap<>(Artifact.class);
    /** The artifact kinds whose property lists the current page's resources hold. */
    private final Set<Artifact> pageArtifacts = EnumSet.noneOf(Artifact.class);
    private final COSArray numbers = new COSArray();
    private final List<StructElem> annotationParents = new ArrayList<>();
    private final TableTags tables = new TableTags();
    private int headingLevel = 1;
    /** The BlockQuote the quoted paragraphs in a row go in, or null. */
    private StructElem quote;

    private COSDictionary pageDictionary;
    private PDPageContentStream content;
    private COSArray pageParents;
    private int nextMcid;
    /** The element or artifact kind whose sequence is open, or null. */
    private Object open;
    /** The Span of the line being painted, if it reads in another order than it is drawn; or null. */
    private StructElem span;
    private StructElem spanLink;
    private String spanLinkAddress;

    StructureTagger(PDDocument pdf, DocumentInfo info, int pageCount, boolean enabled) {
        this.pdf = pdf;
        this.info = info;
        this.pageCount = pageCount;
        this.enabled = enabled;
        this.document = StructElem.document(root, pdf.getDocument().getDocumentState());
    }

    boolean enabled() {
        return enabled;
    }

    /** Starts tagging a page whose content stream is {@code stream}. */
    void beginPage(PDPage pdfPage, int index, PDPageContentStream stream) {
        if (!enabled) {
            return;
        }
        pageDictionary = pdfPage.getCOSObject();
        content = stream;
        pageParents = new COSArray();
        nextMcid = 0;
        open = null;
        pageArtifacts.clear();
        pdfPage.setStructParents(index);
        // Tab order follows the structure (PDF/UA-1 7.18.3); PDFBox has no setter for it.
        pageDictionary.setItem(TABS, COSName.S);
        numbers.add(COSInteger.get(index));
        numbers.add(pageParents);
    }

    /** Ends the page: closes the open sequence. */
    void endPage() throws IOException {
        close();
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
        PDPropertyList properties = artifactProperties.computeIfAbsent(kind,
                k -> PDPropertyList.create(StructureCatalog.artifactProperties(k)));
        if (pageArtifacts.add(kind)) {
            // Named by us once per page, PDFBox finds the list there instead of making up a name.
            StructureCatalog.addProperties(pageDictionary, kind.resource, properties.getCOSObject());
        }
        content.beginMarkedContent(COSName.ARTIFACT, properties);
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
        StructElem holder = line.part().label() ? item.label() : item.text();
        span = StructElem.under(StructElem.SPAN, holder);
        span.setString(COSName.ACTUAL_TEXT, endSpace ? line.reading() + " " : line.reading());
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
            spanLink = StructElem.under(StructElem.LINK, span);
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
        StructElem link = (StructElem) open;
        link.addObject(annotation.getCOSObject(), pageDictionary);
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
        StructElem figure = StructElem.detached(StructElem.FIGURE, document);
        figure.setString(COSName.ALT, mark.altText());
        figure.dictionary().setItem(COSName.A, StructureCatalog.layoutBox(mark.bounds(), pageHeight));
        figures.add(figure);
        close();
        begin(figure);
    }

    /** @return the heading elements in order, one per bookmark */
    List<PDStructureElement> headings() {
        List<PDStructureElement> wrapped = new ArrayList<>(headings.size());
        headings.forEach(heading -> wrapped.add(new PDStructureElement(heading.dictionary())));
        return wrapped;
    }

    /** Writes the tree's root, the parent tree, the ID tree and the catalog's marks. */
    void finish() {
        if (!enabled) {
            return;
        }
        figures.forEach(figure -> document.add(figure.dictionary()));
        for (int i = 0; i < annotationParents.size(); i++) {
            numbers.add(COSInteger.get(pageCount + (long) i));
            numbers.add(annotationParents.get(i).dictionary());
        }
        StructureCatalog.write(pdf, root, numbers, pageCount + annotationParents.size(), noteIds);
    }

    /** Opens a sequence for an element unless it is the open one, and records its MCID both ways. */
    private void begin(StructElem element) throws IOException {
        if (open == element) {
            return;
        }
        close();
        int mcid = nextMcid++;
        content.beginMarkedContent(element.type(), mcid);
        pageParents.add(element.dictionary());
        element.addContent(mcid, pageDictionary);
        open = element;
    }

    /**
     * A footnote call: a Reference in {@code holder}, then the Note itself the first time it is
     * called, in the item's text after it (never inside a Span, whose ActualText would hide it).
     */
    private void call(StructElem holder, StructureItem item, String footnote) throws IOException {
        StructElem reference = StructElem.under(StructElem.REFERENCE, holder);
        item.appended();
        begin(reference);
        if (!notes.containsKey(footnote)) {
            notes.put(footnote, note(footnote, item.text()));
        }
    }

    private StructElem note(String footnote, StructElem host) {
        StructElem note = StructElem.under(StructElem.NOTE, host);
        String number = footnote.substring(footnote.lastIndexOf('-') + 1);
        String id = "fn-" + ("*".equals(number) ? "agenda" : number);
        note.setString(COSName.ID, id);
        noteIds.put(id, note);
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
                return StructureItem.block(StructElem.under(StructElem.heading(1), document));
            case HEADING:
            case ANNEX:
                endLists(0);
                // The title is the one H1; an annex's heading ranks with the chapters (H2), so the
                // levels never skip whether or not the annex has chapters of its own.
                headingLevel = role == Role.ANNEX ? 2 : Math.min(headingLevel + 1, level + 1);
                StructElem heading = StructElem.under(StructElem.heading(headingLevel), document);
                headings.add(heading);
                return StructureItem.block(heading);
            case NUMBERED_PARAGRAPH:
                return item(0, document, DECIMAL);
            case SUB_ITEM:
                int depth = Math.max(1, Math.min(level, MAX_DEPTH - 1));
                return item(depth, openBody(depth), depth % 2 == 1 ? LOWER_ALPHA : LOWER_ROMAN);
            case BLOCK_QUOTE:
                // Quoted paragraphs in a row are one BlockQuote, inside the list item they follow.
                quote = quote != null ? quote : StructElem.under(StructElem.BLOCK_QUOTE, openBody(MAX_DEPTH));
                return StructureItem.block(StructElem.under(StructElem.PARAGRAPH, quote));
            case FOOTNOTE:
                StructElem note = notes.computeIfAbsent(line.part().element(), id -> note(id, document));
                return StructureItem.note(note);
            case PARAGRAPH:
                endLists(0);
                return StructureItem.block(StructElem.under(StructElem.PARAGRAPH, document));
            case TABLE_HEADER_CELL:
            case TABLE_DATA_CELL:
                endLists(0);
                return tables.cell(line.part(), document);
            default:
                // The header's parts, each a paragraph in the layout's (the logical) order.
                return StructureItem.block(StructElem.under(StructElem.PARAGRAPH, document));
        }
    }

    /** A list item at a depth, in the list there if it is still open under {@code parent}. */
    private StructureItem item(int depth, StructElem parent, COSName numbering) {
        StructElem list = lists[depth];
        if (list == null || list.parent() != parent) {
            list = StructElem.under(StructElem.LIST, parent);
            COSDictionary attributes = new COSDictionary();
            attributes.setItem(COSName.O, LIST_OWNER);
            attributes.setItem(LIST_NUMBERING, numbering);
            attributes.setDirect(true);
            list.dictionary().setItem(COSName.A, attributes);
            lists[depth] = list;
        }
        endLists(depth + 1);
        StructureItem item = StructureItem.listItem(StructElem.under(StructElem.LIST_ITEM, list));
        bodies[depth] = item.body();
        return item;
    }

    /** The body of the deepest list item still open above {@code depth}, or the document. */
    private StructElem openBody(int depth) {
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
}
