package org.secnotes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import org.secnotes.core.Language;
import org.secnotes.core.Note;
import org.secnotes.core.source.NoteReader;
import org.secnotes.core.source.SourceException;
import org.secnotes.core.source.SourceFile;
import org.secnotes.render.NoteRenderer;
import org.secnotes.render.OutputFiles;
import org.secnotes.render.OutputFormat;
import org.secnotes.render.SymbolResolver;
import org.secnotes.render.markdown.MarkdownRenderer;
import org.secnotes.render.pdf.PdfRenderer;
import org.secnotes.templates.LocalizedNote;
import org.secnotes.templates.NoteLocalizer;
import org.secnotes.templates.NoteTemplates;

/**
 * The common case in one place: read a note's sources, then write any language version in any
 * format.
 *
 * <pre>{@code
 * SecNotes secnotes = SecNotes.standard();          // build once, share freely
 * Note note = secnotes.read(List.of(Path.of("notes/cop.en.md"), Path.of("notes/cop.es.md")));
 * Path pdf = secnotes.renderTo(note, Language.ES, OutputFormat.PDF, Path.of("out"));
 * // out/CTOC_COP_2018_10.es.pdf
 *
 * Reading all = secnotes.readAll(List.of(Path.of("a.en.md"), Path.of("b.en.md"), Path.of("b.fr.md")));
 * all.failures().forEach(problem -> System.err.println("error: " + problem.message()));
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one instance and use it from any number of threads.
 */
public final class SecNotes {

    /** The built-in note of the warm-up, a resource next to this class. */
    private static final String WARM_UP_NOTE = "warm-up.en.md";

    private final NoteReader reader;
    private final NoteLocalizer localizer;
    private final Map<OutputFormat, NoteRenderer> renderers;

    private SecNotes(Builder builder) {
        this.reader = NoteReader.standard();
        this.localizer = builder.localizer;
        SymbolResolver resolver = builder.symbolResolver;
        Map<OutputFormat, NoteRenderer> map = new EnumMap<>(OutputFormat.class);
        map.put(OutputFormat.MARKDOWN, builder.markdown != null ? builder.markdown
                : MarkdownRenderer.builder().symbolResolver(resolver).build());
        map.put(OutputFormat.PDF, builder.pdf != null ? builder.pdf
                : PdfRenderer.builder().symbolResolver(resolver).build());
        this.renderers = Map.copyOf(map);
    }

    /** @return an instance with the standard templates, both renderers and undocs.org links */
    public static SecNotes standard() {
        return builder().build();
    }

    /** @return a builder to change the templates, a renderer or the link resolver */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the sources of one note: one file per language version.
     *
     * @param files the versions' source files, such as {@code cop.en.md} and {@code cop.es.md}
     * @return the note
     * @throws SourceException if a file is not a valid source or the files disagree
     */
    public Note read(List<Path> files) throws SourceException {
        List<SourceFile> versions = new ArrayList<>();
        for (Path file : files) {
            versions.add(reader.read(file));
        }
        return NoteReader.assemble(versions);
    }

    /**
     * Reads any number of sources, in parallel, and makes one note of the versions that share a
     * first symbol. A bad source does not stop the others: it is reported among the failures with
     * the reason, as is a group of versions that disagree (once, naming every file of the group).
     * Running out of stack or memory on one source is that source's failure.
     *
     * @param files source files, of any number of notes, in any order
     * @return the notes, ordered by first symbol, the failures and the reader's warnings
     */
    public Reading readAll(Collection<Path> files) {
        List<Outcome> results = files.stream().distinct().toList().parallelStream()
                .map(this::readOne).toList();
        return group(results);
    }

