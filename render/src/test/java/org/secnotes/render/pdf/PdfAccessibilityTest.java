package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.secnotes.templates.LocalizedNote;

/**
 * veraPDF finds no failed PDF/UA-1 or PDF/A-2a rule in any tagged fixture, fails the untagged
 * control, and fails each deliberately broken copy on exactly the rule that guards it: so a pass
 * means the checks ran on what matters.
 */
class PdfAccessibilityTest {

    /**
     * Every example note (all the languages kept there), the long note and the note with tables
     * (one continued over a page) in two, and a page 1 with figures.
     */
    static Stream<String> fixtures() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Fixtures.EXAMPLE_NOTES)) {
            examples.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().forEach(names::add);
        }
        assertTrue(names.size() >= 6, "the example notes: " + names);
        names.add("long-note.en.md");
        names.add("long-note.es.md");
        names.add("trust-fund-tables.en.md");
        names.add("trust-fund-tables.es.md");
        names.add(WITH_FIGURES);
        return names.stream();
    }

    /** The English example with a QR code and an emblem: both are figures. */
    static final String WITH_FIGURES = "cop-working-groups.en.md with QR code and emblem";

    /** A tagged fixture's PDF, rendered once per test run. */
    static byte[] pdf(String name) {
        return Rendered.PDFS.computeIfAbsent(name, n -> Fixtures.pdf(renderer(n), note(n)));
    }

    /** The renderer of a fixture. */
    static PdfRenderer renderer(String name) {
        return name.equals(WITH_FIGURES) ? Rendered.WITH_FIGURES : Fixtures.RENDERER;
    }

    /** The note a fixture was rendered from. */
    static LocalizedNote note(String name) {
        return Fixtures.localized(name.equals(WITH_FIGURES) ? "cop-working-groups.en.md" : name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void passesPdfUa1AndPdfA2a(String name) {
        Map<String, Set<String>> failed = VeraPdf.failedRulesOf(name, pdf(name));
        assertEquals(Map.of("2a", Set.of(), "ua1", Set.of()), failed, name);
    }

    /** A control: today's untagged file, validated for the same claims, fails the rules tagging exists for. */
    @Test
    void theUntaggedFileFails() {
        byte[] untagged = Fixtures.pdf(PdfRenderer.builder().tagged(false).build(), Fixtures.example("en"));
        Map<String, Set<String>> failed = VeraPdf.failedRules(untagged, VeraPdf.CLAIMS);
        assertTrue(failed.get("ua1").containsAll(Set.of("5-1", "6.2-1", "7.1-3", "7.18.3-1")), failed.toString());
        assertTrue(failed.get("2a").contains("6.7.2.2-1"), failed.toString());
    }

    @Test
    void aPageWithoutTabOrderFailsOnlyThatRule() {
        byte[] broken = mutated(pdf("cop-working-groups.en.md"),
                document -> document.getPage(0).getCOSObject().removeItem(COSName.getPDFName("Tabs")));
        assertEquals(Map.of("2a", Set.of(), "ua1", Set.of("7.18.3-1")), VeraPdf.failedRules(broken, VeraPdf.CLAIMS));
    }

    @Test
    void aNoteWithoutItsIdFailsOnlyThatRule() {
        byte[] broken = mutated(pdf("cop-working-groups.en.md"), document -> {
            TaggedStructure.Node note = TaggedStructure.read(document).find("Note").get(0);
            note.element().getCOSObject().removeItem(COSName.ID);
        });
        assertEquals(Map.of("2a", Set.of(), "ua1", Set.of("7.9-1")), VeraPdf.failedRules(broken, VeraPdf.CLAIMS));
    }

    @Test
    void aFigureWithoutAlternateTextFailsOnlyThatRule() {
        byte[] broken = mutated(pdf(WITH_FIGURES), document -> {
            TaggedStructure.Node figure = TaggedStructure.read(document).find("Figure").get(0);
            figure.element().getCOSObject().removeItem(COSName.ALT);
        });
        assertEquals(Map.of("2a", Set.of(), "ua1", Set.of("7.3-1")), VeraPdf.failedRules(broken, VeraPdf.CLAIMS));
    }

    /** The file, loaded, changed and saved again. */
    static byte[] mutated(byte[] pdf, Consumer<PDDocument> change) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            change.accept(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small plain RGB image standing in for an emblem. */
    static byte[] emblem() {
        BufferedImage image = new BufferedImage(56, 47, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 56; x++) {
            for (int y = 0; y < 47; y++) {
                image.setRGB(x, y, (x - 28) * (x - 28) + (y - 23) * (y - 23) < 400 ? 0x5B92E5 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The rendered fixtures, shared by the tests of this package. */
    static final class Rendered {
        static final Map<String, byte[]> PDFS = new java.util.concurrent.ConcurrentHashMap<>();
        static final PdfRenderer WITH_FIGURES = PdfRenderer.builder().qrCode(true).emblem(emblem()).build();

        private Rendered() {
        }
    }
}
