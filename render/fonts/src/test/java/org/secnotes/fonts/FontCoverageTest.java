package org.secnotes.fonts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bundled fonts draw every character of the Arabic and Chinese templates and example notes
 * that Liberation Serif, the renderer's Latin face, cannot: the fallback chain Latin first, then
 * the script's font, leaves nothing undrawable. For Arabic the check includes the presentation
 * forms that ICU's Arabic shaping turns the letters into, since those are what a PDF shows.
 */
class FontCoverageTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("secnotes.examples", "../../examples"));

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ar, ARABIC", "zh, HAN"})
    void theScriptsFontDrawsWhatLiberationSerifCannot(String language, UnicodeScript script) throws Exception {
        Map<String, String> texts = texts(language);
        assertTrue(texts.keySet().stream().anyMatch(name -> name.endsWith(".md")),
                "an example note in " + language + " under " + EXAMPLES.toAbsolutePath());
        if (script == UnicodeScript.ARABIC) {
            for (Map.Entry<String, String> text : new ArrayList<>(texts.entrySet())) {
                texts.put(text.getKey() + " (shaped)", shaped(text.getValue()));
            }
        }
        CmapLookup latin = cmap(read("/liberation/LiberationSerif-Regular.ttf"));
        List<String> missing = new ArrayList<>();
        for (BundledFont.Weight weight : BundledFont.Weight.values()) {
            BundledFont font = BundledFont.of(script, weight).orElseThrow();
            CmapLookup own = cmap(font.bytes());
            texts.forEach((name, text) -> {
                TreeSet<String> lacking = new TreeSet<>();
                text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
                        .filter(cp -> latin.getGlyphId(cp) == 0 && own.getGlyphId(cp) == 0)
                        .forEach(cp -> lacking.add(String.format("U+%04X %s", cp, Character.toString(cp))));
                if (!lacking.isEmpty()) {
                    missing.add(font + " lacks, for " + name + ": " + lacking);
                }
            });
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing)
                + "\n(for Han characters: add them to render/fonts/extra-han.txt and run fetch-fonts.sh)");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = BundledFont.class, names = {"NASKH_ARABIC_REGULAR", "NASKH_ARABIC_BOLD"})
    void theArabicFontHasEveryFormIcuShapingProducesForTheBaseLetters(BundledFont font) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int letter = 0x0621; letter <= 0x064A; letter++) {
            if (Character.getType(letter) != Character.OTHER_LETTER) {
                continue; // U+0640 tatweel is a modifier letter, shaped as itself
            }
            String l = Character.toString(letter);
            // Alone, first, between two joining letters, last: every joining form the letter has.
            text.append(l).append(' ').append(l).append("ب ب").append(l).append("ب ب").append(l).append(' ');
        }
        for (String alef : List.of("ا", "أ", "إ", "آ")) {
            text.append('ل').append(alef).append(" بل").append(alef).append(' '); // lam-alef, alone and joined
        }
        CmapLookup own = cmap(font.bytes());
        TreeSet<String> lacking = new TreeSet<>();
        shaped(text.toString()).codePoints().filter(cp -> cp != ' ' && own.getGlyphId(cp) == 0)
                .forEach(cp -> lacking.add(String.format("U+%04X", cp)));
        assertTrue(lacking.isEmpty(), font + " lacks shaped forms " + lacking);
    }

    /** The template's phrases and each example note of the language, by name. */
    private static Map<String, String> texts(String language) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        String template = "/org/secnotes/templates/lang/" + language + ".properties";
        Properties phrases = new Properties();
        try (InputStream in = FontCoverageTest.class.getResourceAsStream(template)) {
            assertFalse(in == null, template);
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                phrases.load(reader);
            }
        }
        texts.put(template, String.join("\n", phrases.stringPropertyNames().stream().map(phrases::getProperty).toList()));
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("." + language + ".md"))
                    .filter(f -> !f.toString().contains("target")).sorted().toList()) {
                texts.put(EXAMPLES.relativize(file).toString(), Files.readString(file));
            }
        }
        return texts;
    }

    /**
     * The text as a right-to-left renderer will draw it: harakat taken out (they are drawn apart
     * from their letters), letters shaped into their joining forms.
     */
    private static String shaped(String text) throws ArabicShapingException {
        String bare = text.replaceAll("[\u064B-\u0652]", "");
        return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                | ArabicShaping.LENGTH_GROW_SHRINK).shape(bare);
    }

    private static CmapLookup cmap(byte[] font) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
        return ttf.getUnicodeCmapLookup();
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = FontCoverageTest.class.getResourceAsStream(resource)) {
            assertFalse(in == null, resource);
            return in.readAllBytes();
        }
    }
}
