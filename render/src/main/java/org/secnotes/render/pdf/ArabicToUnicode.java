package org.secnotes.render.pdf;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.secnotes.render.layout.DocumentLayout;
import org.secnotes.render.layout.FontFamily;

/**
 * Makes copy and search of Arabic give the letters, not their shaped forms. PDFBox writes each
 * font's text mapping (ToUnicode) from the characters drawn, which for Arabic are the
 * presentation forms ICU's shaping made (U+FB50–U+FDFF, U+FE70–U+FEFF): PDFBox's own text
 * extraction normalizes them away, but poppler and PDFium return them, so a search for a word
 * fails. PDFBox builds the mapping while it subsets the fonts on save, too late to change it
 * before; so the saved file is read again, each mapping that holds a form is replaced by one that
 * maps every code to the compatibility decomposition of its character (NFKC: a form to its
 * letter, lam-alef to lam and alef), and the file is saved again. The file identifier and dates
 * are the document's own, so the bytes stay the same from run to run.
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
     * The fonts of a layout that draw Arabic forms, by PostScript name: empty when its PDF needs
     * no second pass.
     */
    static Set<String> arabicFonts(DocumentLayout layout, FontSet fonts) {
        Set<String> names = new java.util.HashSet<>();
        for (DocumentLayout.Page page : layout.pages()) {
            for (DocumentLayout.Line line : page.lines()) {
                for (DocumentLayout.Piece piece : line.pieces()) {
                    if (piece.family() == FontFamily.ARABIC) {
                        names.add(fonts.fontName(FontFamily.ARABIC, piece.face()));
                    }
                }
            }
        }
        return names;
    }

    /**
     * Copies a PDF with the text mappings of its Arabic fonts replaced.
     *
     * @param pdf   the PDF as PDFBox saved it
     * @param names the PostScript names of the fonts to fix, without the subset tag
     * @param out   where the fixed PDF goes
     * @throws IOException if the PDF cannot be read or written
     */
    static void rewrite(byte[] pdf, Set<String> names, OutputStream out) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    String base = font.getName() == null ? "" : font.getName().substring(font.getName().indexOf('+') + 1);
                    if (font instanceof PDType0Font && names.contains(base) && seen.add(font.getCOSObject())) {
                        fix(document, (PDType0Font) font);
                    }
                }
            }
            document.save(out);
        }
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
