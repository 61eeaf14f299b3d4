package org.secnotes.render.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.secnotes.render.layout.DocumentLayout;
import org.secnotes.render.layout.DocumentLayout.Bookmark;
import org.secnotes.render.layout.DocumentLayout.Box;
import org.secnotes.render.layout.DocumentLayout.Line;
import org.secnotes.render.layout.DocumentLayout.Mark;
import org.secnotes.render.layout.DocumentLayout.Page;
import org.secnotes.render.layout.DocumentLayout.Piece;
import org.secnotes.render.layout.DocumentLayout.Role;
import org.secnotes.render.layout.DocumentLayout.Rule;
import org.secnotes.render.layout.PageStyle;
import org.secnotes.render.layout.PageStyle.Slot;

/**
 * Paints a laid-out note with PDFBox as an archival file: fonts embedded and subset, Unicode text,
 * links, bookmarks, and the metadata of {@link ArchivalMetadata}. Tagged (the default), every piece
 * is painted inside the marked content {@link StructureTagger} ties to the structure tree, page
 * furniture as artifacts, and the file is PDF/A-2a and PDF/UA-1; untagged it is PDF/A-2u.
 *
 * <p>Stateless and thread-safe; each call works on its own document.
 */
final class PdfPainter {

    /** What a hyphen drawn at a line's end stands for: the soft hyphen of the source. */
    private static final String SOFT_HYPHEN = "\u00AD";

    private PdfPainter() {
    }

    static void paint(DocumentLayout layout, FontSet fonts, byte[] emblem, boolean tagged, OutputStream out)
            throws IOException {
        PageStyle style = layout.style();
        FontSet.Parsed parsed = fonts.borrow();
        try (PDDocument document = new PDDocument()) {
            document.setVersion(1.7f);
            // Only the faces the note uses are embedded, each as one subset. A family without
            // italic has one face object for both, so it is embedded once. Faces compare by
            // identity; the map keeps the order of first use, so the file's bytes repeat.
            Map<FontSet.Face, GlyphText.Font> faces = new LinkedHashMap<>();
            for (Page page : layout.pages()) {
                for (Line line : page.lines()) {
                    for (Piece piece : line.pieces()) {
                        FontSet.Face face = fonts.face(piece.family(), piece.face());
                        if (!faces.containsKey(face)) {
                            faces.put(face, new GlyphText.Font(face, COSName.getPDFName("F" + (faces.size() + 1))));
                        }
                    }
                }
            }
            PDRectangle size = new PDRectangle(style.paper().width(), style.paper().height());
            float height = style.paper().height();
            GlyphText text = new GlyphText();
            StructureTagger tagger = new StructureTagger(document, layout.info(), layout.pages().size(), tagged);
            List<PDPage> pdfPages = new ArrayList<>();
            for (Page page : layout.pages()) {
                PDPage pdfPage = new PDPage(size);
                document.addPage(pdfPage);
                pdfPages.add(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    tagger.beginPage(pdfPage, pdfPages.size() - 1, content);
                    paintMarks(document, content, page, emblem, tagger, height);
                    paintText(content, pdfPage, page, piece -> faces.get(fonts.face(piece.family(), piece.face())),
                            text, tagger, height);
                    tagger.endPage();
                }
            }
            outline(document, layout.bookmarks(), pdfPages, height, tagger.enabled() ? tagger.headings() : List.of());
            tagger.finish();
            ArchivalMetadata.write(document, layout.info(), tagged);
            for (Map.Entry<FontSet.Face, GlyphText.Font> font : faces.entrySet()) {
                font.getValue().embed(document.getDocument(), parsed.font(font.getKey()));
            }
            // PDFBox writes the file a token at a time, so a file stream would take a system call
            // for each; the buffer hands the caller's stream large blocks.
            BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            document.save(buffered);
            buffered.flush();
        } finally {
            fonts.release(parsed);
        }
    }

    /** The rules, the barcode and the QR code's boxes, and the emblem: furniture or figures. */
    private static void paintMarks(PDDocument document, PDPageContentStream content, Page page, byte[] emblem,
            StructureTagger tagger, float height) throws IOException {
        content.setNonStrokingColor(0f, 0f, 0f);
        content.setStrokingColor(0f, 0f, 0f);
        if (!page.rules().isEmpty()) {
            tagger.artifact(StructureTagger.Artifact.LAYOUT);
        }
        for (Rule rule : page.rules()) {
            content.setLineWidth(rule.thickness());
            content.moveTo(rule.x1(), height - rule.y());
            content.lineTo(rule.x2(), height - rule.y());
            content.stroke();
        }
        for (Mark mark : page.marks()) {
            if (mark.role() == Role.EMBLEM) {
                if (emblem != null) {
                    tagger.figure(mark, height);
                    Slot slot = mark.bounds();
                    PDImageXObject image = PDImageXObject.createFromByteArray(document, emblem, "emblem");
                    content.drawImage(image, slot.x(), height - slot.top() - slot.height(), slot.width(), slot.height());
                }
                continue;
            }
            if (mark.boxes().isEmpty()) {
                continue;
            }
            if (mark.role() == Role.QR_CODE) {
                tagger.figure(mark, height);
            } else {
                tagger.artifact(StructureTagger.Artifact.FOOTER);
            }
            for (Box box : mark.boxes()) {
                content.addRect(box.x(), height - box.top() - box.height(), box.width(), box.height());
            }
            content.fill();
        }
        tagger.close();
    }

