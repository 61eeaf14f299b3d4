package org.secnotes.beam;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.secnotes.core.Language;
import org.secnotes.render.OutputFormat;

/**
 * The batch as a runnable pipeline ({@code java -jar secnotes-beam.jar}):
 *
 * <pre>
 * java -jar secnotes-beam.jar --input=notes --output=out [--lang=en,es] [--format=md,pdf] [--runner=DirectRunner]
 * </pre>
 *
 * <p>Writes each file as the command line names it, the manifest as
 * {@code <output>/_manifest/manifest-00000-of-00001.jsonl} and the dead letters as
 * {@code <output>/_errors/dead-letters-00000-of-00001.jsonl}. Exits 0 only if there are no more
 * dead letters than {@code --maxFailures}; the good notes are written either way.
 */
public final class SecNotesPipeline {

    /** Where the manifest goes, inside the output folder. */
    public static final String MANIFEST_FOLDER = "_manifest";
    /** Where the dead letters go, inside the output folder. */
    public static final String ERRORS_FOLDER = "_errors";

    private SecNotesPipeline() {
    }

    /**
     * Runs the pipeline and exits with its status.
     *
     * @param args Beam-style options, such as {@code --input=notes --output=out}
     */
    public static void main(String[] args) {
        PipelineOptionsFactory.register(SecNotesPipelineOptions.class);
        SecNotesPipelineOptions options;
        try {
            options = PipelineOptionsFactory.fromArgs(args).withValidation().as(SecNotesPipelineOptions.class);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(run(options));
    }

    /**
     * Builds the pipeline, runs it to the end and reports.
     *
     * @param options the options
     * @return the exit status: 0 if the dead letters are within {@code --maxFailures}, 1 if not,
     *         2 if the options are wrong
     */
    public static int run(SecNotesPipelineOptions options) {
        RenderNotes render;
        try {
            render = RenderNotes.to(options.getOutput()).languages(languages(options.getLang()))
                    .formats(formats(options.getFormat()));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        Pipeline pipeline = Pipeline.create(options);
        build(pipeline, patterns(options.getInput()), options.getOutput(), render);
        PipelineResult result;
        try {
            result = pipeline.run();
            result.waitUntilFinish();
        } catch (RuntimeException e) {
            // Not a bad source (those are dead letters) but the run itself: an input that does not
            // exist, an unreachable store, a bundle that kept failing.
            System.err.println("error: the pipeline failed: " + rootMessage(e));
            return 1;
        }
        long written = counter(result, RenderNotes.RENDERED);
        long unchanged = counter(result, RenderNotes.UNCHANGED);
        long read = counter(result, RenderNotes.READ);
        long failed = counter(result, RenderNotes.FAILED);
        System.out.println(String.format(Locale.ROOT,
                "secnotes-beam: %d outputs (%d already up to date) from %d sources read; %d failed%s",
                written, unchanged, read, failed,
                failed == 0 ? "" : ", see " + options.getOutput() + "/" + ERRORS_FOLDER + "/"));
        return failed <= options.getMaxFailures() ? 0 : 1;
    }

    /**
     * The whole job: render, then write the manifest and the dead letters.
     *
     * @param pipeline the pipeline to add to
     * @param patterns file patterns to read
     * @param output   the output folder
     * @param render   the rendering transform, configured
     * @return what the rendering produced
     */
    public static RenderNotes.Result build(Pipeline pipeline, List<String> patterns, String output, RenderNotes render) {
        RenderNotes.Result result = pipeline.apply("Source patterns", Create.of(patterns)).apply("Render notes", render);
        result.written().apply("Manifest", WriteJsonLines.to(output + "/" + MANIFEST_FOLDER, "manifest"));
        result.failures().apply("Dead-letter file", WriteJsonLines.to(output + "/" + ERRORS_FOLDER, "dead-letters"));
        return result;
    }

    /**
     * Turns the {@code --input} list into file patterns: a folder on this machine, or any name
     * ending in '/', stands for every *.md file under it.
     *
     * @param input folders, files or globs separated by commas
     * @return the patterns
     */
    public static List<String> patterns(String input) {
        List<String> patterns = new ArrayList<>();
        for (String part : input.split(",")) {
            String spec = part.strip();
            if (spec.isEmpty()) {
                continue;
            }
            boolean folder = spec.endsWith("/")
                    || (SourceReading.isLocal(spec) && Files.isDirectory(Path.of(spec)));
            if (folder) {
                String base = SourceReading.isLocal(spec) ? Path.of(spec).toAbsolutePath().normalize() + "/" : spec;
                patterns.add(base + "**.md");
            } else {
                patterns.add(SourceReading.isLocal(spec) ? Path.of(spec).toAbsolutePath().normalize().toString() : spec);
            }
        }
        return patterns;
    }

    private static Set<Language> languages(String list) {
        Set<Language> set = EnumSet.noneOf(Language.class);
        for (String code : list.split(",")) {
            if (!code.isBlank()) {
                set.add(Language.fromCode(code));
            }
        }
        return set;
    }

    private static Set<OutputFormat> formats(String list) {
        Set<OutputFormat> set = EnumSet.noneOf(OutputFormat.class);
        for (String name : list.split(",")) {
            if (!name.isBlank()) {
                set.add(OutputFormat.fromExtension(name.strip()));
            }
        }
        return set;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** A counter's committed value, or its attempted one on runners that do not commit metrics. */
    static long counter(PipelineResult result, String name) {
        MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder()
                .addNameFilter(MetricNameFilter.named(RenderNotes.class, name)).build());
        long total = 0;
        for (MetricResult<Long> counter : metrics.getCounters()) {
            Long value;
            try {
                value = counter.getCommitted();
            } catch (UnsupportedOperationException e) {
                value = counter.getAttempted();
            }
            total += value == null ? 0 : value;
        }
        return total;
    }
}
