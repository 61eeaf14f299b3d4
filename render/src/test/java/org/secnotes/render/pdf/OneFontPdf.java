package org.secnotes.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.secnotes.render.layout.FontFace;
import org.secnotes.render.layout.FontFamily;

/**
 * A one-page PDF of a few runs in one regular face, shown by {@link GlyphText} and embedded by
 * {@link Type0Embedding} as the painter does it, saved with a fixed file ID.
 */
final class OneFontPdf {

    private OneFontPdf() {
    }

    /**
     * @param fonts   the font set, whose faces' caches the call shares with every other
     * @param family  the family of the regular face the runs are set in
     * @param runs    the runs, one a line
     * @param spacing the extra width of each space, 0 for none
     * @return the saved file
     */
    @SuppressWarnings("deprecation") // appendRawCommands, as the painter writes GlyphText's bytes
    static byte[] render(FontSet fonts, FontFamily family, List<String> runs, float spacing) throws IOException {
        FontSet.Parsed parsed = fonts.borrow();
        try (PDDocument document = new PDDocument()) {
            FontSet.Face face = fonts.face(family, FontFace.REGULAR);
            GlyphText.Font font = new GlyphText.Font(face, COSName.getPDFName("F1"));
            GlyphText text = new GlyphText();
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.appendRawCommands(text.select(font, 11));
                for (String run : runs) {
                    content.newLineAtOffset(0, 20);
                    content.appendRawCommands(text.show(font, run, spacing, 11));
                }
                content.endText();
            }
            COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            COSDictionary fontResources = new COSDictionary();
            fontResources.setItem(font.resource(), font.dictionary());
            resources.setItem(COSName.FONT, fontResources);
            font.embed(document.getDocument(), parsed.font(face));
            COSArray id = new COSArray();
            id.add(new COSString("one-font-pdf"));
            id.add(new COSString("one-font-pdf"));
            document.getDocument().getTrailer().setItem(COSName.ID, id);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } finally {
            fonts.release(parsed);
        }
    }
}
