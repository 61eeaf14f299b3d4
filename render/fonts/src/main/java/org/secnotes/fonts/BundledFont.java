package org.secnotes.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fonts this artifact ships, for the scripts that Liberation Serif (the renderer's Latin and
 * Cyrillic face) cannot draw. Each is a static TrueType font with glyf outlines, which PDFBox can
 * subset when it embeds them, under the SIL Open Font License 1.1 (its text is the resource
 * {@link #licence()} beside the font).
 *
 * <ul>
 *   <li>Noto Naskh Arabic 2.021, Regular and Bold, unchanged: Arabic letters, marks, digits,
 *       punctuation and the presentation forms that ICU's Arabic shaping produces.</li>
 *   <li>Noto Serif SC 2.003, Regular and Bold, subset to every non-Han character of the font
 *       (Latin, Cyrillic, Kana, CJK and full-width punctuation) and the 6,763 Han characters of
 *       GB 2312, plus those the Chinese template and example notes use beyond it
 *       ({@code render/fonts/fetch-fonts.sh} makes the subset).</li>
 * </ul>
 *
 * <p>Neither family has an italic: a renderer sets italic text in the upright face of the same
 * weight.
 */
public enum BundledFont {
    /** Noto Naskh Arabic, Regular. */
    NASKH_ARABIC_REGULAR(UnicodeScript.ARABIC, Weight.REGULAR, "Noto Naskh Arabic", "NotoNaskhArabic-Regular.ttf",
            "NotoNaskhArabic-OFL.txt"),
    /** Noto Naskh Arabic, Bold. */
    NASKH_ARABIC_BOLD(UnicodeScript.ARABIC, Weight.BOLD, "Noto Naskh Arabic", "NotoNaskhArabic-Bold.ttf",
            "NotoNaskhArabic-OFL.txt"),
    /** Noto Serif SC, Regular, the GB 2312 subset. */
    SERIF_SC_REGULAR(UnicodeScript.HAN, Weight.REGULAR, "Noto Serif SC", "NotoSerifSC-Regular-GB2312.ttf",
            "NotoSerifSC-OFL.txt"),
    /** Noto Serif SC, Bold, the GB 2312 subset. */
    SERIF_SC_BOLD(UnicodeScript.HAN, Weight.BOLD, "Noto Serif SC", "NotoSerifSC-Bold-GB2312.ttf",
            "NotoSerifSC-OFL.txt");

    /** The two weights each family ships. */
    public enum Weight {
        /** The text weight (400). */
        REGULAR,
        /** The bold weight (700), for headings, titles and bold runs. */
        BOLD
    }

    private static final String FOLDER = "/org/secnotes/fonts/";

    private final UnicodeScript script;
    private final Weight weight;
    private final String family;
    private final String fileName;
    private final String licenceFileName;

    BundledFont(UnicodeScript script, Weight weight, String family, String fileName, String licenceFileName) {
        this.script = script;
        this.weight = weight;
        this.family = family;
        this.fileName = fileName;
        this.licenceFileName = licenceFileName;
    }

    /**
     * The bundled font for a script and weight.
     *
     * @param script the script, as {@link UnicodeScript#of(int)} gives it for a character
     * @param weight the weight
     * @return the font, or empty if this artifact has none for the script
     */
    public static Optional<BundledFont> of(UnicodeScript script, Weight weight) {
        return Arrays.stream(values()).filter(f -> f.script == script && f.weight == weight).findFirst();
    }

    /** @return the scripts this artifact has fonts for: Arabic and Han */
    public static List<UnicodeScript> scripts() {
        return Arrays.stream(values()).map(BundledFont::script).distinct().toList();
    }

    /** @return the script the font is chosen for (it draws common punctuation and digits too) */
    public UnicodeScript script() {
        return script;
    }

    /** @return the weight */
    public Weight weight() {
        return weight;
    }

    /** @return the family name, as the font's name table gives it */
    public String family() {
        return family;
    }

    /** @return the class-path resource of the TrueType file, e.g. {@code /org/secnotes/fonts/NotoNaskhArabic-Regular.ttf} */
    public String resource() {
        return FOLDER + fileName;
    }

    /** @return the class-path resource of the font's licence (the OFL with its copyright line) */
    public String licence() {
        return FOLDER + licenceFileName;
    }

    /**
     * Opens the TrueType file; the caller closes the stream.
     *
     * @return the font file's bytes as a stream
     * @throws IllegalStateException if the resource is missing (a broken jar)
     */
    public InputStream open() {
        InputStream in = BundledFont.class.getResourceAsStream(resource());
        if (in == null) {
            throw new IllegalStateException(resource() + " is missing from the secnotes-fonts jar");
        }
        return in;
    }

    /**
     * Reads the whole TrueType file.
     *
     * @return the font file
     * @throws UncheckedIOException if it cannot be read
     */
    public byte[] bytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource(), e);
        }
    }
}