    /**
     * The lines, each piece inside its element's marked content. A line the breaker ended at a
     * word space gets that space back at its end, as does a heading's label: no ink, but text read
     * in structure order keeps its words apart (ISO 32000-1, 14.8.2.5).
     */
    @SuppressWarnings("deprecation") // appendRawCommands: "discouraged", and the one way to write GlyphText's bytes
    private static void paintText(PDPageContentStream content, PDPage pdfPage, Page page,
            Function<Piece, GlyphText.Font> faces, GlyphText text, StructureTagger tagger, float height)
            throws IOException {
        content.beginText();
        GlyphText.Font currentFont = null;
        float currentSize = -1;
        float currentRise = 0;
        float currentCharSpacing = 0;
        float lineX = 0;
        float lineY = 0;
        for (Line line : page.lines()) {
            float x = line.x();
            float y = height - line.baseline();
            content.newLineAtOffset(x - lineX, y - lineY);
            lineX = x;
            lineY = y;
            float at = x;
            boolean artifact = line.role().isArtifact();
            boolean headingLabel = line.role() == Role.HEADING && line.part().label();
            boolean endSpace = !artifact && !line.pieces().isEmpty() && (line.endsAtSpace() || headingLabel);
            if (artifact) {
                tagger.artifact(StructureTagger.artifactOf(line.role()));
            } else {
                tagger.line(line, endSpace);
            }
            for (Piece piece : line.pieces()) {
                boolean drawnHyphen = !artifact && SOFT_HYPHEN.equals(piece.actualText());
                if (drawnHyphen) {
                    // The hyphen drawn where a line ends at a soft hyphen is layout, not text: the
                    // word reads whole (ISO 32000-1, 14.8.2.2.3), and extraction of it shows no hyphen.
                    tagger.artifact(StructureTagger.Artifact.LAYOUT);
                } else if (!artifact) {
                    tagger.piece(line, piece);
                }
                GlyphText.Font font = faces.apply(piece);
                if (font != currentFont || piece.size() != currentSize) {
                    // No PDFont object: the page's resources name the font's dictionary, which
                    // Type0Embedding fills once the glyphs shown are known.
                    fontResources(pdfPage).setItem(font.resource(), font.dictionary());
                    content.appendRawCommands(text.select(font, piece.size()));
                    currentFont = font;
                    currentSize = piece.size();
                }
                if (piece.rise() != currentRise) {
                    content.setTextRise(piece.rise());
                    currentRise = piece.rise();
                }
                // Chinese is justified between its characters (Tc), Latin runs inside it are not.
                float charSpacing = piece.family().setsSolid() ? line.charSpacing() : 0;
                if (charSpacing != currentCharSpacing) {
                    content.setCharacterSpacing(charSpacing);
                    currentCharSpacing = charSpacing;
                }
                // Tj, or TJ widening every space: Type 0 fonts take no word spacing (Tw applies only
                // to the single-byte code 32), so the extra space is an adjustment after each space.
                content.appendRawCommands(text.show(font, piece.text(), line.spacing(), piece.size()));
                float width = piece.width() + text.spaces() * line.spacing() + charSpacing * text.codePoints();
                // The hyphen is layout, not a Link's content: the linked word before it has the annotation.
                if (piece.link() != null && !drawnHyphen) {
                    tagger.link(link(pdfPage, piece.link(), at, y, width, piece.size()), piece);
                }
                at += width;
            }
            if (endSpace) {
                if (currentRise != 0) {
                    content.setTextRise(0);
                    currentRise = 0;
                }
                tagger.lineText(line);
                content.appendRawCommands(text.show(currentFont, " ", 0, currentSize));
            }
        }
        tagger.close();
        content.endText();
    }

    /** The page's font resources, made on first use. */
    private static COSDictionary fontResources(PDPage page) {
        COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
        if (resources == null) {
            resources = new COSDictionary();
            page.getCOSObject().setItem(COSName.RESOURCES, resources);
        }
        COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
        if (fonts == null) {
            fonts = new COSDictionary();
            resources.setItem(COSName.FONT, fonts);
        }
        return fonts;
    }

    private static PDAnnotationLink link(PDPage page, String uri, float x, float baseline, float width, float size)
            throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x, baseline - size * 0.25f, width, size * 1.15f));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        // PDF/A requires annotations to be printable.
        link.setPrinted(true);
        PDActionURI action = new PDActionURI();
        action.setURI(uri);
        link.setAction(action);
        page.getAnnotations().add(link);
        return link;
    }

    /** The bookmarks; each points at its heading's structure element too, when there is one. */
    private static void outline(PDDocument document, List<Bookmark> bookmarks, List<PDPage> pages, float height,
            List<PDStructureElement> headings) {
        if (bookmarks.isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem[] parents = new PDOutlineItem[4];
        for (int index = 0; index < bookmarks.size(); index++) {
            Bookmark bookmark = bookmarks.get(index);
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(bookmark.title());
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(pages.get(bookmark.page() - 1));
            destination.setTop(Math.round(height - bookmark.top()));
            item.setDestination(destination);
            if (headings.size() == bookmarks.size()) {
                item.setStructureElement(headings.get(index));
            }
            PDOutlineItem parent = null;
            // An annex's bookmark is level 0, so that the chapters after it nest under it.
            for (int level = bookmark.level() - 1; level >= 0 && parent == null; level--) {
                parent = parents[level];
            }
            if (parent == null) {
                outline.addLast(item);
            } else {
                parent.addLast(item);
            }
            parents[bookmark.level()] = item;
            for (int deeper = bookmark.level() + 1; deeper < parents.length; deeper++) {
                parents[deeper] = null;
            }
        }
        outline.openNode();
        document.getDocumentCatalog().setDocumentOutline(outline);
    }
}