    /**
     * Reads one source from text, such as standard input or a database field.
     *
     * @param text   the whole source, front matter and body
     * @param origin what to call it in messages, such as {@code <stdin>} or a file name; a name of
     *               the form {@code <name>.<lang>.md} is checked against the language field
     * @return the note (with one version) or the failure, and the reader's warnings
     */
    public Reading parse(String text, String origin) {
        Objects.requireNonNull(text, "text");
        Path path = originPath(origin);
        Outcome result;
        try {
            result = new Outcome(reader.parse(text, path), null);
        } catch (SourceException e) {
            result = new Outcome(null, new Problem(path == null ? List.of() : List.of(path), e.getMessage()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            result = new Outcome(null, Problem.of(path, e));
        }
        return group(List.of(result));
    }

    /**
     * Reads, localizes and renders a small built-in note in every format, throwing the results
     * away, so that the classes and data every stage needs (YAML, Flexmark, ICU, PDFBox, fonts)
     * are loaded before the first real note. It only saves time: call it on a background thread
     * while a program does its other start-up work.
     *
     * @throws IllegalStateException if the built-in note fails, which would be a bug
     */
    public void warmUp() {
        warmUp(warmUpNote(), formats());
    }

    /**
     * Builds the standard instance ({@link #standard()}) for a program about to render its first
     * note from a cold start: as soon as the templates are loaded, {@code background} localizes
     * {@code note} with them, loading ICU's data and formatters, while this thread builds the
     * rest (the reader and the renderers). Localizing is the longest part of a cold start that
     * one thread must do alone, so it is begun as early as it can be.
     *
     * @param note       a note in English to localize, such as one built in code; it is not read,
     *                   so that the warm-up does not wait for the reader to load
     * @param background runs the localizing, such as on a new daemon thread; a failure there is
     *                   the executor's to handle and only saves less time
     * @return the instance, which the localizing goes on warming
     */
    public static SecNotes standard(Note note, Executor background) {
        Objects.requireNonNull(note, "note");
        NoteTemplates templates = NoteTemplates.standard();
        background.execute(() -> templates.localize(note, Language.EN));
        return builder().localizer(templates).build();
    }

    private static Note warmUpNote() {
        String text;
        try (InputStream in = SecNotes.class.getResourceAsStream(WARM_UP_NOTE)) {
            text = new String(Objects.requireNonNull(in, WARM_UP_NOTE).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return NoteReader.assemble(List.of(NoteReader.standard().parse(text, Path.of(WARM_UP_NOTE))));
        } catch (SourceException e) {
            throw new IllegalStateException("the warm-up note failed: " + e.getMessage(), e);
        }
    }

    /**
     * Localizes and renders a note in the given formats, throwing the results away: the
     * {@link #warmUp()} of a program that knows which formats it is about to write and warms up
     * the reading stage, if at all, elsewhere. PDF comes first, since it is the format whose cold
     * start costs the most and that a note reaches last.
     *
     * @param note    a note in English, such as one built in code
     * @param formats the formats to warm up; those this instance does not write are skipped
     */
    public void warmUp(Note note, Set<OutputFormat> formats) {
        Objects.requireNonNull(note, "note");
        List<OutputFormat> order = new ArrayList<>(formats);
        order.retainAll(formats());
        order.sort((a, b) -> Boolean.compare(a != OutputFormat.PDF, b != OutputFormat.PDF));
        try {
            for (OutputFormat format : order) {
                render(note, Language.EN, format, OutputStream.nullOutputStream());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path originPath(String origin) {
        if (origin == null) {
            return null;
        }
        try {
            return Path.of(origin);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** A source file read, or the problem that kept it from being read: exactly one is set. */
    private record Outcome(SourceFile file, Problem problem) {
    }

    private Outcome readOne(Path file) {
        try {
            return new Outcome(reader.read(file), null);
        } catch (SourceException e) {
            return new Outcome(null, new Problem(List.of(file), e.getMessage()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Outcome(null, Problem.of(file, e));
        }
    }

    private static Reading group(List<Outcome> results) {
        List<Problem> failures = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Map<String, List<SourceFile>> bySymbol = new TreeMap<>();
        for (Outcome result : results) {
            if (result.problem() != null) {
                failures.add(result.problem());
                continue;
            }
            SourceFile file = result.file();
            List<Path> from = file.path() == null ? List.of() : List.of(file.path());
            String name = file.path() == null ? "<text>" : file.path().toString();
            for (String warning : file.warnings()) {
                warnings.add(new Problem(from, name + ": " + warning));
            }
            bySymbol.computeIfAbsent(file.metadata().primarySymbol().value(), k -> new ArrayList<>()).add(file);
        }
        List<Reading.SourcedNote> notes = new ArrayList<>();
        for (List<SourceFile> versions : bySymbol.values()) {
            List<Path> paths = versions.stream().map(SourceFile::path).filter(Objects::nonNull).toList();
            try {
                notes.add(new Reading.SourcedNote(NoteReader.assemble(versions), paths));
            } catch (SourceException e) {
                failures.add(new Problem(paths, e.getMessage()));
            }
        }
        return new Reading(notes, failures, warnings);
    }

    /**
     * Writes out every piece of boilerplate of one language version.
     *
     * @param note     the note
     * @param language a language the note is issued in
     * @return the localized version
     * @throws IllegalArgumentException if the note is not issued in that language
     */
    public LocalizedNote localize(Note note, Language language) {
        return localizer.localize(note, language);
    }

    /**
     * Renders one language version to a stream, which is not closed.
     *
     * @param note     the note
     * @param language a language the note is issued in
     * @param format   the output format
     * @param out      where the bytes go
     * @throws IOException if the stream fails
     */
    public void render(Note note, Language language, OutputFormat format, OutputStream out)
            throws IOException {
        renderer(format).render(localize(note, language), out);
    }

    /**
     * Renders one language version into a folder as {@code <first symbol, '/' as '_'>.<lang>.<ext>},
     * such as {@code CTOC_COP_2018_10.es.pdf}. The file appears complete or not at all.
     *
     * @param note     the note
     * @param language a language the note is issued in
     * @param format   the output format
     * @param folder   the output folder, created if needed
     * @return the file written
     * @throws IOException if the file cannot be written
     */
    public Path renderTo(Note note, Language language, OutputFormat format, Path folder)
            throws IOException {
        LocalizedNote localized = localize(note, language);
        Path target = folder.resolve(fileName(note, language, format));
        NoteRenderer renderer = renderer(format);
        OutputFiles.writeAtomically(target, out -> renderer.render(localized, out));
        return target;
    }

    /**
     * The file name a version gets: {@code CTOC_COP_2018_10.es.pdf}.
     *
     * @param note     the note
     * @param language the version's language
     * @param format   the output format
     * @return a file name that is safe in any folder
     */
    public static String fileName(Note note, Language language, OutputFormat format) {
        return note.metadata().primarySymbol().fileStem() + "." + language.code() + "."
                + format.extension();
    }

    /** @return the formats this instance writes */
    public Set<OutputFormat> formats() {
        return renderers.keySet();
    }

    private NoteRenderer renderer(OutputFormat format) {
        return Objects.requireNonNull(renderers.get(Objects.requireNonNull(format, "format")),
                () -> "no renderer for " + format);
    }

    /**
     * Builds {@link SecNotes}. Not thread-safe: use one builder on one thread.
     */
    public static final class Builder {
        private NoteLocalizer localizer = NoteTemplates.standard();
        private SymbolResolver symbolResolver = SymbolResolver.undocs();
        private NoteRenderer markdown;
        private NoteRenderer pdf;

        private Builder() {
        }

        /**
         * Sets the templates that write the boilerplate.
         *
         * @param value the templates that write the boilerplate
         * @return this builder
         */
        public Builder localizer(NoteLocalizer value) {
            this.localizer = Objects.requireNonNull(value, "localizer");
            return this;
        }

        /**
         * Sets where links to documents point, for the default renderers.
         *
         * @param value the resolver; the default is {@link SymbolResolver#undocs()}
         * @return this builder
         */
        public Builder symbolResolver(SymbolResolver value) {
            this.symbolResolver = Objects.requireNonNull(value, "symbolResolver");
            return this;
        }

        /**
         * Sets the Markdown renderer to use instead of the default.
         *
         * @param value the Markdown renderer to use instead of the default
         * @return this builder
         */
        public Builder markdown(NoteRenderer value) {
            this.markdown = Objects.requireNonNull(value, "markdown");
            return this;
        }

        /**
         * Sets the PDF renderer to use instead of the default.
         *
         * @param value the PDF renderer to use instead of the default
         * @return this builder
         */
        public Builder pdf(NoteRenderer value) {
            this.pdf = Objects.requireNonNull(value, "pdf");
            return this;
        }

        /** @return the instance */
        public SecNotes build() {
            return new SecNotes(this);
        }
    }
}
