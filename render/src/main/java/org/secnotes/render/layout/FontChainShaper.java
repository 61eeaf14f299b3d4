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
 * <p>Every character of a note passes through here two or three times, so the measuring is one
 * loop over the run's characters ({@code walk}, which shaping and segmenting share), each face's
 * advances come from an {@code AdvanceTable}, and the first rule, which nearly every character of
 * a note meets, is tried before any other look-up.
 *
 * <p>Immutable and thread-safe (the advance tables fill themselves safely).
 */
public final class FontChainShaper implements TextShaper {

    private static final float UNITS_PER_EM = 1000f;
    private static final FontFamily[] ARABIC_FIRST = {
        FontFamily.PRIMARY, FontFamily.LATIN, FontFamily.ARABIC, FontFamily.CJK};
    private static final FontFamily[] CJK_FIRST = {
        FontFamily.PRIMARY, FontFamily.LATIN, FontFamily.CJK, FontFamily.ARABIC};
    /** A Chinese character every CJK font has: the family that draws it sets Chinese punctuation. */
    private static final int HAN_ONE = '\u4E00';
    private static final int FACES = FontFace.values().length;

    private final FontMetrics fonts;
    /** Every family's faces as advance tables, by family then face: what each character measured looks up. */
    private final AdvanceTable[] tables;

    /**
     * A shaper over a font chain's metrics.
     *
     * @param fonts the metrics of every family
     */
    public FontChainShaper(FontMetrics fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        FontFamily[] families = FontFamily.values();
        this.tables = new AdvanceTable[families.length * FACES];
        for (FontFamily family : families) {
            for (FontFace face : FontFace.values()) {
                tables[family.ordinal() * FACES + face.ordinal()] = new AdvanceTable(fonts, family, face);
            }
        }
    }

    @Override
    public ShapedRun shape(TextRun run, String where) {
        float[] advances = new float[run.text().length()];
        char[] text = run.text().toCharArray();
        long total = walk(run, text, 0, text.length, advances, 0, null, null, where);
        return new ShapedRun(run, advances, total * (run.size() / UNITS_PER_EM));
    }

    @Override
    public float width(TextRun run, String where) {
        char[] text = run.text().toCharArray();
        return walk(run, text, 0, text.length, new float[text.length], 0, null, null, where)
                * (run.size() / UNITS_PER_EM);
    }

    @Override
    public void advances(TextRun run, float[] out, int offset, String where) {
        char[] text = run.text().toCharArray();
        walk(run, text, 0, text.length, out, offset, null, null, where);
    }

    @Override
    public void measure(TextRun run, char[] text, int from, float[] advances, int[] firstFamilyUnits, String where) {
        walk(run, text, from, from + run.text().length(), advances, 0, firstFamilyUnits, null, where);
    }

    @Override
    public List<Segment> segments(TextRun run, String where) {
        List<Segment> segments = new ArrayList<>();
        char[] text = run.text().toCharArray();
        walk(run, text, 0, text.length, null, 0, null, segments, where);
        return segments;
    }

    /**
     * The one pass over a run, {@code text[from, to)}, that shaping and segmenting share: each
     * character's family by the chain's rules, and, where {@code advances} is given, its advance
     * in points at its own index plus {@code shift} (a surrogate pair's on its first unit, 0 on
     * its second; an Arabic stretch's as {@link ArabicForms} shapes it), with their sum in font
     * units returned. Where {@code firstFamilyUnits} is given, it gets at the same index each
     * character's font units if the first rule gives it to the first family, -1 if not: what
     * {@link TextShaper#measure} promises. Segments count from the run's first character.
     */
    private long walk(TextRun run, char[] text, int from, int to, float[] advances, int shift,
            int[] firstFamilyUnits, List<Segment> segments, String where) {
        FontFace face = run.face();
        boolean chinese = run.language() == Language.ZH;
        float scale = run.size() / UNITS_PER_EM;
        AdvanceTable primary = table(FontFamily.PRIMARY, face);
        long total = 0;
        FontFamily previous = null;
        int start = from;
        for (int i = from; i < to; ) {
            char c = text[i];
            int units = 1;
            int advance;
            FontFamily family;
            // The first rule of family() without its call, for nearly every character of a note:
            // after nothing or the first family, a character the first family draws stays in it,
            // unless it is punctuation of Chinese text.
            if ((previous == null || previous == FontFamily.PRIMARY) && !Character.isSurrogate(c)
                    && (advance = primary.advance(c)) >= 0 && !(chinese && chinesePunctuation(c))) {
                family = FontFamily.PRIMARY;
                if (firstFamilyUnits != null) {
                    firstFamilyUnits[i + shift] = advance;
                }
            } else {
                // The limit keeps a pair from being read across the end of the run.
                int codePoint = Character.codePointAt(text, i, to);
                family = family(codePoint, previous, chinese, face);
                if (family == null) {
                    throw undrawable(codePoint, face, where);
                }
                units = Character.charCount(codePoint);
                advance = family == FontFamily.ARABIC || advances == null ? 0 : table(family, face).advance(codePoint);
                if (firstFamilyUnits != null) {
                    firstFamilyUnits[i + shift] = -1;
                    if (units == 2) {
                        firstFamilyUnits[i + shift + 1] = -1;
                    }
                }
            }
            if (previous != null && family != previous) {
                total += ended(text, from, start, i, previous, face, scale, advances, shift, segments);
                start = i;
            }
            if (advances != null && family != FontFamily.ARABIC) {
                advances[i + shift] = advance * scale;
                if (units == 2) {
                    advances[i + shift + 1] = 0;
                }
                total += advance;
            }
            previous = family;
            i += units;
        }
        if (previous != null) {
            total += ended(text, from, start, to, previous, face, scale, advances, shift, segments);
        }
        return total;
    }

