package org.secnotes.render.layout;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import org.secnotes.render.layout.DocumentLayout.Piece;

/**
 * Puts one line's pieces, given in logical order, into the visual order they are drawn in, left
 * to right: ICU's bidirectional algorithm (UAX #9) at the line's base direction, Arabic pieces
 * shaped first. A right-to-left run has its pieces in reverse order and each piece's characters
 * reversed, brackets mirrored; numbers, symbols and Latin words inside it stay left to right.
 * Each reordered or shaped piece keeps the logical text it stands for as its actual text.
 *
 * <p>Stateless and thread-safe.
 */
final class VisualOrder {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private VisualOrder() {
    }

    /** Whether a line of these pieces needs reordering or shaping at all. */
    static boolean needed(List<Piece> logical, boolean rightToLeft) {
        if (rightToLeft) {
            return true;
        }
        for (Piece piece : logical) {
            if (piece.family() == FontFamily.ARABIC || BidiCharacters.requireBidi(piece.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pieces in visual order.
     *
     * @param logical     the line's pieces in logical order, each of one family, text unshaped
     * @param rightToLeft the line's base direction
     * @param shaper      shapes and measures the drawn characters
     * @return the pieces left to right, their widths those of the drawn characters
     */
    static List<Piece> of(List<Piece> logical, boolean rightToLeft, TextShaper shaper) {
        StringBuilder drawn = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (Piece piece : logical) {
            starts.add(drawn.length());
            drawn.append(shaper.drawn(piece.text(), piece.family()));
        }
        starts.add(drawn.length());
        String all = drawn.toString();
        Bidi bidi = new Bidi();
        bidi.setPara(all, rightToLeft ? Bidi.RTL : Bidi.LTR, null);
        List<Piece> visual = new ArrayList<>();
        int runs = bidi.countRuns();
        for (int r = 0; r < runs; r++) {
            BidiRun run = bidi.getVisualRun(r);
            boolean reversed = run.isOddRun();
            List<Piece> inRun = new ArrayList<>();
            for (int p = 0; p < logical.size(); p++) {
                int from = Math.max(run.getStart(), starts.get(p));
                int to = Math.min(run.getLimit(), starts.get(p + 1));
                if (from < to) {
                    inRun.add(piece(logical.get(p), all.substring(from, to), reversed, shaper));
                }
            }
            if (reversed) {
                java.util.Collections.reverse(inRun);
            }
            visual.addAll(inRun);
        }
        return visual;
    }

    private static Piece piece(Piece source, String drawn, boolean reversed, TextShaper shaper) {
        // The logical text of shaped forms is their compatibility decomposition (lam-alef: lam, alef).
        String reading = source.family() == FontFamily.ARABIC ? NFKC.normalize(drawn) : drawn;
        String text = reversed ? Bidi.writeReverse(drawn, Bidi.DO_MIRRORING) : drawn;
        float width = shaper.drawnWidth(text, source.family(), source.face(), source.size());
        return new Piece(text, source.face(), source.size(), source.rise(), source.link(), width, source.footnote(),
                source.family(), reading.equals(text) ? null : reading);
    }
}
