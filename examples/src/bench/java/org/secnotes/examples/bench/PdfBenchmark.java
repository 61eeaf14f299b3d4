package org.secnotes.examples.bench;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.secnotes.core.Note;
import org.secnotes.core.source.NoteReader;
import org.secnotes.core.source.SourceFile;
import org.secnotes.render.pdf.PdfRenderer;
import org.secnotes.templates.LocalizedNote;
import org.secnotes.templates.NoteTemplates;

/**
 * Notes per second: secnotes' PDF renderer (tagged, and untagged for the cost of tagging) against
 * Apache FOP on the same seven-odd-page note,
 * in English and Spanish, in one JMH run so that the ratio is measured on the same machine at
 * the same time. Run it with {@code examples/bench/run.sh}, which also runs 2 threads, reads the
 * allocation per note from JMH's GC profiler and prints the ratios.
 *
 * <p>Two secnotes figures: {@link #secnotes} is the renderer alone, on a note already read and
 * localized; {@link #pipeline} is what a user's batch does to each note, from the source text to
 * the PDF's bytes (read, assemble, localize, lay out, write). Their ratio says how much of a
 * note's time goes outside the renderer.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
@State(Scope.Benchmark)
public class PdfBenchmark {

    /** The note's language. */
    @Param({"en", "es"})
    public String language;

    private String source;
    private LocalizedNote note;
    private String fo;
    private PdfRenderer secnotes;
    private PdfRenderer untagged;
    private NoteReader reader;
    private NoteTemplates templates;

    /**
     * FOP per thread: one FOP factory shared by two threads failed in our runs, so each thread
     * gets its own, set up once, which is how a careful FOP user would run it in parallel.
     */
    @State(Scope.Thread)
    public static class FopPerThread {
        FopBaseline fop;

        /** Builds the factory once per thread. */
        @Setup
        public void setUp() throws Exception {
            fop = new FopBaseline();
        }
    }

    /** Reads and localizes the note once; builds secnotes' renderer once, shared by all threads. */
    @Setup
    public void setUp() throws Exception {
        source = longNoteSource(language);
        reader = NoteReader.standard();
        templates = NoteTemplates.standard();
        note = localize(reader, templates, source);
        fo = FopBaseline.toFo(note);
        secnotes = PdfRenderer.builder().build();
        untagged = PdfRenderer.builder().tagged(false).build();
    }

    static String longNoteSource(String language) throws Exception {
        try (InputStream in = PdfBenchmark.class.getResourceAsStream("/bench/long-note." + language + ".md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static LocalizedNote longNote(String language) throws Exception {
        return localize(NoteReader.standard(), NoteTemplates.standard(), longNoteSource(language));
    }

    /** Read, assemble, localize: the stages before the renderer. */
    static LocalizedNote localize(NoteReader reader, NoteTemplates templates, String source) throws Exception {
        SourceFile file = reader.parse(source, null);
        Note parsed = NoteReader.assemble(List.of(file));
        return templates.localize(parsed, file.version().language());
    }

    /** @return the PDF, so that the JIT cannot drop the work */
    @Benchmark
    public byte[] secnotes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        secnotes.render(note, out);
        return out.toByteArray();
    }

    /**
     * The same note without tags (PDF/A-2u): against {@link #secnotes()}, what tagging costs.
     *
     * @return the PDF, so that the JIT cannot drop the work
     * @throws Exception if the render fails
     */
    @Benchmark
    public byte[] secnotesUntagged() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        untagged.render(note, out);
        return out.toByteArray();
    }

    /**
     * The whole pipeline on one note: source text to PDF bytes in memory.
     *
     * @return the PDF, so that the JIT cannot drop the work
     * @throws Exception if a stage fails
     */
    @Benchmark
    public byte[] pipeline() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        secnotes.render(localize(reader, templates, source), out);
        return out.toByteArray();
    }

    /**
     * @param engine this thread's FOP
     * @return the PDF, so that the JIT cannot drop the work
     */
    @Benchmark
    public byte[] fop(FopPerThread engine) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        engine.fop.render(fo, out);
        return out.toByteArray();
    }
}