    /**
     * A stretch {@code text[start, end)} of one family has ended: it is a segment (counted from
     * the run's first character, {@code from}), and an Arabic one is shaped now, as a whole, for
     * its advances; returns the font units that adds to the run's width.
     */
    private long ended(char[] text, int from, int start, int end, FontFamily family, FontFace face, float scale,
            float[] advances, int shift, List<Segment> segments) {
        if (segments != null) {
            segments.add(new Segment(start - from, end - from, family));
        }
        if (family != FontFamily.ARABIC || advances == null) {
            return 0;
        }
        ArabicForms.Shaped shaped = ArabicForms.shape(new String(text, start, end - start));
        int[] source = shaped.source();
        String drawn = shaped.drawn();
        AdvanceTable arabic = table(FontFamily.ARABIC, face);
        long total = 0;
        for (int i = 0; i < end - start; i++) {
            int at = source[i];
            int advance = at < 0 ? 0 : Math.max(0, arabic.advance(drawn.charAt(at)));
            advances[start + i + shift] = advance * scale;
            total += advance;
        }
        return total;
    }

    @Override
    public String drawn(String text, FontFamily family) {
        return family == FontFamily.ARABIC ? ArabicForms.shape(text).drawn() : text;
    }

    @Override
    public float drawnWidth(String drawn, FontFamily family, FontFace face, float size) {
        AdvanceTable table = table(family, face);
        char[] text = drawn.toCharArray();
        long total = 0;
        for (int i = 0; i < text.length; i++) {
            int codePoint = text[i];
            if (Character.isHighSurrogate(text[i]) && i + 1 < text.length && Character.isLowSurrogate(text[i + 1])) {
                codePoint = Character.toCodePoint(text[i], text[++i]);
            }
            total += Math.max(0, table.advance(codePoint));
        }
        return total * size / UNITS_PER_EM;
    }

    private AdvanceTable table(FontFamily family, FontFace face) {
        return tables[family.ordinal() * FACES + face.ordinal()];
    }

    /** The family for one character, or null if none draws it. */
    private FontFamily family(int codePoint, FontFamily previous, boolean chinese, FontFace face) {
        // The common case first, with the rules' outcome and none of their look-ups (the script of
        // the character was a twentieth of a batch's time): after nothing or the first family, a
        // character the first family draws stays in it, unless it is punctuation of Chinese text.
        boolean chinesePunctuation = chinese && chinesePunctuation(codePoint);
        if ((previous == null || previous == FontFamily.PRIMARY) && !chinesePunctuation
                && table(FontFamily.PRIMARY, face).advance(codePoint) >= 0) {
            return FontFamily.PRIMARY;
        }
        if (previous != null && keepsFamily(codePoint) && table(previous, face).advance(codePoint) >= 0) {
            return previous;
        }
        if (chinesePunctuation) {
            for (FontFamily family : CJK_FIRST) {
                if (table(family, face).advance(HAN_ONE) >= 0) {
                    if (table(family, face).advance(codePoint) >= 0) {
                        return family;
                    }
                    break;
                }
            }
        }
        // Arabic letters, and punctuation after them (the Arabic comma), try the Arabic font before the Chinese one.
        FontFamily[] order = previous == FontFamily.ARABIC || UnicodeScript.of(codePoint) == UnicodeScript.ARABIC
                ? ARABIC_FIRST : CJK_FIRST;
        for (FontFamily family : order) {
            if (table(family, face).advance(codePoint) >= 0) {
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
