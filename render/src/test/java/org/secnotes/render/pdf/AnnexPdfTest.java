package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.Test;

/** An annex in the PDF's outline: a top-level entry, with the annex's own chapters under it. */
class AnnexPdfTest {

    private static List<String> outline(PDOutlineNode node, String indent) {
        List<String> out = new ArrayList<>();
        for (PDOutlineItem item : node.children()) {
            out.add(indent + item.getTitle());
            out.addAll(outline(item, indent + "  "));
        }
        return out;
    }

    @Test
    void theAnnexsChaptersNestUnderItsBookmark() throws IOException {
        byte[] pdf = Fixtures.pdf(Fixtures.fromSource(Fixtures.source("# I. Introduction\n\n1. Text.\n\n"
                + "## A. Scope\n\n2. More.\n\n# Views of Member States {.annex}\n\n# I. Background\n\n1. Annex text.\n")));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(List.of("I. Introduction", "  A. Scope", "Annex Views of Member States", "  I. Background"),
                    outline(document.getDocumentCatalog().getDocumentOutline(), ""));
        }
    }
}
