package org.secnotes.render.pdf;

import org.apache.pdfbox.cos.COSName;

/**
 * The structure elements one element of the layout (such as {@code block-12} or
 * {@code footnote-3}) is tagged with, made as its pieces are painted: where its label goes,
 * where its text goes, and the link its last piece opened, so that a symbol wrapped over two lines
 * stays one {@code Link}.
 *
 * <p>Not thread-safe: part of one {@link StructureTagger}.
 */
final class StructureItem {

    private enum Kind { BLOCK, LIST_ITEM, NOTE }

    private final Kind kind;
    /** The P or H of a block, the LI of a list item, the Note of a footnote. */
    private final StructElem host;
    private StructElem label;
    private StructElem body;
    private StructElem text;
    private StructElem link;
    private String linkAddress;

    private StructureItem(Kind kind, StructElem host) {
        this.kind = kind;
        this.host = host;
        if (kind == Kind.BLOCK) {
            // A heading's label ("I.") is part of its text, as it is read.
            label = host;
            text = host;
        }
    }

    /** A paragraph or heading: label and text in the one element. */
    static StructureItem block(StructElem element) {
        return new StructureItem(Kind.BLOCK, element);
    }

    /** A list item: {@code Lbl}, then {@code LBody} holding the text itself. */
    static StructureItem listItem(StructElem item) {
        return new StructureItem(Kind.LIST_ITEM, item);
    }

    /** A footnote: {@code Lbl} (its marker), then a {@code P}. */
    static StructureItem note(StructElem note) {
        return new StructureItem(Kind.NOTE, note);
    }

    /** Marks the whole item as being in another language than the document. */
    void language(String code) {
        host.setString(COSName.LANG, code);
    }

    /** @return the element the label goes in, made first among the host's kids */
    StructElem label() {
        if (label == null) {
            label = StructElem.detached(StructElem.LABEL, host);
            host.addFirst(label);
        }
        return label;
    }

    /** @return the list item's body, which holds its text and a nested list; the host for other items */
    StructElem body() {
        if (kind != Kind.LIST_ITEM) {
            return host;
        }
        if (body == null) {
            body = StructElem.under(StructElem.LIST_BODY, host);
        }
        return body;
    }

    /** @return the element plain text goes in; ends the run a link could continue */
    StructElem text() {
        appended();
        return textElement();
    }

    /** @return the Link for a piece opening {@code address}: the last one if the text went straight on */
    StructElem link(String address) {
        if (link == null || !address.equals(linkAddress)) {
            StructElem holder = textElement();
            link = StructElem.under(StructElem.LINK, holder);
            linkAddress = address;
        }
        return link;
    }

    /** Something other than the link was added to the text: a later link is a new one. */
    void appended() {
        link = null;
        linkAddress = null;
    }

    private StructElem textElement() {
        if (text == null) {
            if (kind == Kind.LIST_ITEM) {
                // LBody may hold its text directly: a P inside it would cost an element per item.
                text = body();
            } else {
                text = StructElem.under(StructElem.PARAGRAPH, host);
            }
        }
        return text;
    }
}
