package org.secnotes.render.layout;

/**
 * The advance widths of one face of one font family, by character, as an array look-up. The
 * layout measures every character of a note two or three times (to break lines, to cut them into
 * pieces of one family, to size those pieces); asking the font metrics each time (a map of faces,
 * a switch over the families, then the face's own table) was a fifth of a batch's processor time.
 *
 * <p>Characters are read from the metrics a block of 256 at a time, on first use: a Latin note
 * touches three or four blocks. The blocks cover every plane, not the Basic Multilingual Plane
 * alone, so that {@link #advance} needs no test of the plane: that test made it two bytes of
 * bytecode longer than the client compiler inlines (35), and it was a call for every character
 * measured.
 *
 * <p>Thread-safe without locks: a block is immutable once made and reaches other threads through
 * a final field, so a thread that sees a block sees it filled; two threads that miss the same
 * block both read it, with the same result.
 */
final class AdvanceTable {

    private static final int BLOCK_BITS = 8;
    private static final int BLOCK_SIZE = 1 << BLOCK_BITS;
    private static final int BLOCK_MASK = BLOCK_SIZE - 1;

    /** One block's advances; the final field is what publishes the filled array safely. */
    private static final class Block {
        final int[] advances;

        Block(int[] advances) {
            this.advances = advances;
        }
    }

    private final FontMetrics metrics;
    private final FontFamily family;
    private final FontFace face;
    private final Block[] blocks = new Block[(Character.MAX_CODE_POINT + 1) >> BLOCK_BITS];

    AdvanceTable(FontMetrics metrics, FontFamily family, FontFace face) {
        this.metrics = metrics;
        this.family = family;
        this.face = face;
    }

    /**
     * The advance of one character, as {@link FontMetrics#advance(FontFamily, FontFace, int)}
     * gives it. Kept under 35 bytes of bytecode, so that even the client compiler inlines it into
     * a measuring loop.
     *
     * @param codePoint a code point, 0 to {@link Character#MAX_CODE_POINT}
     * @return the advance in thousandths of an em, or -1 if the face has no glyph for it
     */
    int advance(int codePoint) {
        Block block = blocks[codePoint >> BLOCK_BITS];
        if (block != null) {
            return block.advances[codePoint & BLOCK_MASK];
        }
        return missed(codePoint);
    }

    private int missed(int codePoint) {
        int index = codePoint >> BLOCK_BITS;
        int[] advances = new int[BLOCK_SIZE];
        for (int i = 0; i < BLOCK_SIZE; i++) {
            advances[i] = metrics.advance(family, face, (index << BLOCK_BITS) | i);
        }
        blocks[index] = new Block(advances);
        return advances[codePoint & BLOCK_MASK];
    }
}
