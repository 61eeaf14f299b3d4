package org.secnotes.render.layout;

import com.ibm.icu.text.Bidi;

/**
 * Whether a text needs the bidirectional algorithm at all, as ICU's {@link Bidi#requiresBidi}
 * decides it, answered from a table. ICU looks up each UTF-16 unit's bidi class (a right-to-left
 * letter, an Arabic digit, a right-to-left embedding or override makes the text need it), and
 * every line of every note is asked: the table keeps ICU's answer for each unit, made a block of
 * 256 units at a time, the first time a unit of the block is met.
 *
 * <p>Thread-safe without locks: a block is immutable once made and reaches other threads through
 * a final field; two threads that miss the same block both make it, alike.
 */
final class BidiCharacters {

    private static final int BLOCK_BITS = 8;
    private static final int BLOCK_SIZE = 1 << BLOCK_BITS;

    /** One block's answers; the final field is what publishes the filled array safely. */
    private static final class Block {
        final boolean[] needsBidi;

        Block(boolean[] needsBidi) {
            this.needsBidi = needsBidi;
        }
    }

    private static final Block[] BLOCKS = new Block[(Character.MAX_VALUE + 1) >> BLOCK_BITS];

    private BidiCharacters() {
    }

    /** @return whether {@code Bidi.requiresBidi} holds for the text's characters */
    static boolean requireBidi(String text) {
        for (char c : text.toCharArray()) {
            if (requiresBidi(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * No unit before the Hebrew block needs the algorithm (they are left-to-right letters,
     * European numbers and neutrals): Latin, Greek and Cyrillic text is answered without a look-up.
     * The test of this class checks every unit against ICU.
     */
    static final char NONE_BEFORE = '\u0590';

    /** @return whether {@code Bidi.requiresBidi} holds for a text of this one UTF-16 unit */
    static boolean requiresBidi(char c) {
        // Short, so that the client compiler inlines it into a loop over a paragraph.
        return c >= NONE_BEFORE && fromTable(c);
    }

    private static boolean fromTable(char c) {
        Block block = BLOCKS[c >> BLOCK_BITS];
        if (block == null) {
            block = read(c >> BLOCK_BITS);
        }
        return block.needsBidi[c & (BLOCK_SIZE - 1)];
    }

    private static Block read(int index) {
        boolean[] needsBidi = new boolean[BLOCK_SIZE];
        char[] one = new char[1];
        for (int i = 0; i < BLOCK_SIZE; i++) {
            one[0] = (char) ((index << BLOCK_BITS) | i);
            needsBidi[i] = Bidi.requiresBidi(one, 0, 1);
        }
        Block block = new Block(needsBidi);
        BLOCKS[index] = block;
        return block;
    }
}
