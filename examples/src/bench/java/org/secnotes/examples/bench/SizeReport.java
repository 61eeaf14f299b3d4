package org.secnotes.examples.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.secnotes.render.pdf.PdfRenderer;
import org.secnotes.templates.LocalizedNote;

/**
 * Writes the benchmark note with both engines (secnotes tagged, as it ships, and untagged) and
 * prints each PDF's size and page count, so that
 * the comparison can be checked by eye: {@code java -cp secnotes-bench.jar
 * org.secnotes.examples.bench.SizeReport <folder>}.
 */
public final class SizeReport {

    private SizeReport() {
    }

    /**
     * @param args the folder to write the PDFs to
     * @throws Exception if a render fails
     */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(folder);
        FopBaseline fop = new FopBaseline();
        PdfRenderer secnotes = PdfRenderer.builder().build();
        PdfRenderer untagged = PdfRenderer.builder().tagged(false).build();
        for (String language : new String[] {"en", "es"}) {
            LocalizedNote note = PdfBenchmark.longNote(language);
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            secnotes.render(note, ours);
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            untagged.render(note, plain);
            ByteArrayOutputStream theirs = new ByteArrayOutputStream();
            fop.render(FopBaseline.toFo(note), theirs);
            Files.write(folder.resolve("secnotes." + language + ".pdf"), ours.toByteArray());
            Files.write(folder.resolve("fop." + language + ".pdf"), theirs.toByteArray());
            System.out.printf("%s: secnotes %,d bytes, %d pages; FOP %,d bytes, %d pages; size ratio %.2f%n", language,
                    ours.size(), pages(ours.toByteArray()), theirs.size(), pages(theirs.toByteArray()),
                    (double) ours.size() / theirs.size());
            System.out.printf("%s: untagged secnotes %,d bytes; tagging adds %.1f %%%n", language, plain.size(),
                    100.0 * (ours.size() - plain.size()) / plain.size());
        }
    }

    private static int pages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }
}
