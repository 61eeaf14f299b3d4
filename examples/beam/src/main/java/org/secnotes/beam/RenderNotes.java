package org.secnotes.beam;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.secnotes.core.Language;
import org.secnotes.render.OutputFormat;

/**
 * Renders every note found under some file patterns, for use in any Beam pipeline: the sources
 * are listed, read and keyed by first symbol, grouped into notes, and each wanted language and
 * format is rendered and written into the output folder under the command line's names
 * ({@code <first symbol, '/' as '_'>.<lang>.<md|pdf>}).
 *
 * <pre>{@code
 * RenderNotes.Result result = pipeline
 *         .apply(Create.of("gs://archive/notes/A/**.md", "gs://archive/notes/E/**.md"))
 *         .apply(RenderNotes.to("gs://archive/out").using(SecNotesConfig.builder().paper(Paper.A4).build()));
 * result.written().apply(WriteJsonLines.to("gs://archive/out/_manifest", "manifest"));
 * result.failures().apply(WriteJsonLines.to("gs://archive/out/_errors", "dead-letters"));
 * }</pre>
 *
 * <p>Many patterns list in parallel; one pattern is listed by one worker. A bad source is not an
 * error of the pipeline: it comes out in {@link Result#failures()} with the message the command
 * line prints for it. Counters under this class: {@value #READ}, {@value #RENDERED},
 * {@value #UNCHANGED} and {@value #FAILED} (one per dead letter).
 *
 * <p>Immutable: each setter returns a new transform.
 */
public final class RenderNotes extends PTransform<PCollection<String>, RenderNotes.Result> {
    private static final long serialVersionUID = 1L;

    /** The counter of sources read. */
    public static final String READ = "read";
    /** The counter of files written or found already up to date. */
    public static final String RENDERED = "rendered";
    /** The counter of files found already holding their bytes, so not rewritten. */
    public static final String UNCHANGED = "unchanged";
    /** The counter of dead letters. */
    public static final String FAILED = "failed";

    static final TupleTag<KV<String, String>> KEYED = new TupleTag<>() {
        private static final long serialVersionUID = 1L;
    };
    static final TupleTag<String> WRITTEN = new TupleTag<>() {
        private static final long serialVersionUID = 1L;
    };
    static final TupleTag<String> FAILURES = new TupleTag<>() {
        private static final long serialVersionUID = 1L;
    };

    /** The output folder, a path or a URL. */
    private final String output;
    /** How each worker builds the facade. */
    private final SecNotesFactory factory;
    /** The languages to render; empty for all. */
    private final Set<Language> languages;
    /** The formats to render. */
    private final Set<OutputFormat> formats;

    private RenderNotes(String output, SecNotesFactory factory, Set<Language> languages, Set<OutputFormat> formats) {
        this.output = output;
        this.factory = factory;
        this.languages = languages;
        this.formats = formats;
    }

    /**
     * Renders into a folder, with the library's defaults, every language and both formats.
     *
     * @param output the output folder: a path, or a URL such as gs://bucket/out
     * @return the transform
     */
    public static RenderNotes to(String output) {
        return new RenderNotes(Objects.requireNonNull(output, "output"), SecNotesConfig.standard(),
                EnumSet.noneOf(Language.class), EnumSet.allOf(OutputFormat.class));
    }

    /**
     * Sets how the workers build the library's facade: paper, fonts, links, templates.
     *
     * @param value the factory, serialized to every worker
     * @return a transform using it
     */
    public RenderNotes using(SecNotesFactory value) {
        return new RenderNotes(output, Objects.requireNonNull(value, "factory"), languages, formats);
    }

    /**
     * Keeps only some languages.
     *
     * @param value the languages; empty for every language a note has (the default)
     * @return a transform rendering only those
     */
    public RenderNotes languages(Set<Language> value) {
        return new RenderNotes(output, factory, value.isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(value),
                formats);
    }

    /**
     * Keeps only some formats.
     *
     * @param value the formats, at least one
     * @return a transform rendering only those
     * @throws IllegalArgumentException if the set is empty
     */
    public RenderNotes formats(Set<OutputFormat> value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("no format to render; expected md, pdf or both");
        }
        return new RenderNotes(output, factory, languages, EnumSet.copyOf(value));
    }

    @Override
    public Result expand(PCollection<String> patterns) {
        PCollectionTuple read = patterns
                .apply("List sources", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW_IF_WILDCARD))
                .apply("Read and key by symbol", ParDo.of(new ReadSourceFn()).withOutputTags(KEYED, TupleTagList.of(FAILURES)));
        PCollectionTuple rendered = read.get(KEYED)
                .apply("Group versions", GroupByKey.create())
                .apply("Render and write", ParDo.of(new RenderNoteFn(factory, output, languages, formats))
                        .withOutputTags(WRITTEN, TupleTagList.of(FAILURES)));
        PCollection<String> failures = PCollectionList.of(read.get(FAILURES)).and(rendered.get(FAILURES))
                .apply("Dead letters", Flatten.pCollections());
        return new Result(patterns.getPipeline(), rendered.get(WRITTEN), failures);
    }

    /**
     * What {@link RenderNotes} produces: a manifest line per file written and a dead letter per
     * failure, both as JSON objects, one a string.
     */
    public static final class Result implements POutput {
        private final Pipeline pipeline;
        private final PCollection<String> written;
        private final PCollection<String> failures;

        private Result(Pipeline pipeline, PCollection<String> written, PCollection<String> failures) {
            this.pipeline = pipeline;
            this.written = written;
            this.failures = failures;
        }

        /** @return one {@code {symbol, lang, format, file, bytes, sha256, sources}} per file written */
        public PCollection<String> written() {
            return written;
        }

        /**
         * @return one dead letter per bad source ({@code {stage, file, line, field, reason, message}})
         *         or failed output ({@code {stage, output, sources, message}})
         */
        public PCollection<String> failures() {
            return failures;
        }

        @Override
        public Pipeline getPipeline() {
            return pipeline;
        }

        @Override
        public Map<TupleTag<?>, PValue> expand() {
            return Map.of(WRITTEN, written, FAILURES, failures);
        }

        @Override
        public void finishSpecifyingOutput(String transformName, PInput input, PTransform<?, ?> transform) {
            // Nothing to finish: both collections are complete outputs of their own transforms.
        }
    }
}
