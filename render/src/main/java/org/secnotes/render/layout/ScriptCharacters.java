package org.secnotes.render.layout;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import java.util.List;

/**
 * Sets the Unicode superscript and subscript characters ("m²" is fine already, but "CO₂", "x⁴",
 * "H₂O" use the Superscripts and Subscripts block, U+2070 to U+209F, which Liberation Serif
 * lacks) as their base characters, smaller and raised or lowered, the way a footnote call is set.
 * The text keeps its meaning (the characters are those of the source in the Markdown); only the
 * drawing changes. Characters outside the block keep their own glyphs: "²", "³", "¹", and the
 * Spanish ordinal indicators "º" and "ª", which the font draws well.
 *
 * <p>Stateless and thread-safe.
 */
final class ScriptCharacters {

    /**
     * The script's size as a share of the text's, and how far a superscript is raised and a
     * subscript lowered, as shares of the text's size. UNSURE: no UN specimen measured; the
     * superscript follows the footnote call's measured 6.5 pt and 3.5 pt in 10 pt text.
     */
    static final float SIZE = 0.65f;
    static final float SUPERSCRIPT_RISE = 0.35f;
    static final float SUBSCRIPT_DROP = 0.15f;

    private static final int BLOCK_FIRST = 0x2070;
    private static final int BLOCK_LAST = 0x209F;
    private static final Normalizer2 COMPATIBILITY = Normalizer2.getNFKCInstance();

    private ScriptCharacters() {
    }

    /** @return whether a text holds a character this class sets */
    static boolean any(String text) {
        // By UTF-16 unit, not by code point: the block is in the BMP, and no unit of a surrogate
        // pair falls in it. A loop, not a stream: this runs on every text of every note.
        for (char c : text.toCharArray()) {
            if (c >= BLOCK_FIRST && c <= BLOCK_LAST && isScript(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isScript(int c) {
        return c >= BLOCK_FIRST && c <= BLOCK_LAST && UCharacter.isDefined(c);
    }

    /**
     * Splits a run into spans: the script characters as their base characters, smaller and
     * shifted; the rest as it is.
     *
     * @param base the run as a span of the text's face and size
     * @param out  where the spans go
     */
    static void split(Span base, List<Span> out) {
        String text = base.text();
        StringBuilder plain = new StringBuilder();
        StringBuilder script = new StringBuilder();
        float scriptRise = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isScript(c)) {
                float rise = UCharacter.getIntPropertyValue(c, UProperty.DECOMPOSITION_TYPE)
                        == UCharacter.DecompositionType.SUB ? -SUBSCRIPT_DROP : SUPERSCRIPT_RISE;
                if (script.length() > 0 && rise != scriptRise) {
                    out.add(scripted(base, script.toString(), scriptRise));
                    script.setLength(0);
                }
                if (plain.length() > 0) {
                    out.add(base.withText(plain.toString()));
                    plain.setLength(0);
                }
                scriptRise = rise;
                script.append(COMPATIBILITY.normalize(new String(Character.toChars(c))));
            } else {
                if (script.length() > 0) {
                    out.add(scripted(base, script.toString(), scriptRise));
                    script.setLength(0);
                }
                plain.appendCodePoint(c);
            }
        }
        if (script.length() > 0) {
            out.add(scripted(base, script.toString(), scriptRise));
        }
        if (plain.length() > 0) {
            out.add(base.withText(plain.toString()));
        }
    }

    private static Span scripted(Span base, String text, float rise) {
        return new Span(text, base.face(), base.size() * SIZE, base.rise() + base.size() * rise, base.link(),
                base.footnote());
    }
}
