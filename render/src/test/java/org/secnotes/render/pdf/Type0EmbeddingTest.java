package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.secnotes.render.layout.FontFace;
import org.secnotes.render.layout.FontFamily;

/**
 * The fonts {@link Type0Embedding} writes, read back as a PDF reader reads them: each glyph shown
 * has its advance, copies out as its text (Arabic forms as letters), and is in the subset, which
 * holds nothing else; the subset's name is stable; and each document gets a subset of its own,
 * however many documents the process makes and on however many threads.
 */
class Type0EmbeddingTest {

    private static final FontSet FONTS = FontSet.liberationSerif();
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    @Test
    void everyGlyphShownHasItsAdvanceAndTheWidthsListNoOther() throws IOException {
        String latin = "The Conference of the Parties, 5½ % “decides”";
        assertWidths(FontFamily.PRIMARY, latin);
        assertWidths(FontFamily.CJK, "缔约方会议，联合国打击跨国有组织犯罪公约");
    }

    @Test
    void everyCodeShownCopiesOutAsItsTextAndArabicFormsAsLetters() throws IOException {
        // meem-waw-teh-reh in contextual forms, lam-alef as one glyph, heh isolated and final.
        String arabic = "\uFEE3\uFEEE\uFE97\uFEAE \uFEFB \uFEE9\uFEEA";
        try (PDDocument document = Loader.loadPDF(OneFontPdf.render(FONTS, FontFamily.ARABIC, List.of(arabic), 0))) {
            PDType0Font font = onlyFont(document);
            char[] block = FONTS.face(FontFamily.ARABIC, FontFace.REGULAR).glyphBlock(0xFE);
            for (char c : arabic.toCharArray()) {
                if (c == ' ') {
                    continue;
                }
                String letters = NFKC.normalize(String.valueOf(c));
                assertNotEquals(String.valueOf(c), letters);
                assertEquals(letters, font.toUnicode(block[c & 0xFF]), "U+" + Integer.toHexString(c));
            }
            assertEquals("\u0644\u0627", font.toUnicode(block[0xFB]), "lam-alef copies out as two letters");
        }
        String latin = "Конференция, 12\u00A0July";
        try (PDDocument document = Loader.loadPDF(OneFontPdf.render(FONTS, FontFamily.PRIMARY, List.of(latin), 0))) {
            PDType0Font font = onlyFont(document);
            FontSet.Face face = FONTS.face(FontFamily.PRIMARY, FontFace.REGULAR);
            for (char c : latin.toCharArray()) {
                assertEquals(String.valueOf(c), font.toUnicode(face.glyphBlock(c >> 8)[c & 0xFF]), "U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void aGlyphTwoCharactersShareStandsForTheLowerOfThem() throws IOException {
        // Naskh draws the space and the no-break space with one glyph.
        FontSet.Face face = FONTS.face(FontFamily.ARABIC, FontFace.REGULAR);
        int glyph = face.glyphBlock(0)[' '];
        assertEquals(glyph, face.glyphBlock(0)[0xA0], "one glyph for both");
        for (String text : List.of("\uFEA9\u00A0\uFEA9 \uFEA9", "\uFEA9 \uFEA9\u00A0\uFEA9")) {
            try (PDDocument document = Loader.loadPDF(OneFontPdf.render(FONTS, FontFamily.ARABIC, List.of(text), 0))) {
                assertEquals(" ", onlyFont(document).toUnicode(glyph), "whichever comes first in the text");
            }
        }
        try (PDDocument document = Loader.loadPDF(OneFontPdf.render(FONTS, FontFamily.ARABIC, List.of("\uFEA9\u00A0\uFEA9"), 0))) {
            assertEquals("\u00A0", onlyFont(document).toUnicode(glyph), "alone, the no-break space copies out as itself");
        }
    }

    @Test
    void theSubsetHoldsTheGlyphsShownAndNotdefOnly() throws IOException {
        String text = "secretariat note";
        Set<Integer> shown = glyphs(FontFamily.PRIMARY, text);
        try (PDDocument document = Loader.loadPDF(OneFontPdf.render(FONTS, FontFamily.PRIMARY, List.of(text), 0))) {
            PDType0Font font = onlyFont(document);
            TrueTypeFont subset = subset(font);
            assertEquals(shown.size() + 1, subset.getNumberOfGlyphs());
            byte[] cidToGid = cidToGid(font);
            TrueTypeFont whole = FONTS.face(FontFamily.PRIMARY, FontFace.REGULAR).open();
            Set<Integer> reached = new TreeSet<>();
            for (int cid : shown) {
                int gid = ((cidToGid[2 * cid] & 0xFF) << 8) | (cidToGid[2 * cid + 1] & 0xFF);
                assertTrue(gid > 0, "code " + cid + " reaches a glyph");
                reached.add(gid);
                assertEquals(whole.getAdvanceWidth(cid), subset.getAdvanceWidth(gid), "code " + cid);
                assertEquals(whole.getGlyph().getGlyph(cid).getPath().getBounds2D(),
                        subset.getGlyph().getGlyph(gid).getPath().getBounds2D(), "code " + cid + "'s outline");
            }
            assertEquals(shown.size(), reached.size(), "each code its own glyph");
        }
    }

    @Test
    void theSubsetTagIsStableAndFollowsTheGlyphs() throws IOException {
        String first = name(OneFontPdf.render(FONTS, FontFamily.PRIMARY, List.of("first note"), 0));
        assertTrue(first.matches("[A-Z]{6}\\+LiberationSerif"), first);
        assertEquals(first, name(OneFontPdf.render(FONTS, FontFamily.PRIMARY, List.of("first note"), 0)));
        assertEquals(first, name(OneFontPdf.render(FONTS, FontFamily.PRIMARY, List.of("note first"), 0)),
                "the same glyphs in another order");
        assertNotEquals(first, name(OneFontPdf.render(FONTS, FontFamily.PRIMARY, List.of("second note"), 0)));
    }

    @Test
    void eachDocumentGetsItsOwnSubsetOnAnyThread() throws Exception {
        List<String> texts = List.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String text : texts) {
                    pdfs.add(pool.submit(() -> OneFontPdf.render(FONTS, FontFamily.PRIMARY, List.of(text), 0)));
                }
            }
            for (int i = 0; i < pdfs.size(); i++) {
                String text = texts.get(i % texts.size());
                try (PDDocument document = Loader.loadPDF(pdfs.get(i).get())) {
                    PDType0Font font = onlyFont(document);
                    Set<Integer> shown = glyphs(FontFamily.PRIMARY, text);
                    assertEquals(shown.size() + 1, subset(font).getNumberOfGlyphs(), text);
                    CMap toUnicode = toUnicode(font);
                    for (char c = 'a'; c <= 'z'; c++) {
                        int code = FONTS.face(FontFamily.PRIMARY, FontFace.REGULAR).glyphBlock(0)[c];
                        if (text.indexOf(c) >= 0) {
                            assertEquals(String.valueOf(c), toUnicode.toUnicode(code, 2), text);
                        } else {
                            assertNull(toUnicode.toUnicode(code, 2), text + " maps no " + c);
                        }
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theToUnicodeMapReadsBackAsWrittenAcrossBlocksAndHighBytes() throws IOException {
        // 300 codes: runs of consecutive codes and characters that cross a high byte on either
        // side (code 0x00FF to 0x0100, U+00FF to U+0100), single codes, and two-letter texts.
        int[] glyphs = new int[300];
        String[] texts = new String[300];
        for (int i = 0; i < glyphs.length; i++) {
            glyphs[i] = 0xF0 + i + (i >= 200 ? 7 : 0);
            char c = (char) (i < 100 ? 0xF8 + i : 0x4E00 + 2 * i);
            texts[i] = i % 50 == 49 ? "\u0644\u0627" : String.valueOf(c);
        }
        CMap cmap = new CMapParser().parse(new RandomAccessReadBuffer(Type0Embedding.toUnicode(glyphs, texts)));
        for (int i = 0; i < glyphs.length; i++) {
            assertEquals(texts[i], cmap.toUnicode(glyphs[i], 2), "code " + Integer.toHexString(glyphs[i]));
        }
        assertNull(cmap.toUnicode(0xF0 + 200, 2), "no code in the gap");
    }

    private static void assertWidths(FontFamily family, String text) throws IOException {
        Set<Integer> shown = glyphs(family, text);
        TrueTypeFont whole = FONTS.face(family, FontFace.REGULAR).open();
        float scale = 1000f / whole.getUnitsPerEm();
        try (PDDocument document = Loader.loadPDF(OneFontPdf.render(FONTS, family, List.of(text), 0))) {
            PDType0Font font = onlyFont(document);
            PDCIDFont cidFont = font.getDescendantFont();
            for (int code : shown) {
                assertEquals(Math.round(whole.getAdvanceWidth(code) * scale), cidFont.getWidth(code), 0f, "code " + code);
            }
            COSArray w = cidFont.getCOSObject().getCOSArray(COSName.W);
            for (int i = 0; i < w.size(); i += 2) {
                int first = ((COSInteger) w.getObject(i)).intValue();
                int count = ((COSArray) w.getObject(i + 1)).size();
                for (int code = first; code < first + count; code++) {
                    assertTrue(shown.contains(code), "W lists code " + code + ", which is not shown");
                }
            }
            assertFalse(shown.isEmpty());
        }
    }

    /** The glyph IDs (and so the codes) the face's cmap gives the text's characters. */
    private static Set<Integer> glyphs(FontFamily family, String text) {
        Set<Integer> glyphs = new TreeSet<>();
        FontSet.Face face = FONTS.face(family, FontFace.REGULAR);
        for (char c : text.toCharArray()) {
            glyphs.add((int) face.glyphBlock(c >> 8)[c & 0xFF]);
        }
        return glyphs;
    }

    private static PDType0Font onlyFont(PDDocument document) throws IOException {
        List<COSName> names = new ArrayList<>();
        document.getPage(0).getResources().getFontNames().forEach(names::add);
        assertEquals(1, names.size(), names.toString());
        return (PDType0Font) document.getPage(0).getResources().getFont(names.get(0));
    }

    private static String name(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return onlyFont(document).getName();
        }
    }

    private static TrueTypeFont subset(PDType0Font font) throws IOException {
        try (InputStream in = font.getDescendantFont().getFontDescriptor().getFontFile2().createInputStream()) {
            return new TTFParser(true).parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }

    /** The font's ToUnicode map as written (PDFont.toUnicode logs a warning for each code it lacks). */
    private static CMap toUnicode(PDType0Font font) throws IOException {
        try (InputStream in = ((COSStream) font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE)).createInputStream()) {
            return new CMapParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }

    private static byte[] cidToGid(PDType0Font font) throws IOException {
        COSBase map = font.getDescendantFont().getCOSObject().getDictionaryObject(COSName.CID_TO_GID_MAP);
        assertTrue(map instanceof COSStream, "a CIDToGIDMap stream: " + map);
        try (InputStream in = ((COSStream) map).createInputStream()) {
            return in.readAllBytes();
        }
    }

}
