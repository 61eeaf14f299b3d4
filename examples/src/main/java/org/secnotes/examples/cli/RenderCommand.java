package org.secnotes.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.secnotes.SecNotes;
import java.io.OutputStream;
import java.time.LocalDate;
import org.secnotes.core.Block;
import org.secnotes.core.Body;
import org.secnotes.core.Inline;
import org.secnotes.core.Language;
import org.secnotes.core.Meeting;
import org.secnotes.core.NoteMetadata;
import org.secnotes.core.NoteVersion;
import org.secnotes.core.Session;
import org.secnotes.core.Note;
import org.secnotes.core.source.NoteReader;
import org.secnotes.core.source.SourceException;
import org.secnotes.core.source.SourceFile;
import org.secnotes.render.OutputFormat;
import org.secnotes.render.pdf.PdfRenderer;
import org.secnotes.templates.NoteTemplates;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code secnotes render}: renders every note found in files and folders, in parallel, skipping
 * bad sources with a clear report, and ends with a summary.
 *
 * <p>Not thread-safe; picocli builds one per run.
 */
@Command(name = "render",
        mixinStandardHelpOptions = true,
        description = {
            "Renders notes to <out>/<first symbol, '/' as '_'>.<lang>.<md|pdf>.",
            "Folders are searched for *.md sources. A bad source is reported and skipped;",
            "the exit status is 0 only if every source rendered."})
