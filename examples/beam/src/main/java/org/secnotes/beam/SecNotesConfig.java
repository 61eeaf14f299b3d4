package org.secnotes.beam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.secnotes.SecNotes;
import org.secnotes.core.DocumentSymbol;
import org.secnotes.core.Language;
import org.secnotes.render.SymbolResolver;
import org.secnotes.render.layout.FontFace;
import org.secnotes.render.pdf.FontSet;
import org.secnotes.render.layout.Paper;
import org.secnotes.render.pdf.PdfRenderer;

/**
 * The library's customisation as a serializable value: the paper, the PDF fonts and where links
 * point. It travels to the workers with the pipeline, and each worker JVM builds one
 * {@link SecNotes} from it. The fonts travel as bytes, so workers need no copy of the font files.
 *
 * <pre>{@code
 * SecNotesConfig config = SecNotesConfig.builder()
 *         .paper(Paper.A4)
 *         .fonts(Path.of("NotoSerif-Regular.ttf"), Path.of("NotoSerif-Bold.ttf"),
 *                Path.of("NotoSerif-Italic.ttf"), Path.of("NotoSerif-BoldItalic.ttf"))
 *         .linkPattern("https://documents.example.org/{lang}/{symbol}")
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal configurations share one facade per worker JVM.
 */
public final class SecNotesConfig implements SecNotesFactory {
    private static final long serialVersionUID = 1L;

    /** The paper of the PDFs. */
    private final Paper paper;
    /** Where links point, or {@code null} for undocs.org. */
    private final String linkPattern;
    /** The four faces' bytes, or {@code null} for the fonts the library ships. */
    private final EnumMap<FontFace, byte[]> fonts;
    /** A digest of the fonts, so that equality and hashing need not compare megabytes. */
    private final String fontsDigest;

    private SecNotesConfig(Builder builder) {
        this.paper = builder.paper;
        this.linkPattern = builder.linkPattern;
        this.fonts = builder.fonts == null ? null : new EnumMap<>(builder.fonts);
        this.fontsDigest = fonts == null ? "" : digest(fonts);
    }

    /** @return the library's defaults: paper from the job number, Liberation Serif, undocs.org links */
    public static SecNotesConfig standard() {
        return builder().build();
    }

    /** @return a builder starting from the library's defaults */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public SecNotes create() {
        SymbolResolver resolver = linkPattern == null ? SymbolResolver.undocs() : new PatternResolver(linkPattern);
        PdfRenderer.Builder pdf = PdfRenderer.builder().paper(paper).symbolResolver(resolver);
        if (fonts != null) {
            pdf.fonts(FontSet.of(fonts));
        }
        return SecNotes.builder()
                .symbolResolver(resolver)
                .pdf(pdf.build())
                .build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SecNotesConfig that && paper == that.paper
                && Objects.equals(linkPattern, that.linkPattern) && fontsDigest.equals(that.fontsDigest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(paper, linkPattern, fontsDigest);
    }

    private static String digest(Map<FontFace, byte[]> fonts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (FontFace face : FontFace.values()) {
                byte[] bytes = fonts.get(face);
                sha.update(face.name().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                sha.update(bytes);
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Links from a pattern with {@code {lang}} and {@code {symbol}} in it. */
    private record PatternResolver(String pattern) implements SymbolResolver {
        @Override
        public String uriFor(DocumentSymbol symbol, Language language) {
            return pattern.replace("{lang}", language.code()).replace("{symbol}", symbol.value());
        }
    }

    /**
     * Builds {@link SecNotesConfig}. Not thread-safe: use one builder on one thread.
     */
    public static final class Builder {
        private Paper paper = Paper.AUTO;
        private String linkPattern;
        private Map<FontFace, byte[]> fonts;

        private Builder() {
        }

        /**
         * Sets the paper of the PDFs.
         *
         * @param value the paper; the default, {@link Paper#AUTO}, follows the job number
         * @return this builder
         */
        public Builder paper(Paper value) {
            this.paper = Objects.requireNonNull(value, "paper");
            return this;
        }

        /**
         * Sets where links to documents point.
         *
         * @param value an http or https address with {@code {lang}} and {@code {symbol}} in it,
         *              such as {@code https://undocs.org/{lang}/{symbol}} (the default)
         * @return this builder
         * @throws IllegalArgumentException if the pattern is not an http(s) address naming the symbol
         */
        public Builder linkPattern(String value) {
            Objects.requireNonNull(value, "linkPattern");
            if (!(value.startsWith("https://") || value.startsWith("http://")) || !value.contains("{symbol}")) {
                throw new IllegalArgumentException("link pattern '" + value
                        + "': expected an http or https address with {symbol} in it, such as https://undocs.org/{lang}/{symbol}");
            }
            this.linkPattern = value;
            return this;
        }

        /**
         * Sets the PDF fonts from four TrueType files, read now so that workers need no copy.
         *
         * @param regular    the regular face
         * @param bold       the bold face
         * @param italic     the italic face
         * @param boldItalic the bold italic face
         * @return this builder
         * @throws IOException              if a file cannot be read
         * @throws IllegalArgumentException if a file is not a TrueType font
         */
        public Builder fonts(Path regular, Path bold, Path italic, Path boldItalic) throws IOException {
            Map<FontFace, byte[]> files = new EnumMap<>(FontFace.class);
            files.put(FontFace.REGULAR, Files.readAllBytes(regular));
            files.put(FontFace.BOLD, Files.readAllBytes(bold));
            files.put(FontFace.ITALIC, Files.readAllBytes(italic));
            files.put(FontFace.BOLD_ITALIC, Files.readAllBytes(boldItalic));
            FontSet.of(files); // fail here, on the machine that launches the job, not on every worker
            this.fonts = files;
            return this;
        }

        /** @return the configuration */
        public SecNotesConfig build() {
            return new SecNotesConfig(this);
        }
    }
}
