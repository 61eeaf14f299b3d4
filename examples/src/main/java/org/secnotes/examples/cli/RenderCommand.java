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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code secnotes render}: renders every note found in files and folders, or one source from
 * standard input, and reports what happened. The work itself is the library's
 * ({@link Batch}, {@link SecNotes}); this class parses arguments and reports.
 *
 * <p>The options are declared with picocli's programmatic API ({@link #spec()}) rather than its
 * annotations: reading annotations makes the JVM spin a proxy class for each annotation type and
 * reflect over every field, which cost a cold render about a tenth of a second before its first
 * note, and a class-data archive can hold neither.
 *
 * <p>Not thread-safe; each run builds one.
 */
final class RenderCommand implements Callable<Integer> {

    private static final String STANDARD_STREAM = "-";
    /** The reader refuses larger sources; reading one byte more lets it say so. */
    private static final int MAX_STDIN_BYTES = 4 * 1024 * 1024 + 1;

    private final SecNotesCommand parent;
    private final CommandSpec spec;

    /** The values parsed, read from {@link #spec} when the command runs. */
    private List<String> inputs;
    private String out;
    private List<Language> languages;
    private List<OutputFormat> formats;
    private int jobs;
    private int timeBudgetSeconds;
    private boolean quiet;

    /** @param parent the {@code secnotes} command, which holds the streams and the library */
    RenderCommand(SecNotesCommand parent) {
        this.parent = parent;
        this.spec = CommandSpec.wrapWithoutInspection(this)
                .name("render")
                .versionProvider(new SecNotesCommand.Version());
        spec.usageMessage().description(
                "Renders notes to <out>/<first symbol, '/' as '_'>.<lang>.<md|pdf>.",
                "Folders are searched for *.md sources, skipping hidden folders, build folders (target, build,",
                "node_modules) and the output folder. A bad source is reported and skipped; the exit status is",
                "0 only if every source rendered, 1 if any failed, 2 for a usage error.",
                "'-' as the input reads one source from standard input; with --out - and one --format its",
                "output goes to standard output.");
        spec.addPositional(PositionalParamSpec.builder().arity("1..*").required(true).paramLabel("<file or folder>")
                .type(List.class).auxiliaryTypes(String.class)
                .description("Sources (*.md) or folders of sources; '-' for standard input.").build());
        spec.addOption(OptionSpec.builder("-o", "--out").paramLabel("<dir>").type(String.class)
                .description("Output folder (created if needed); '-' for standard output.").build());
        spec.addOption(OptionSpec.builder("--lang").splitRegex(",").paramLabel("<lang>")
                .type(List.class).auxiliaryTypes(Language.class).converters(new Converters.LanguageConverter())
                .description("Languages to render, such as en,es (default: every language a note has).").build());
        spec.addOption(OptionSpec.builder("--format").splitRegex(",").paramLabel("<format>")
                .type(List.class).auxiliaryTypes(OutputFormat.class).converters(new Converters.FormatConverter())
                .description("Formats: md, pdf (default: all).").build());
        spec.addOption(OptionSpec.builder("--jobs").paramLabel("<n>").type(int.class)
                .initialValue(Runtime.getRuntime().availableProcessors()).hasInitialValue(true)
                .description("Notes worked on at once (default: the number of cores).").build());
        spec.addOption(OptionSpec.builder("--time-budget").paramLabel("<seconds>").type(int.class)
                .initialValue(60).hasInitialValue(true)
                .description("Longest time one note may take before it is reported as failed (default: ${DEFAULT-VALUE}).")
                .build());
        spec.addOption(OptionSpec.builder("-q", "--quiet").type(boolean.class).arity("0")
                .initialValue(false).hasInitialValue(true)
                .description("Print only errors and the summary.").build());
        // After the command's own, where picocli's mixin puts them (the completion script lists them in this order).
        SecNotesCommand.addStandardHelpOptions(spec);
    }

    /** @return the command's model, for the {@code secnotes} command to add */
    CommandSpec spec() {
        return spec;
    }

    /** Takes the parsed values from the model, where picocli has put them (or the initial ones). */
    private void readValues() {
        inputs = spec.positionalParameters().get(0).getValue();
        out = spec.findOption("--out").getValue();
        languages = orEmpty(spec.findOption("--lang").getValue());
        formats = orEmpty(spec.findOption("--format").getValue());
        jobs = spec.findOption("--jobs").getValue();
        timeBudgetSeconds = spec.findOption("--time-budget").getValue();
        quiet = spec.findOption("--quiet").getValue();
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    @Override
    public Integer call() throws InterruptedException {
        readValues();
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
        SecNotes secnotes = parent.library(Set.copyOf(formats));
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
