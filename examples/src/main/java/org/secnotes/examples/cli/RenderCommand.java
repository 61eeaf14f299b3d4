package org.secnotes.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.secnotes.Problem;
import org.secnotes.Reading;
import org.secnotes.SecNotes;
import org.secnotes.batch.Batch;
import org.secnotes.batch.Summary;
import org.secnotes.core.Language;
import org.secnotes.core.Note;
import org.secnotes.render.OutputFiles;
import org.secnotes.render.OutputFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code secnotes render}: renders every note found in files and folders, or one source from
 * standard input, and reports what happened. The work itself is the library's
 * ({@link Batch}, {@link SecNotes}); this class parses arguments and reports.
 *
 * <p>Not thread-safe; picocli builds one per run.
 */
@Command(name = "render",
        mixinStandardHelpOptions = true,
        versionProvider = SecNotesCommand.Version.class,
        description = {
            "Renders notes to <out>/<first symbol, '/' as '_'>.<lang>.<md|pdf>.",
            "Folders are searched for *.md sources, skipping hidden folders, build folders (target, build,",
            "node_modules) and the output folder. A bad source is reported and skipped; the exit status is",
            "0 only if every source rendered, 1 if any failed, 2 for a usage error.",
            "'-' as the input reads one source from standard input; with --out - and one --format its",
            "output goes to standard output."})
final class RenderCommand implements Callable<Integer> {

    private static final String STANDARD_STREAM = "-";
    /** The reader refuses larger sources; reading one byte more lets it say so. */
    private static final int MAX_STDIN_BYTES = 4 * 1024 * 1024 + 1;

    @Parameters(arity = "1..*", paramLabel = "<file or folder>",
            description = "Sources (*.md) or folders of sources; '-' for standard input.")
    private List<String> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "<dir>",
            description = "Output folder (created if needed); '-' for standard output.")
    private String out;

    @Option(names = "--lang", split = ",", paramLabel = "<lang>", converter = Converters.LanguageConverter.class,
            description = "Languages to render, such as en,es (default: every language a note has).")
    private List<Language> languages = List.of();

    @Option(names = "--format", split = ",", paramLabel = "<format>", converter = Converters.FormatConverter.class,
            description = "Formats: md, pdf (default: all).")
    private List<OutputFormat> formats = List.of();

    @Option(names = "--jobs", paramLabel = "<n>", description = "Notes worked on at once (default: the number of cores).")
    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--time-budget", paramLabel = "<seconds>",
            description = "Longest time one note may take before it is reported as failed (default: ${DEFAULT-VALUE}).")
    private int timeBudgetSeconds = 60;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and the summary.")
    private boolean quiet;

    @CommandLine.ParentCommand
    private SecNotesCommand parent;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        CommandLine commandLine = spec.commandLine();
        for (String input : inputs) {
            if (input.startsWith("-") && !input.equals(STANDARD_STREAM) && !Files.exists(Path.of(input))) {
                throw new CommandLine.UnmatchedArgumentException(commandLine, List.of(input));
            }
        }
        if (out == null) {
            throw new CommandLine.ParameterException(commandLine,
                    "Missing required option '--out=<dir>': name the folder the outputs go to");
        }
        if (jobs < 1) {
            throw new CommandLine.ParameterException(commandLine, "--jobs must be 1 or more, not " + jobs);
        }
        if (timeBudgetSeconds < 1) {
            throw new CommandLine.ParameterException(commandLine,
                    "--time-budget must be 1 second or more, not " + timeBudgetSeconds);
        }
        boolean fromStdin = inputs.contains(STANDARD_STREAM);
        if (fromStdin && inputs.size() > 1) {
            throw new CommandLine.ParameterException(commandLine,
                    "'-' (standard input) holds one source and must be the only input");
        }
        boolean toStdout = out.equals(STANDARD_STREAM);
        if (toStdout && (!fromStdin || Set.copyOf(formats).size() != 1)) {
            throw new CommandLine.ParameterException(commandLine, "--out - writes a single output to standard"
                    + " output: give '-' as the only input and one --format (md or pdf)");
        }
        PrintWriter err = commandLine.getErr();
        // With --out -, standard output carries the document and nothing else.
        Report report = new Report(err, toStdout ? err : commandLine.getOut(), quiet, parent.isTerminal());
        SecNotes secnotes = parent.library();
        try {
            return fromStdin ? renderStandardInput(secnotes, report, toStdout) : renderBatch(secnotes, report);
        } catch (IOException e) {
            report.failed(new Problem(List.of(), "--out " + Problem.describe(e)));
            return 1;
        }
    }

    private int renderBatch(SecNotes secnotes, Report report) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Batch batch = Batch.builder(secnotes, Path.of(out))
                .languages(Set.copyOf(languages))
                .formats(Set.copyOf(formats))
                .jobs(jobs)
                .timeBudget(Duration.ofSeconds(timeBudgetSeconds))
                .listener(report)
                .build();
        Summary summary = batch.run(inputs.stream().map(Path::of).toList());
        report.summary(summary, System.nanoTime() - started);
        return summary.succeeded() ? 0 : 1;
    }

    /** One source from standard input, to a folder or to standard output; nothing is written if it fails. */
    private int renderStandardInput(SecNotes secnotes, Report report, boolean toStdout) throws IOException {
        String text = new String(parent.standardInput().readNBytes(MAX_STDIN_BYTES), StandardCharsets.UTF_8);
        Reading reading = secnotes.parse(text, "<stdin>");
        reading.warnings().forEach(report::warning);
        reading.failures().forEach(report::failed);
        if (reading.notes().isEmpty()) {
            return 1;
        }
        Note note = reading.notes().get(0).note();
        Language language = note.languages().get(0);
        if (!languages.isEmpty() && !languages.contains(language)) {
            report.failed(new Problem(List.of(), "<stdin>: the source is in " + language.code()
                    + ", which --lang does not ask for; nothing was written"));
            return 1;
        }
        Set<OutputFormat> wanted = formats.isEmpty() ? secnotes.formats() : EnumSet.copyOf(formats);
        Map<Path, OutputFiles.Content> files = new LinkedHashMap<>();
        for (OutputFormat format : wanted) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            secnotes.render(note, language, format, bytes);
            if (toStdout) {
                parent.standardOutput().write(bytes.toByteArray());
                parent.standardOutput().flush();
                return 0;
            }
            files.put(Path.of(out).resolve(SecNotes.fileName(note, language, format)), o -> bytes.writeTo(o));
        }
        Batch.prepareOutputFolder(Path.of(out));
        OutputFiles.writeAllOrNone(files);
        files.keySet().forEach(report::written);
        return 0;
    }
}
