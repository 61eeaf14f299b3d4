package org.secnotes.render.pdf;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes copy and search of Arabic give the letters, not their shaped forms. PDFBox writes each
 * font's text mapping (ToUnicode) from the characters drawn, which for Arabic are the
 * presentation forms ICU's shaping made (U+FB50–U+FDFF, U+FE70–U+FEFF): PDFBox's own text
 * extraction normalizes them away, but poppler and PDFium return them, so a search for a word
 * fails. PDFBox builds the mapping while it subsets a font, which {@code PDDocument.save} does
 * just before it writes the file, leaving no moment in between. So a document with Arabic is
 * saved here in the same two steps, through PDFBox's public API, with the fix between them: every
 * font is subset ({@code PDType0Font.subset()}), each Arabic font's mapping that holds a form is
 * replaced by one that maps every code to the compatibility decomposition of its character (NFKC:
 * a form to its letter, lam-alef to lam and alef), and {@code COSWriter} writes the document with
 * the compression {@code save} uses. One pass: the file is neither read back nor written twice.
 *
 * <p>Stateless and thread-safe.
 */
final class ArabicToUnicode {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /** Entries in one bfchar block: the CMap format allows at most 100. */
    private static final int BLOCK = 100;

    private ArabicToUnicode() {
    }

    /**
     * Saves a document as {@code PDDocument.save(out)} would, with the text mappings of its
     * Arabic fonts giving letters. The document must not have been saved before: its fonts are
     * subset here, and a later {@code save} would subset them a second time.
     *
     * @param document the document, painted and ready to save
     * @param fonts    every font loaded into the document for subsetting
     * @param arabic   those of them that draw Arabic presentation forms
     * @param out      where the PDF goes
     * @throws IOException if a font cannot be subset or the PDF cannot be written
     */
    static void save(PDDocument document, Collection<PDType0Font> fonts, Collection<PDType0Font> arabic,
            OutputStream out) throws IOException {
        for (PDType0Font font : fonts) {
            if (font.willBeSubset()) {
                font.subset();
            }
        }
        for (PDType0Font font : arabic) {
            fix(document, font);
        }
        // What save(OutputStream) does after subsetting: its default compression, which needs a
        // cross-reference stream.
        document.getDocument().setIsXRefStream(true);
        new COSWriter(out, CompressParameters.DEFAULT_COMPRESSION).write(document);
    }

    private static void fix(PDDocument document, PDType0Font font) throws IOException {
        if (!(font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream)) {
            return;
        }
        CMap existing;
        try (InputStream in = ((COSStream) font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE)).createInputStream()) {
            existing = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        Map<Integer, String> mapping = new TreeMap<>();
        boolean forms = false;
        int last = lastCode(font);
        for (int code = 0; code <= last; code++) {
            String unicode = existing.toUnicode(code, 2);
            if (unicode == null) {
                continue;
            }
            String letters = NFKC.normalize(unicode);
            forms |= !letters.equals(unicode) && isForm(unicode);
            mapping.put(code, isForm(unicode) ? letters : unicode);
        }
        if (!forms) {
            return;
        }
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream cmap = stream.createOutputStream(COSName.FLATE_DECODE)) {
            cmap.write(cmap(mapping));
        }
        font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
    }

    /**
     * The highest code the font can use: a CIDToGIDMap stream has two bytes per code; with an
     * identity map the codes are the embedded subset's glyphs. Either bounds the search.
     */
    private static int lastCode(PDType0Font font) throws IOException {
        COSBase descendants = font.getCOSObject().getDictionaryObject(COSName.DESCENDANT_FONTS);
        if (descendants instanceof COSArray && ((COSArray) descendants).getObject(0) instanceof COSDictionary) {
            COSBase map = ((COSDictionary) ((COSArray) descendants).getObject(0)).getDictionaryObject(COSName.CID_TO_GID_MAP);
            if (map instanceof COSStream) {
                try (InputStream in = ((COSStream) map).createInputStream()) {
                    return Math.min(0xFFFF, in.readAllBytes().length / 2 - 1);
                }
            }
        }
        // An identity map: the codes are the subset's own glyph numbers.
        if (font.getDescendantFont() instanceof PDCIDFontType2) {
            return Math.min(0xFFFF, ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont().getNumberOfGlyphs() - 1);
        }
        return 0xFFFF;
    }

    private static boolean isForm(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF')) {
                return true;
            }
        }
        return false;
    }

    /** A ToUnicode CMap of two-byte codes, one bfchar entry per code. */
    private static byte[] cmap(Map<Integer, String> mapping) {
        StringBuilder out = new StringBuilder(64 * mapping.size() + 512);
        out.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        int left = mapping.size();
        int inBlock = 0;
        for (Map.Entry<Integer, String> entry : mapping.entrySet()) {
            if (inBlock == 0) {
                out.append(Math.min(BLOCK, left)).append(" beginbfchar\n");
            }
            out.append(String.format(Locale.ROOT, "<%04X> <", entry.getKey()));
            for (char c : entry.getValue().toCharArray()) {
                out.append(String.format(Locale.ROOT, "%04X", (int) c));
            }
            out.append(">\n");
            left--;
            if (++inBlock == BLOCK || left == 0) {
                out.append("endbfchar\n");
                inBlock = 0;
            }
        }
        out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

}
