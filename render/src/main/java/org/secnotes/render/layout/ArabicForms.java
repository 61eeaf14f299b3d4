package org.secnotes.render.layout;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;

/**
 * Arabic letters turned into the presentation forms a font without OpenType shaping draws:
 * ICU's {@link ArabicShaping} on logical text, with the harakat (U+064B–U+0652) taken out before
 * and put back after their base letters. Left in, ICU would make a mark on a joined letter a
 * "medial" form that draws a kashida and extracts as tatweel; Noto Naskh draws each mark with no
 * advance, to the right of the pen, so a mark drawn just before its base (in visual order) sits
 * on it. Without GPOS a mark is not centred, and two marks on one letter overlap: UN body text is
 * rarely vocalized. Of the ligatures only lam-alef is made.
 *
 * <p>Stateless and thread-safe.
 */
final class ArabicForms {

    private static final ArabicShaping SHAPING = new ArabicShaping(
            ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    /**
     * A shaped text.
     *
     * @param drawn  the forms, in logical order, each mark after its base
     * @param source for each UTF-16 unit of the logical text, the index in {@code drawn} of the
     *               character that carries its advance, or -1 for the alef of a lam-alef
     *               ligature, which the lam's form carries
     */
    record Shaped(String drawn, int[] source) {
    }

    private ArabicForms() {
    }

    static boolean isMark(char c) {
        return c >= '\u064B' && c <= '\u0652';
    }

    static boolean isLamAlef(char c) {
        return c >= '\uFEF5' && c <= '\uFEFC';
    }

    static Shaped shape(String logical) {
        int n = logical.length();
        StringBuilder bases = new StringBuilder(n);
        int[] baseOf = new int[n];          // for a mark, the index of its base in bases; else its own
        for (int i = 0; i < n; i++) {
            char c = logical.charAt(i);
            if (isMark(c)) {
                baseOf[i] = bases.length() - 1;
            } else {
                baseOf[i] = bases.length();
                bases.append(c);
            }
        }
        String forms;
        try {
            forms = SHAPING.shape(bases.toString());
        } catch (ArabicShapingException e) {
            throw new IllegalStateException("ICU cannot shape " + logical, e);
        }
        // Where each base lands in the forms: one to one, except lam + alef, which shrink to one.
        int[] formOf = new int[bases.length()];
        boolean[] second = new boolean[bases.length()];
        int j = 0;
        for (int i = 0; i < bases.length(); i++) {
            formOf[i] = Math.min(j, forms.length() - 1);
            if (j < forms.length() && isLamAlef(forms.charAt(j)) && bases.charAt(i) == '\u0644'
                    && i + 1 < bases.length()) {
                formOf[i + 1] = formOf[i];
                second[i + 1] = true;
                i++;
            }
            j++;
        }
        // The forms with each mark after its base, and where each logical unit went.
        StringBuilder drawn = new StringBuilder(n);
        int[] drawnOfForm = new int[forms.length()];
        int[] source = new int[n];
        int next = 0;                        // the next logical unit to place
        for (int f = 0; f < forms.length(); f++) {
            drawnOfForm[f] = drawn.length();
            drawn.append(forms.charAt(f));
            // Marks whose base is this form follow it.
            while (next < n && (isMark(logical.charAt(next)) ? baseOf[next] < 0 || formOf[baseOf[next]] <= f
                    : formOf[baseOf[next]] <= f)) {
                char c = logical.charAt(next);
                if (isMark(c)) {
                    source[next] = drawn.length();
                    drawn.append(c);
                } else {
                    source[next] = second[baseOf[next]] ? -1 : drawnOfForm[formOf[baseOf[next]]];
                }
                next++;
            }
        }
        while (next < n) {                   // marks with no base at all, at the end
            source[next] = drawn.length();
            drawn.append(logical.charAt(next));
            next++;
        }
        return new Shaped(drawn.toString(), source);
    }
}
