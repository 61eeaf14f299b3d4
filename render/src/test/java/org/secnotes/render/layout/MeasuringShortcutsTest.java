package org.secnotes.render.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secnotes.core.Language;
import org.secnotes.render.pdf.FontSet;

/**
 * The tables and the iterator that make measuring cheap give what they stand in for, character
 * by character: the font metrics, ICU's bidi check, the JDK's string iterator.
 */
class MeasuringShortcutsTest {

    private static final FontSet FONTS = FontSet.liberationSerif();

    @Test
    void anAdvanceTableGivesTheMetricsOfEveryCharacter() {
        for (FontFamily family : FontFamily.values()) {
            for (FontFace face : FontFace.values()) {
                AdvanceTable table = new AdvanceTable(FONTS, family, face);
                for (int c = 0; c <= 0xFFFF; c++) {
                    if (table.advance(c) != FONTS.advance(family, face, c)) {
                        assertEquals(FONTS.advance(family, face, c), table.advance(c),
                                family + " " + face + " U+" + Integer.toHexString(c));
                    }
                }
                assertEquals(FONTS.advance(family, face, 0x1F600), table.advance(0x1F600), "beyond the BMP");
            }
        }
    }

    @Test
    void theBidiTableAnswersAsIcuForEveryCharacter() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean icu = Bidi.requiresBidi(new char[] {(char) c}, 0, 1);
            if (BidiCharacters.requireBidi(String.valueOf((char) c)) != icu) {
                assertEquals(icu, BidiCharacters.requireBidi(String.valueOf((char) c)), "U+" + Integer.toHexString(c));
            }
        }
        assertEquals(false, BidiCharacters.requireBidi("See A/80/150, “quoted” – 12 %"));
        assertEquals(true, BidiCharacters.requireBidi("See \u0627\u0646\u0638\u0631 A/80/150"));
    }

    @Test
    void theArrayIteratorMovesAsTheStringIterator() {
        for (String text : new String[] {"", "a", "ab", "Vienna, 12\u201316 October"}) {
            CharacterIterator expected = new StringCharacterIterator(text);
            CharacterIterator actual = new CharArrayIterator(text.toCharArray());
            assertEquals(expected.getBeginIndex(), actual.getBeginIndex());
            assertEquals(expected.getEndIndex(), actual.getEndIndex());
            List<String> moves = new ArrayList<>();
            List<String> actualMoves = new ArrayList<>();
            for (CharacterIterator it : List.of(expected, actual)) {
                List<String> out = it == expected ? moves : actualMoves;
                out.add(it.first() + "@" + it.getIndex());
                for (int i = 0; i <= text.length() + 1; i++) {
                    out.add(it.next() + "@" + it.getIndex());
                }
                out.add(it.last() + "@" + it.getIndex());
                for (int i = 0; i <= text.length() + 1; i++) {
                    out.add(it.previous() + "@" + it.getIndex());
                }
                out.add(it.setIndex(text.length()) + "@" + it.getIndex() + " " + it.current());
                CharacterIterator copy = (CharacterIterator) it.clone();
                out.add(copy.getIndex() + " " + it.setIndex(0) + " " + copy.getIndex());
            }
            assertEquals(moves, actualMoves, text);
            assertThrows(IllegalArgumentException.class, () -> actual.setIndex(text.length() + 1));
        }
    }

    @Test
    void icuBreaksLinesAtTheSamePlacesOverEitherIterator() {
        String text = "The Working Group (A/CN.9/1100) met in Vienna, 12\u201316 October 2020: \u201Cfull\u00ADscale\u201D "
                + "co-operation, 3.5 per cent; \u7B2C\u4E5D\u5C4A\u4F1A\u8BAE\uFF0C2018\u5E74 \u0627\u0644\u0645\u0631\u0641\u0642.";
        BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ENGLISH);
        breaks.setText(text);
        List<Integer> expected = new ArrayList<>();
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            expected.add(end);
        }
        breaks.setText(new CharArrayIterator(text.toCharArray()));
        List<Integer> actual = new ArrayList<>();
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            actual.add(end);
        }
        assertEquals(expected, actual);
    }

    @Test
    void theOneFontShaperMeasuresLatinTextAsTheChain() {
        TextShaper chain = new FontChainShaper(FONTS);
        TextShaper latin = new LatinShaper(FONTS);
        for (FontFace face : FontFace.values()) {
            TextRun run = new TextRun("Vienna, 12\u201316 October 2020 (A/80/150) \u2014 \u201Cco\u00ADoperation\u201D",
                    face, 10.5f, Language.EN, Direction.LEFT_TO_RIGHT);
            assertArrayEquals(chain.shape(run, "a test").advances(), latin.shape(run, "a test").advances());
            assertEquals(chain.width(run, "a test"), latin.width(run, "a test"));
            float[] into = new float[run.text().length() + 2];
            latin.advances(run, into, 2, "a test");
            float[] expected = new float[into.length];
            System.arraycopy(chain.shape(run, "a test").advances(), 0, expected, 2, run.text().length());
            assertArrayEquals(expected, into);
        }
    }
}
