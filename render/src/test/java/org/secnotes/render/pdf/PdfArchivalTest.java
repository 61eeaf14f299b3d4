package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the reference validator, finds no failed PDF/A-2u rule in what we write. */
class PdfArchivalTest {

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @org.junit.jupiter.api.Test
    void xmpMetadataMatchesTheInfoDictionary() throws Exception {
        byte[] pdf = Fixtures.pdf(Fixtures.localized("cop-working-groups.es.md"));
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            byte[] packet = document.getDocumentCatalog().getMetadata().toByteArray();
            org.apache.xmpbox.XMPMetadata xmp = new org.apache.xmpbox.xml.DomXmpParser().parse(packet);
            assertEquals(2, xmp.getPDFAIdentificationSchema().getPart());
            assertEquals("U", xmp.getPDFAIdentificationSchema().getConformance());
            assertEquals(document.getDocumentInformation().getTitle(), xmp.getDublinCoreSchema().getTitle());
            assertEquals(List.of("es"), xmp.getDublinCoreSchema().getLanguages());
            assertEquals(document.getDocumentInformation().getCreationDate().toInstant(),
                    xmp.getXMPBasicSchema().getCreateDate().toInstant());
            assertEquals("secnotes", xmp.getAdobePDFSchema().getProducer());
        }
    }

    /** A control: the validator does fail a PDF that is not PDF/A, so a pass above means something. */
    @org.junit.jupiter.api.Test
    void aPlainPdfFails() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument plain = new org.apache.pdfbox.pdmodel.PDDocument()) {
            plain.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            plain.save(out);
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(out.toByteArray()), PDFAFlavour.PDFA_2_U);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_U, false)) {
            assertTrue(!validator.validate(parser).isCompliant());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cop-working-groups.es.md", "cop-working-groups.en.md", "cop-working-groups.fr.md",
        "cop-working-groups.ru.md", "cop-working-groups.ar.md", "cop-working-groups.zh.md", "long-note.en.md", "long-note.es.md"})
    void isValidPdfA2u(String source) throws Exception {
        byte[] pdf = Fixtures.pdf(Fixtures.localized(source));
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_U);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_U, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .collect(Collectors.toList());
            assertEquals(List.of(), failed);
            assertTrue(result.isCompliant());
        }
    }
}
