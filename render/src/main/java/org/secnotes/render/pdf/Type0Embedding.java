package org.secnotes.render.pdf;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * Writes one document's embedding of one TrueType face as a Type 0 font with a CIDFontType2
 * descendant (ISO 32000-1, 9.7), in the shape PDF/A-2 and PDF/UA-1 ask for:
 * <ul>
 * <li>the Type 0 font: {@code /Encoding /Identity-H}, so a code is two bytes, the glyph ID in the
 *     whole font, as {@link GlyphText} writes it; a {@code /ToUnicode} map from each code shown to
 *     the text it stands for (PDF/UA-1 7.21.7, PDF/A-2 6.2.11.7);</li>
 * <li>the CIDFont: {@code /CIDSystemInfo} Adobe-Identity-0, {@code /W} for the codes shown only,
 *     {@code /DW}, and a {@code /CIDToGIDMap} stream, because the subset numbers its glyphs anew
 *     while the content keeps the whole font's IDs (PDF/A-2 6.2.11.3.2 wants the map);</li>
 * <li>the font descriptor, from the face's {@link FaceProgram}, with {@code /FontFile2} the subset
 *     fontbox's {@link TTFSubsetter} makes and {@code /CIDSet}.</li>
 * </ul>
 * The widths come from the face's table, so the subset is written once, deflated, and never read
 * back. Every stream goes through {@link COSStream#createOutputStream(org.apache.pdfbox.cos.COSBase)}
 * with Flate, so the deflate level the caller set for PDFBox applies.
 *
 * <p>Stateless and thread-safe; the font handed in must not be used by another thread meanwhile.
 */
final class Type0Embedding {

    /**
     * The tables the subset keeps: those a PDF reader uses to draw TrueType glyphs (ISO 32000-1,
     * 9.9), and gasp for ClearType. No cmap, name, OS/2 or post: Identity-H and the CIDToGIDMap
     * reach the glyphs, and the descriptor holds the metrics.
     */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
            "fpgm", "gasp");
    /** The descriptor's default width, and so the width the W array leaves out. */
    private static final int DEFAULT_WIDTH = 1000;
    /** Entries in one bfchar or bfrange block: the CMap format allows at most 100. */
    private static final int BLOCK = 100;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Type0Embedding() {
    }

    /**
     * Fills a Type 0 font dictionary, already referenced from the pages that use it.
     *
     * @param document the document's COS document, which makes the streams
     * @param type0    the empty dictionary to fill
     * @param program  the face's fixed values
     * @param font     the face parsed for this render, which the subsetter reads
     * @param glyphs   the glyph IDs shown, ascending, without 0; at least one
     * @param texts    what each of {@code glyphs} stands for, for copy and search
     * @throws IOException if the subset cannot be made or written
     */
    static void write(COSDocument document, COSDictionary type0, FaceProgram program, TrueTypeFont font,
            int[] glyphs, String[] texts) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
        Set<Integer> shown = new HashSet<>(glyphs.length * 2);
        for (int glyph : glyphs) {
            shown.add(glyph);
        }
        subsetter.addGlyphIds(shown);
        // New glyph ID to the whole font's: the shown glyphs, .notdef and the parts of composites.
        Map<Integer, Integer> subset = subsetter.getGIDMap();
        int lastCid = 0;
        for (int old : subset.values()) {
            lastCid = Math.max(lastCid, old);
        }
        byte[] cidToGid = new byte[2 * (lastCid + 1)];
        for (Map.Entry<Integer, Integer> entry : subset.entrySet()) {
            int cid = entry.getValue();
            cidToGid[2 * cid] = (byte) (entry.getKey() >> 8);
            cidToGid[2 * cid + 1] = entry.getKey().byteValue();
        }
        String name = tag(program.postScriptName(), glyphs) + "+" + program.postScriptName();
        COSName baseFont = COSName.getPDFName(name);

        COSStream fontFile = document.createCOSStream();
        Counting subsetBytes = new Counting(fontFile.createOutputStream(COSName.FLATE_DECODE));
        try (subsetBytes) {
            subsetter.writeToStream(subsetBytes);
        }
        fontFile.setInt(COSName.LENGTH1, (int) subsetBytes.count);

        COSDictionary descriptor = descriptor(program, baseFont);
        descriptor.setItem(COSName.FONT_FILE2, fontFile);
        descriptor.setItem(COSName.CID_SET, stream(document, cidSet(lastCid)));

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setItem(COSName.BASE_FONT, baseFont);
        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setString(COSName.REGISTRY, "Adobe");
        systemInfo.setString(COSName.ORDERING, "Identity");
        systemInfo.setInt(COSName.SUPPLEMENT, 0);
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, DEFAULT_WIDTH);
        cidFont.setItem(COSName.W, widths(program, glyphs));
        cidFont.setItem(COSName.CID_TO_GID_MAP, stream(document, cidToGid));

        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setItem(COSName.BASE_FONT, baseFont);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(COSName.TO_UNICODE, stream(document, toUnicode(glyphs, texts)));
    }

    /**
     * The six capital letters that tag a subset's name (ISO 32000-1, 9.6.4): a hash of the face
     * and the glyphs shown, so the same note gives the same bytes and another glyph set, almost
     * always, another tag.
     */
    static String tag(String face, int[] glyphs) {
        long hash = 0xcbf29ce484222325L; // FNV-1a, 64 bits
        for (int i = 0; i < face.length(); i++) {
            hash = (hash ^ face.charAt(i)) * 0x100000001b3L;
        }
        for (int glyph : glyphs) {
            hash = (hash ^ (glyph & 0xFF)) * 0x100000001b3L;
            hash = (hash ^ (glyph >>> 8)) * 0x100000001b3L;
        }
        char[] tag = new char[6];
        for (int i = 0; i < tag.length; i++) {
            tag[i] = (char) ('A' + Long.remainderUnsigned(hash, 26));
            hash = Long.divideUnsigned(hash, 26);
        }
        return new String(tag);
    }

    private static COSDictionary descriptor(FaceProgram program, COSName name) {
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setItem(COSName.FONT_NAME, name);
        descriptor.setInt(COSName.FLAGS, program.flags());
        COSArray bbox = new COSArray();
        for (float value : program.bbox()) {
            bbox.add(new COSFloat(value));
        }
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setFloat(COSName.ITALIC_ANGLE, program.italicAngle());
        descriptor.setFloat(COSName.ASCENT, program.ascent());
        descriptor.setFloat(COSName.DESCENT, program.descent());
        descriptor.setFloat(COSName.CAP_HEIGHT, program.capHeight());
        descriptor.setFloat(COSName.XHEIGHT, program.xHeight());
        descriptor.setFloat(COSName.STEM_V, program.stemV());
        if (program.weight() > 0) {
            descriptor.setInt(COSName.FONT_WEIGHT, program.weight());
        }
        return descriptor;
    }

    /**
     * The W array: runs of consecutive codes as {@code c [w1 w2 ...]}, leaving out the glyphs as
     * wide as DW. The widths are those of the font's hmtx, which the subset keeps, so they agree
     * with the font program as PDF/A-2 6.2.11.5 requires.
     */
    private static COSArray widths(FaceProgram program, int[] glyphs) {
        COSArray w = new COSArray();
        COSArray run = null;
        int previous = -2;
        for (int glyph : glyphs) {
            int width = program.width(glyph);
            if (width == DEFAULT_WIDTH) {
                previous = -2;
                continue;
            }
            if (glyph != previous + 1 || run == null) {
                run = new COSArray();
                w.add(COSInteger.get(glyph));
                w.add(run);
            }
            run.add(COSInteger.get(width));
            previous = glyph;
        }
        return w;
    }

    /**
     * The CIDSet: a bit for every CID from 0 to the highest the subset maps, each of which the
     * CIDToGIDMap sends to a glyph of the subset (those not shown to .notdef, which is there).
     */
    private static byte[] cidSet(int lastCid) {
        byte[] bits = new byte[lastCid / 8 + 1];
        for (int cid = 0; cid <= lastCid; cid++) {
            bits[cid >> 3] |= (byte) (0x80 >>> (cid & 7));
        }
        return bits;
    }

    /**
     * A ToUnicode CMap of two-byte codes (ISO 32000-1, 9.10.3). Runs of consecutive codes that
     * stand for consecutive characters (a–z are consecutive glyphs in most fonts) are one bfrange
     * entry each; the rest are bfchar entries. A range stays within one high byte, on both sides,
     * as the format requires.
     */
    static byte[] toUnicode(int[] glyphs, String[] texts) {
        List<String> ranges = new ArrayList<>();
        List<String> chars = new ArrayList<>();
        StringBuilder entry = new StringBuilder(32);
        for (int i = 0; i < glyphs.length; ) {
            int end = i;
            while (end + 1 < glyphs.length && follows(glyphs, texts, end)) {
                end++;
            }
            entry.setLength(0);
            entry.append('<');
            hex(entry, glyphs[i]);
            if (end > i) {
                entry.append("> <");
                hex(entry, glyphs[end]);
            }
            entry.append("> <");
            for (int c = 0; c < texts[i].length(); c++) {
                hex(entry, texts[i].charAt(c));
            }
            entry.append(">\n");
            (end > i ? ranges : chars).add(entry.toString());
            i = end + 1;
        }
        StringBuilder out = new StringBuilder(512 + 32 * glyphs.length);
        out.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        blocks(out, ranges, "bfrange");
        blocks(out, chars, "bfchar");
        out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Whether entry {@code i + 1} continues a range from entry {@code i}, in the same high bytes. */
    private static boolean follows(int[] glyphs, String[] texts, int i) {
        return glyphs[i + 1] == glyphs[i] + 1 && (glyphs[i + 1] & 0xFF) != 0
                && texts[i].length() == 1 && texts[i + 1].length() == 1
                && texts[i + 1].charAt(0) == texts[i].charAt(0) + 1 && (texts[i + 1].charAt(0) & 0xFF) != 0;
    }

    /** Writes entries in blocks of at most {@link #BLOCK}, as the CMap format allows. */
    private static void blocks(StringBuilder out, List<String> entries, String kind) {
        for (int start = 0; start < entries.size(); start += BLOCK) {
            int end = Math.min(entries.size(), start + BLOCK);
            out.append(end - start).append(" begin").append(kind).append('\n');
            entries.subList(start, end).forEach(out::append);
            out.append("end").append(kind).append('\n');
        }
    }

    private static void hex(StringBuilder out, int value) {
        out.append(HEX[(value >> 12) & 0xF]).append(HEX[(value >> 8) & 0xF])
                .append(HEX[(value >> 4) & 0xF]).append(HEX[value & 0xF]);
    }

    private static COSStream stream(COSDocument document, byte[] bytes) throws IOException {
        COSStream stream = document.createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(bytes);
        }
        return stream;
    }

    /** Counts the bytes of the subset on their way to the deflater: the stream's Length1. */
    private static final class Counting extends FilterOutputStream {
        private long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