final class RenderCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "<file or folder>", description = "Sources (*.md) or folders of sources.")
    private List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "<dir>", description = "Output folder (created if needed).")
    private Path out;

    @Option(names = "--lang", split = ",", paramLabel = "<lang>", converter = LanguageConverter.class,
            description = "Languages to render, such as en,es (default: every language a note has).")
    private List<Language> languages;

    @Option(names = "--format", split = ",", paramLabel = "<format>", converter = FormatConverter.class,
            description = "Formats: md, pdf (default: all).")
    private List<OutputFormat> formats;

    @Option(names = "--jobs", paramLabel = "<n>", description = "Parallel workers (default: the number of cores).")
    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and the summary.")
    private boolean quiet;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be 1 or more, not " + jobs);
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Report report = new Report(err, stdout, quiet, System.console() != null);
        long started = System.nanoTime();

        List<Path> sources = findSources(report);
        SecNotes secnotes = SecNotes.standard();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, runnable -> {
            Thread thread = new Thread(runnable, "secnotes-render");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<Note, List<Path>> notes = readNotes(sources, pool, report);
            renderAll(secnotes, notes, pool, report);
        } finally {
            pool.shutdownNow();
        }
        report.summary(sources.size(), System.nanoTime() - started);
        return report.failures() == 0 ? 0 : 1;
    }

    /**
     * Start-up: while the command line is parsed and the sources are read (Flexmark, YAML), the
     * templates (ICU's data) and the PDF machinery (PDFBox, the fonts) initialise on other threads by working on a tiny note in
     * memory, each on its own, so that a single note from a cold JVM is ready sooner. It only saves
     * time; its results are thrown away and its failures ignored (the real work reports its own).
     */
    static void warmUp() {
        LocalDate day = LocalDate.of(2000, 1, 3);
        NoteMetadata metadata = NoteMetadata.builder().symbol("A/1/1").dateOfIssue(day).original(Language.EN)
                .session(Session.regular(1)).meeting(new Meeting("Vienna", day, day)).build();
        Body body = new Body(List.of(new Block.NumberedParagraph(1, List.of(new Inline.Text("Warm-up.")))), List.of());
        Note tiny = new Note(metadata, List.of(new NoteVersion(Language.EN, List.of(), null, "Warm-up", null, body)));
        background("secnotes-warm-templates", () -> NoteTemplates.standard().localize(tiny, Language.EN));
        // Only the templates make a localized note, so the PDF warm-up localizes its own.
        background("secnotes-warm-pdf", () -> PdfRenderer.builder().build()
                .render(NoteTemplates.standard().localize(tiny, Language.EN), OutputStream.nullOutputStream()));
    }

    /** Something that may fail; in a warm-up the failure does not matter. */
    private interface Work {
        void run() throws Exception;
    }

    private static void background(String name, Work work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (Exception e) {
                // Ignored on purpose: see warmUp.
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Expands folders into their *.md files, in a stable order, reporting inputs that do not exist. */
    private List<Path> findSources(Report report) {
        List<Path> found = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().endsWith(".md"))
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(found::add);
                } catch (IOException | UncheckedIOException e) {
                    report.sourceFailed(input, "cannot list the folder: " + e.getMessage());
                }
            } else if (Files.isRegularFile(input)) {
                found.add(input);
            } else {
                report.sourceFailed(input, "no such file or folder");
            }
        }
        return found.stream().distinct().collect(Collectors.toList());
    }

    /** Reads every source in parallel, then joins the language versions of each note; keeps each note's files. */
    private Map<Note, List<Path>> readNotes(List<Path> sources, ExecutorService pool, Report report)
            throws InterruptedException {
        NoteReader reader = NoteReader.standard();
        List<Future<SourceFile>> reads = new ArrayList<>();
        for (Path source : sources) {
            reads.add(pool.submit(() -> reader.read(source)));
        }
        Map<String, List<SourceFile>> bySymbol = new TreeMap<>();
        for (int i = 0; i < sources.size(); i++) {
            Path source = sources.get(i);
            try {
                SourceFile file = reads.get(i).get();
                file.warnings().forEach(warning -> report.warn(source, warning));
                bySymbol.computeIfAbsent(file.metadata().primarySymbol().value(), k -> new ArrayList<>()).add(file);
            } catch (ExecutionException e) {
                report.sourceFailed(source, messageOf(e.getCause()));
            }
        }
        Map<Note, List<Path>> notes = new java.util.LinkedHashMap<>();
        for (List<SourceFile> versions : bySymbol.values()) {
            try {
                notes.put(NoteReader.assemble(versions), versions.stream().map(SourceFile::path).collect(Collectors.toList()));
            } catch (SourceException e) {
                for (SourceFile version : versions) {
                    report.sourceFailed(version.path(), e.getMessage());
                }
            }
        }
        return notes;
    }

    /** Renders every requested version of every note in every requested format, in parallel. */
    private void renderAll(SecNotes secnotes, Map<Note, List<Path>> notes, ExecutorService pool, Report report)
            throws InterruptedException {
        Set<OutputFormat> wanted = formats == null ? EnumSet.allOf(OutputFormat.class) : EnumSet.copyOf(formats);
        List<Callable<Path>> tasks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Map.Entry<Note, List<Path>> entry : notes.entrySet()) {
            Note note = entry.getKey();
            String from = entry.getValue().stream().map(Path::toString).collect(Collectors.joining(", "));
            for (Language language : note.languages()) {
                if (languages != null && !languages.contains(language)) {
                    continue;
                }
                for (OutputFormat format : wanted) {
                    tasks.add(() -> secnotes.renderTo(note, language, format, out));
                    // A failure names the output and the sources it came from.
                    names.add(SecNotes.fileName(note, language, format) + " (from " + from + ")");
                }
            }
            if (languages != null) {
                for (Language language : languages) {
                    if (note.version(language).isEmpty()) {
                        report.warn(null, note.metadata().primarySymbol() + " has no " + language.code()
                                + " version; skipped");
                    }
                }
            }
        }
        report.startRendering(tasks.size());
        List<Future<Path>> results = new ArrayList<>();
        for (Callable<Path> task : tasks) {
            results.add(pool.submit(task));
        }
        for (int i = 0; i < results.size(); i++) {
            try {
                report.rendered(results.get(i).get());
            } catch (ExecutionException e) {
                report.outputFailed(names.get(i), messageOf(e.getCause()));
            }
        }
    }

    private static String messageOf(Throwable failure) {
        if (failure instanceof SourceException) {
            return failure.getMessage();
        }
        String message = failure.getMessage();
        return message == null ? failure.getClass().getSimpleName() : message;
    }

    /** Parses a language code for picocli. */
    static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.fromCode(value);
        }
    }

    /** Parses a format name for picocli. */
    static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return OutputFormat.fromExtension(value);
        }
    }
}
