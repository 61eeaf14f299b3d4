package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The archival claims read back: the XMP packet says PDF/A-2a and PDF/UA-1 for a tagged file and
 * PDF/A-2u for an untagged one, matches the info dictionary, and veraPDF agrees with the untagged
 * claim (the tagged claims are validated in {@link PdfAccessibilityTest}).
 */
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
            assertEquals("A", xmp.getPDFAIdentificationSchema().getConformance());
            // The strict parser reads pdfuaid only through the extension schema that describes it.
            assertEquals(1, xmp.getSchema("http://www.aiim.org/pdfua/ns/id/").getIntegerPropertyValueAsSimple("part"));
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

    @org.junit.jupiter.api.Test
    void theUntaggedFileIsValidPdfA2u() throws Exception {
        String source = "long-note.en.md";
        byte[] pdf = Fixtures.pdf(PdfRenderer.builder().tagged(false).build(), Fixtures.localized(source));
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            byte[] packet = document.getDocumentCatalog().getMetadata().toByteArray();
            org.apache.xmpbox.XMPMetadata xmp = new org.apache.xmpbox.xml.DomXmpParser().parse(packet);
            assertEquals("U", xmp.getPDFAIdentificationSchema().getConformance());
            assertEquals(null, document.getDocumentCatalog().getStructureTreeRoot());
        }
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
