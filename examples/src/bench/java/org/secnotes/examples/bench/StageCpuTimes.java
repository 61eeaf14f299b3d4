package org.secnotes.examples.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.secnotes.core.Language;
import org.secnotes.core.Note;
import org.secnotes.core.source.NoteReader;
import org.secnotes.core.source.SourceFile;
import org.secnotes.render.pdf.PdfRenderer;
import org.secnotes.templates.LocalizedNote;
import org.secnotes.templates.NoteTemplates;

/**
 * The processor time one note spends in each stage, in a warm JVM on one thread: reading (front
 * matter, body, assembling), localizing, laying out (alone, then with writing the PDF to memory),
 * and writing those bytes to a file. Processor time, not wall time, so that the figures hold on a machine
 * that other work keeps busy (wall time there measures the queue for the processor).
 *
 * <pre>java -cp secnotes-bench.jar org.secnotes.examples.bench.StageCpuTimes [seconds per stage]</pre>
 */
public final class StageCpuTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StageCpuTimes() {
    }

    /** One stage's work, repeated. */
    private interface Stage {
        Object run() throws Exception;
    }

    /**
     * @param args the processor seconds to spend on each stage, half warming up (default 6)
     * @throws Exception if a stage fails
     */
    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 6;
        NoteReader reader = NoteReader.standard();
        NoteTemplates templates = NoteTemplates.standard();
        PdfRenderer renderer = PdfRenderer.builder().build();
        Path file = Files.createTempFile("secnotes-stage", ".pdf");
        try {
            for (String language : new String[] {"en", "es"}) {
                String source = PdfBenchmark.longNoteSource(language);
                Note note = NoteReader.assemble(List.of(reader.parse(source, null)));
                LocalizedNote localized = templates.localize(note, Language.fromCode(language));
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                renderer.render(localized, pdf);
                byte[] bytes = pdf.toByteArray();
                double read = perNote(seconds, () -> {
                    SourceFile parsed = reader.parse(source, null);
                    return NoteReader.assemble(List.of(parsed));
                });
                double localize = perNote(seconds, () -> templates.localize(note, Language.fromCode(language)));
                double layout = perNote(seconds, () -> renderer.layout(localized));
                double render = perNote(seconds, () -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
                    renderer.render(localized, out);
                    return out;
                });
                double write = perNote(seconds, () -> Files.write(file, bytes));
                System.out.printf("%s (%,d characters of source, %,d bytes of PDF): processor ms per note:"
                        + " read %.3f, localize %.3f, lay out %.3f, lay out and write to memory %.3f, write the file %.3f%n",
                        language, source.length(), bytes.length, read, localize, layout, render, write);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Runs the stage for half the time to warm up, then measures the other half; ms of processor per run. */
    private static double perNote(double seconds, Stage stage) throws Exception {
        long budget = (long) (seconds / 2 * 1e9);
        long start = THREADS.getCurrentThreadCpuTime();
        Object sink = null;
        while (THREADS.getCurrentThreadCpuTime() - start < budget) {
            sink = stage.run();
        }
        int runs = 0;
        start = THREADS.getCurrentThreadCpuTime();
        long used;
        do {
            sink = stage.run();
            runs++;
            used = THREADS.getCurrentThreadCpuTime() - start;
        } while (used < budget);
        if (sink == null) {
            throw new IllegalStateException("a stage returned nothing");
        }
        return used / 1e6 / runs;
    }
}
