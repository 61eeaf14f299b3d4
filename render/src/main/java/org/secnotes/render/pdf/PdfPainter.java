package org.secnotes.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
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
import org.secnotes.templates.LocalizedNote.DocumentInfo;

/**
 * Paints a laid-out note with PDFBox as an archival PDF/A-2u file: fonts embedded and subset,
 * Unicode text, XMP metadata, an sRGB output intent, links, bookmarks, /Lang. Nothing here reads
 * the clock: dates and the file identifier come from the note, so the same note gives the same bytes.
 *
 * <p>Stateless and thread-safe; each call works on its own document.
 */
final class PdfPainter {

    private static final String PRODUCER = "secnotes";
    /** The sRGB profile that ships with the JDK, read once. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfPainter() {
    }

    static void paint(DocumentLayout layout, FontSet fonts, byte[] emblem, OutputStream out) throws IOException {
        PageStyle style = layout.style();
        FontSet.Parsed parsed = fonts.borrow();
        try (PDDocument document = new PDDocument()) {
            document.setVersion(1.7f);
            // Only the faces the note uses are loaded: each costs a parse and an embedding. A family
            // without italic has one face object for both, so it is embedded once.
            Map<FontSet.Face, PDType0Font> faces = new IdentityHashMap<>();
            for (Page page : layout.pages()) {
                for (Line line : page.lines()) {
                    for (Piece piece : line.pieces()) {
                        FontSet.Face face = fonts.face(piece.family(), piece.face());
                        if (!faces.containsKey(face)) {
                            // Loaded from a parsed font, PDFBox leaves it open when the document closes.
                            faces.put(face, PDType0Font.load(document, parsed.font(piece.family(), piece.face()), true));
                        }
                    }
                }
            }
            PDRectangle size = new PDRectangle(style.paper().width(), style.paper().height());
            List<PDPage> pdfPages = new ArrayList<>();
            for (Page page : layout.pages()) {
                PDPage pdfPage = new PDPage(size);
                document.addPage(pdfPage);
                pdfPages.add(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    paintPage(document, content, pdfPage, page, piece -> faces.get(fonts.face(piece.family(), piece.face())),
                            style.paper().height());
                    for (Mark mark : page.marks()) {
                        if (mark.role() == Role.EMBLEM && emblem != null) {
                            Slot slot = mark.bounds();
                            PDImageXObject image = PDImageXObject.createFromByteArray(document, emblem, "emblem");
                            content.drawImage(image, slot.x(), style.paper().height() - slot.top() - slot.height(),
                                    slot.width(), slot.height());
                        }
                    }
                }
            }
            outline(document, layout.bookmarks(), pdfPages, style.paper().height());
            archival(document, layout.info());
            document.save(out);
        } finally {
            fonts.release(parsed);
        }
    }

    private static void paintPage(PDDocument document, PDPageContentStream content, PDPage pdfPage, Page page,
            Function<Piece, PDType0Font> faces, float height) throws IOException {
        content.setNonStrokingColor(0f, 0f, 0f);
        content.setStrokingColor(0f, 0f, 0f);
        for (Rule rule : page.rules()) {
            content.setLineWidth(rule.thickness());
            content.moveTo(rule.x1(), height - rule.y());
            content.lineTo(rule.x2(), height - rule.y());
            content.stroke();
        }
        boolean filled = false;
        for (Mark mark : page.marks()) {
            for (Box box : mark.boxes()) {
                content.addRect(box.x(), height - box.top() - box.height(), box.width(), box.height());
                filled = true;
            }
        }
        if (filled) {
            content.fill();
        }
        content.beginText();
        PDType0Font currentFont = null;
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
            for (Piece piece : line.pieces()) {
                PDType0Font font = faces.apply(piece);
                if (font != currentFont || piece.size() != currentSize) {
                    content.setFont(font, piece.size());
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
                float spaces = countSpaces(piece.text());
                if (line.spacing() == 0 || spaces == 0) {
                    content.showText(piece.text());
                } else {
                    content.showTextWithPositioning(justified(piece.text(), line.spacing(), piece.size()));
                }
                float width = piece.width() + spaces * line.spacing()
                        + charSpacing * piece.text().codePointCount(0, piece.text().length());
                if (piece.link() != null) {
                    link(pdfPage, piece.link(), at, y, width, piece.size());
                }
                at += width;
            }
        }
        content.endText();
    }

    private static int countSpaces(String text) {
        int spaces = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                spaces++;
            }
        }
        return spaces;
    }

    /**
     * A TJ array that widens every space: Type 0 fonts take no word spacing (Tw applies only to
     * single-byte code 32), so the extra space is given as a negative adjustment after each space.
     */
    private static Object[] justified(String text, float spacing, float size) {
        List<Object> parts = new ArrayList<>();
        Float adjustment = -spacing * 1000 / size;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                parts.add(text.substring(start, i + 1));
                parts.add(adjustment);
                start = i + 1;
            }
        }
        if (start < text.length()) {
            parts.add(text.substring(start));
        }
        return parts.toArray();
    }

    private static void link(PDPage page, String uri, float x, float baseline, float width, float size) throws IOException {
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
    }

    private static void outline(PDDocument document, List<Bookmark> bookmarks, List<PDPage> pages, float height) {
        if (bookmarks.isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem[] parents = new PDOutlineItem[4];
        for (Bookmark bookmark : bookmarks) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(bookmark.title());
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(pages.get(bookmark.page() - 1));
            destination.setTop(Math.round(height - bookmark.top()));
            item.setDestination(destination);
            PDOutlineItem parent = null;
            for (int level = bookmark.level() - 1; level >= 1 && parent == null; level--) {
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

    /** PDF/A-2u: XMP identification and metadata matching the info dictionary, sRGB output intent, /Lang. */
    private static void archival(PDDocument document, DocumentInfo note) throws IOException {
        Calendar issued = Calendar.getInstance(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
        issued.clear();
        issued.set(note.issued().getYear(), note.issued().getMonthValue() - 1, note.issued().getDayOfMonth());

        String title = note.title();
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setProducer(PRODUCER);
        info.setCreationDate(issued);
        info.setModificationDate(issued);

        byte[] xmp = xmpPacket(title, note.language().code(), issued.toInstant().toString());
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp);
        catalog.setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
        catalog.setLanguage(note.language().code());
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);

        // The file identifier is derived from the document, never from the clock.
        document.setDocumentId(stableId(note));
    }

    /**
     * The XMP packet: PDF/A-2u identification, title, language, dates and producer, matching the
     * info dictionary as PDF/A requires. It is a fixed template rather than XMPBox's serializer
     * because that serializer starts the JDK's XSLT machinery, which cost 170 ms of a cold start
     * to write these few lines; the tests read the packet back with XMPBox and veraPDF checks it.
     */
    static byte[] xmpPacket(String title, String language, String date) {
        String packet = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>U</pdfaid:conformance>\n</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:language><rdf:Bag><rdf:li>" + xml(language) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "<pdf:Producer>" + PRODUCER + "</pdf:Producer>\n</rdf:Description>\n"
                + "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
        return packet.getBytes(StandardCharsets.UTF_8);
    }

    private static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append("&quot;"); break;
                default:
                    // XML 1.0 has no place for most control characters.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }

    private static long stableId(DocumentInfo note) {
        byte[] key = (note.name() + "|" + note.language().code() + "|" + note.issued())
                .getBytes(StandardCharsets.UTF_8);
        long hash = 1125899906842597L;
        for (byte b : key) {
            hash = 31 * hash + b;
        }
        return hash;
    }
}
