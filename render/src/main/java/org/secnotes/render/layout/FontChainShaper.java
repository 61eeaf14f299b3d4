package org.secnotes.render.layout;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.secnotes.core.Language;
import org.secnotes.render.RenderException;

/**
 * The shaper of a chain of font families: each character goes to the first family that draws it
 * (the note's fonts, Liberation Serif, then Arabic or Chinese, the character's own script first),
 * with three rules that keep a line from changing font needlessly:
 * <ul>
 *   <li>a space or a combining mark stays in the family of the character before it, so that an
 *       Arabic phrase is one run and a mark sits on its letter;</li>
 *   <li>in Chinese text, the punctuation set with Chinese (“” ‘’ … — ·, the CJK and full-width
 *       forms) goes to the family that draws the Chinese characters, whose glyphs are made for
 *       them (Liberation also draws “”, narrower and lower);</li>
 *   <li>otherwise figures, Latin letters and ASCII punctuation go to the first family, so that
 *       symbols and numbers inside Arabic or Chinese text are set in the Latin face.</li>
 * </ul>
 * Arabic stretches are measured as {@link ArabicForms} shapes them; every other character has its
 * own advance. A character no family draws is refused with an error naming it and the fonts tried.
 *
 * <p>Immutable and thread-safe.
 */
public final class FontChainShaper implements TextShaper {

    private static final float UNITS_PER_EM = 1000f;
    private static final FontFamily[] ARABIC_FIRST = {
        FontFamily.PRIMARY, FontFamily.LATIN, FontFamily.ARABIC, FontFamily.CJK};
    private static final FontFamily[] CJK_FIRST = {
        FontFamily.PRIMARY, FontFamily.LATIN, FontFamily.CJK, FontFamily.ARABIC};
    /** A Chinese character every CJK font has: the family that draws it sets Chinese punctuation. */
    private static final int HAN_ONE = '\u4E00';

    private final FontMetrics fonts;

    /**
     * A shaper over a font chain's metrics.
     *
     * @param fonts the metrics of every family
     */
    public FontChainShaper(FontMetrics fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    @Override
    public ShapedRun shape(TextRun run, String where) {
        String text = run.text();
        float[] advances = new float[text.length()];
        float scale = run.size() / UNITS_PER_EM;
        long total = 0;
        for (Segment segment : segments(run, where)) {
            String part = text.substring(segment.start(), segment.end());
            if (segment.family() == FontFamily.ARABIC) {
                ArabicForms.Shaped shaped = ArabicForms.shape(part);
                for (int i = 0; i < part.length(); i++) {
                    int at = shaped.source()[i];
                    int advance = at < 0 ? 0 : Math.max(0, fonts.advance(FontFamily.ARABIC, run.face(),
                            shaped.drawn().charAt(at)));
                    advances[segment.start() + i] = advance * scale;
                    total += advance;
                }
            } else {
                for (int i = 0; i < part.length(); ) {
                    int codePoint = part.codePointAt(i);
                    int advance = fonts.advance(segment.family(), run.face(), codePoint);
                    advances[segment.start() + i] = advance * scale;
                    total += advance;
                    i += Character.charCount(codePoint);
                }
            }
        }
        return new ShapedRun(run, advances, total * scale);
    }

    @Override
    public List<Segment> segments(TextRun run, String where) {
        String text = run.text();
        List<Segment> segments = new ArrayList<>();
        boolean chinese = run.language() == Language.ZH;
        FontFamily previous = null;
        int start = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            FontFamily family = family(codePoint, previous, chinese, run.face());
            if (family == null) {
                throw undrawable(codePoint, run.face(), where);
            }
            if (previous != null && family != previous) {
                segments.add(new Segment(start, i, previous));
                start = i;
            }
            previous = family;
            i += Character.charCount(codePoint);
        }
        if (previous != null) {
            segments.add(new Segment(start, text.length(), previous));
        }
        return segments;
    }

    @Override
    public String drawn(String text, FontFamily family) {
        return family == FontFamily.ARABIC ? ArabicForms.shape(text).drawn() : text;
    }

    @Override
    public float drawnWidth(String drawn, FontFamily family, FontFace face, float size) {
        long total = 0;
        for (int i = 0; i < drawn.length(); ) {
            int codePoint = drawn.codePointAt(i);
            total += Math.max(0, fonts.advance(family, face, codePoint));
            i += Character.charCount(codePoint);
        }
        return total * size / UNITS_PER_EM;
    }

    /** The family for one character, or null if none draws it. */
    private FontFamily family(int codePoint, FontFamily previous, boolean chinese, FontFace face) {
        // The common case first, with the rules' outcome and none of their look-ups (the script of
        // the character was a twentieth of a batch's time): after nothing or the first family, a
        // character the first family draws stays in it, unless it is punctuation of Chinese text.
        boolean chinesePunctuation = chinese && chinesePunctuation(codePoint);
        if ((previous == null || previous == FontFamily.PRIMARY) && !chinesePunctuation
                && fonts.advance(FontFamily.PRIMARY, face, codePoint) >= 0) {
            return FontFamily.PRIMARY;
        }
        if (previous != null && keepsFamily(codePoint) && fonts.advance(previous, face, codePoint) >= 0) {
            return previous;
        }
        if (chinesePunctuation) {
            for (FontFamily family : CJK_FIRST) {
                if (fonts.advance(family, face, HAN_ONE) >= 0) {
                    if (fonts.advance(family, face, codePoint) >= 0) {
                        return family;
                    }
                    break;
                }
            }
        }
        // Arabic letters, and punctuation after them (the Arabic comma), try the Arabic font before the Chinese one.
        FontFamily[] order = UnicodeScript.of(codePoint) == UnicodeScript.ARABIC || previous == FontFamily.ARABIC
                ? ARABIC_FIRST : CJK_FIRST;
        for (FontFamily family : order) {
            if (fonts.advance(family, face, codePoint) >= 0) {
                return family;
            }
        }
        return null;
    }

    /** A space or a combining mark: drawn in the font of what it follows. */
    private static boolean keepsFamily(int codePoint) {
        int type = Character.getType(codePoint);
        return codePoint == ' ' || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** Punctuation that Chinese text sets in its own font: General Punctuation, CJK and full-width forms. */
    private static boolean chinesePunctuation(int codePoint) {
        return codePoint == '\u00B7' || (codePoint >= 0x2010 && codePoint <= 0x2027)
                || (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
    }

    private RenderException undrawable(int codePoint, FontFace face, String where) {
        Set<String> tried = new LinkedHashSet<>();
        for (FontFamily family : FontFamily.values()) {
            tried.add(fonts.fontName(family, face));
        }
        tried.removeIf(name -> name.startsWith("("));
        String fonts = tried.size() == 1 ? "the font " + tried.iterator().next()
                : "the fonts " + String.join(", ", tried);
        return new RenderException(String.format("%s: character U+%04X '%s' cannot be drawn: %s %s no glyph for it",
                where, codePoint, new String(Character.toChars(codePoint)), fonts, tried.size() == 1 ? "has" : "have"));
    }
}
