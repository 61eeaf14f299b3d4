package org.secnotes.beam;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.secnotes.Problem;
import org.secnotes.Reading;
import org.secnotes.SecNotes;
import org.secnotes.core.Language;
import org.secnotes.core.Note;
import org.secnotes.render.OutputFormat;
import org.secnotes.render.RenderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stages 4 and 5: joins the versions of one note, renders each wanted language and format, writes
 * each file as it is made, and emits one manifest line per file.
 *
 * <p>Writing here rather than through Beam's file sinks keeps each PDF out of the shuffle and
 * avoids their one-by-one finalization. It is safe under retries because the bytes and the names
 * are deterministic and each write replaces a file whole.
 *
 * <p>A note whose versions disagree gives one dead letter naming them all; an output that cannot be
 * rendered (a missing glyph, say) gives one dead letter. Any other failure propagates, so the
 * runner retries the bundle.
 */
final class RenderNoteFn extends DoFn<KV<String, Iterable<String>>, String> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RenderNoteFn.class);

    private final SecNotesFactory factory;
    private final String output;
    /** Wanted languages; empty for every language a note has. */
    private final EnumSet<Language> languages;
    private final EnumSet<OutputFormat> formats;

    private final Counter rendered = Metrics.counter(RenderNotes.class, RenderNotes.RENDERED);
    private final Counter unchanged = Metrics.counter(RenderNotes.class, RenderNotes.UNCHANGED);
    private final Counter failed = Metrics.counter(RenderNotes.class, RenderNotes.FAILED);

    private transient SecNotes secnotes;

    RenderNoteFn(SecNotesFactory factory, String output, Set<Language> languages, Set<OutputFormat> formats) {
        this.factory = factory;
        this.output = output;
        this.languages = languages.isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(languages);
        this.formats = EnumSet.copyOf(formats);
    }

    @Setup
    public void setUp() {
        secnotes = SharedSecNotes.get(factory);
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<String>> group, MultiOutputReceiver out) throws IOException {
        // Sorted, as the command line joins versions; a source matched by two patterns counts once.
        TreeSet<String> origins = new TreeSet<>(SourceReading.ORIGIN_ORDER);
        group.getValue().forEach(origins::add);

        Reading reading = SourceReading.readNote(secnotes, origins);
        for (Problem problem : reading.failures()) {
            // Versions that disagree give one dead letter naming them all, as the command line
            // prints one error; a source that changed since stage 2 gives its own.
            failed.inc();
            out.get(RenderNotes.FAILURES).output(JsonLines.problem("assemble", problem));
        }
        for (Reading.SourcedNote sourced : reading.notes()) {
            List<String> sources = sourced.sources().stream().map(Path::toString).toList();
            renderNote(sourced.note(), sources, group.getKey(), out);
        }
    }

    private void renderNote(Note note, List<String> sources, String symbol, MultiOutputReceiver out)
            throws IOException {
        for (Language language : note.languages()) {
            if (!languages.isEmpty() && !languages.contains(language)) {
                continue;
            }
            for (OutputFormat format : formats) {
                renderOne(note, language, format, sources, out);
            }
        }
        for (Language language : languages) {
            if (note.version(language).isEmpty()) {
                LOG.warn("{} has no {} version; skipped", symbol, language.code());
            }
        }
    }

    private void renderOne(Note note, Language language, OutputFormat format, List<String> sources,
            MultiOutputReceiver out) throws IOException {
        String name = SecNotes.fileName(note, language, format);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            secnotes.render(note, language, format, bytes);
        } catch (RenderException | IllegalArgumentException e) {
            failed.inc();
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            out.get(RenderNotes.FAILURES).output(JsonLines.renderFailed(name, sources, message));
            return;
        }
        byte[] content = bytes.toByteArray();
        if (!OutputWriter.write(output, name, content)) {
            unchanged.inc();
        }
        rendered.inc();
        out.get(RenderNotes.WRITTEN).output(JsonLines.written(note.metadata().primarySymbol().value(),
                language.code(), format.extension(), name, content.length, sha256(content), sources));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
