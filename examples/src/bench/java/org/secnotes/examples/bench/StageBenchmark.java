package org.secnotes.examples.bench;

import java.io.ByteArrayOutputStream;
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
import org.secnotes.core.Language;
import org.secnotes.core.Note;
import org.secnotes.core.source.NoteReader;
import org.secnotes.core.source.SourceFile;
import org.secnotes.render.pdf.PdfRenderer;
import org.secnotes.templates.LocalizedNote;
import org.secnotes.templates.NoteTemplates;

/**
 * Milliseconds a note spends in each stage of the pipeline, on the benchmark's long note (about
 * 33 KB of source): reading (front matter and body, then assembling the note), localizing, and
 * laying out and writing the PDF to memory. It says where a batch's time goes; the ratios against
 * FOP are {@link PdfBenchmark}'s.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class StageBenchmark {

    /** The note's language. */
    @Param({"en", "es"})
    public String language;

    private String source;
    private NoteReader reader;
    private NoteTemplates templates;
    private Note note;
    private LocalizedNote localized;
    private PdfRenderer renderer;

    /** Reads the source text and runs each stage once, so that each benchmark starts from its input. */
    @Setup
    public void setUp() throws Exception {
        source = PdfBenchmark.longNoteSource(language);
        reader = NoteReader.standard();
        templates = NoteTemplates.standard();
        note = read();
        localized = localize();
        renderer = PdfRenderer.builder().build();
    }

    /** @return the note read from its source text */
    @Benchmark
    public Note read() throws Exception {
        SourceFile file = reader.parse(source, null);
        return NoteReader.assemble(List.of(file));
    }

    /** @return the note's boilerplate written out */
    @Benchmark
    public LocalizedNote localize() {
        return templates.localize(note, Language.fromCode(language));
    }

    /** @return the PDF's bytes */
    @Benchmark
    public byte[] render() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        renderer.render(localized, out);
        return out.toByteArray();
    }
}
