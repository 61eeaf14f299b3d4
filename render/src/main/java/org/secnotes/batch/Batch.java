package org.secnotes.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.secnotes.Problem;
import org.secnotes.SecNotes;
import org.secnotes.core.Language;
import org.secnotes.render.OutputFiles;
import org.secnotes.render.OutputFormat;

/**
 * A batch run: every note found in files and folders, rendered into one output folder, with
 * memory that stays flat however many sources there are.
 *
 * <p>It works in two passes. The first reads only each source's front matter and groups the files
 * into notes by first symbol. The second takes the notes one by one, with at most {@code jobs}
 * in flight: reads the note's versions, renders each requested version in every requested format
 * into memory, and writes a version's outputs all together or not at all. A source or note that
 * fails is reported and the rest go on; each note has a time budget, after which it is reported
 * as failed and the batch goes on without waiting for it.
 *
 * <p>Outputs never replace a source of the run (compared by file identity, so links and other
 * spellings are caught), and when a version fails, its outputs of an earlier run are removed, with
 * a warning, so that they are not taken for this run's.
 *
 * <p>Immutable and thread-safe; each {@link #run} is independent.
 */
public final class Batch {

    private final SecNotes secnotes;
    private final Path outputFolder;
    private final Set<Language> languages;
    private final Set<OutputFormat> formats;
    private final int jobs;
    private final Duration timeBudget;
    private final BatchListener listener;

    private Batch(Builder builder) {
        this.secnotes = builder.secnotes;
        this.outputFolder = builder.outputFolder;
        this.languages = builder.languages.isEmpty() ? EnumSet.allOf(Language.class) : EnumSet.copyOf(builder.languages);
        this.formats = builder.formats.isEmpty() ? EnumSet.copyOf(secnotes.formats()) : EnumSet.copyOf(builder.formats);
        this.jobs = builder.jobs;
        this.timeBudget = builder.timeBudget;
        this.listener = builder.listener;
    }

    /**
     * Starts a batch.
     *
     * @param secnotes     the pipeline to use
     * @param outputFolder where outputs go; created if needed
     * @return a builder with every language, every format, one job per core and a budget of
     *         one minute per note
     */
    public static Builder builder(SecNotes secnotes, Path outputFolder) {
        return new Builder(secnotes, outputFolder);
    }

    /**
     * Runs the batch: finds the sources, then reads, renders and writes note by note.
     *
     * @param inputs source files and folders
     * @return the counts
     * @throws IOException          if the output folder cannot be made or written (the message
     *                              names it and says why)
     * @throws InterruptedException if the calling thread is interrupted; no temporary file stays
     */
    public Summary run(List<Path> inputs) throws IOException, InterruptedException {
        prepareOutputFolder(outputFolder);
        Run run = new Run();
        for (Path removed : OutputFiles.sweep(outputFolder)) {
            run.warn(new Problem(List.of(removed), removed + ": a temporary file an interrupted run left; removed"));
        }
        SourceFinder.Found found = SourceFinder.find(inputs, outputFolder);
        found.failures().forEach(run::fail);
        found.warnings().forEach(run::warn);
        for (SourceFinder.Source source : found.sources()) {
            run.sourceIdentities.add(source.identity());
        }
        SourceIndex.Index index = SourceIndex.build(secnotes, found.sources());
        index.failures().forEach(run::fail);
        int planned = 0;
        for (SourceIndex.Group group : index.groups()) {
            planned += (int) group.entries().stream().filter(e -> languages.contains(e.language())).count()
                    * formats.size();
        }
        listener.started(found.sources().size(), planned);
        run.renderAll(index.groups());
        return new Summary(found.sources().size(), planned, run.written, run.failedSources.size(),
                run.failedOutputs, run.warnings);
    }

    /**
     * Makes sure a folder can take outputs, creating it if needed.
     *
     * @param folder the output folder
     * @throws IOException naming the folder and saying why it cannot be used
     */
    public static void prepareOutputFolder(Path folder) throws IOException {
        if (Files.isSymbolicLink(folder) && !Files.exists(folder)) {
            throw new IOException(folder + " is a symbolic link to " + Files.readSymbolicLink(folder)
                    + ", which does not exist");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException(folder + " is " + (Files.isRegularFile(folder) ? "a file" : FileKinds.describe(folder))
                    + ", not a folder; name a folder for the outputs");
        }
        try {
            Files.createDirectories(folder);
        } catch (AccessDeniedException e) {
            throw new IOException(folder + " cannot be created: permission denied on " + e.getFile());
        } catch (FileSystemException e) {
            for (Path above = folder.toAbsolutePath().getParent(); above != null; above = above.getParent()) {
                if (Files.exists(above) && !Files.isDirectory(above)) {
                    throw new IOException(folder + " cannot be created: " + above + " is a file, not a folder");
                }
            }
            throw new IOException(folder + " cannot be created: " + Problem.describe(e));
        }
        if (!Files.isWritable(folder)) {
            throw new IOException(folder + " cannot be written: permission denied");
        }
    }

    /** The state of one run, shared by its workers. */
    private final class Run {
        final Set<Object> sourceIdentities = new HashSet<>();
        final Set<Path> failedSources = new HashSet<>();
        int written;
        int failedOutputs;
        int warnings;

        synchronized void fail(Problem problem) {
            failedSources.addAll(problem.sources());
            listener.failed(problem);
        }

        synchronized void failOutputs(Problem problem, int outputs) {
            failedOutputs += outputs;
            listener.failed(problem);
        }

        synchronized void warn(Problem problem) {
            warnings++;
            listener.warning(problem);
        }

        synchronized void wrote(Path file) {
            written++;
            listener.written(file);
        }

        void renderAll(List<SourceIndex.Group> groups) throws InterruptedException {
            Semaphore inFlight = new Semaphore(jobs);
            ExecutorService workers = Executors.newCachedThreadPool(daemon("secnotes-render"));
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("secnotes-time-budget"));
            try {
                for (SourceIndex.Group group : groups) {
                    inFlight.acquire();
                    AtomicBoolean settled = new AtomicBoolean();
                    ScheduledFuture<?> deadline = timer.schedule(() -> {
                        if (settled.compareAndSet(false, true)) {
                            fail(new Problem(group.paths(), String.join(", ", names(group)) + ": took longer than the "
                                    + seconds(timeBudget) + " s budget for one note; skipped, the batch goes on"));
                            removeEarlierOutputs(group);
                            inFlight.release();
                        }
                    }, timeBudget.toMillis(), TimeUnit.MILLISECONDS);
                    workers.execute(() -> {
                        NoteWork work = new NoteWork(group);
                        work.prepare();
                        if (settled.compareAndSet(false, true)) {
                            deadline.cancel(false);
                            try {
                                work.publish();
                            } finally {
                                inFlight.release();
                            }
                        }
                    });
                }
                inFlight.acquire(jobs);
            } finally {
                workers.shutdownNow();
                timer.shutdownNow();
            }
        }

        /** One note's work: prepared in memory off the lock, then published (written and reported). */
        private final class NoteWork {
            private final SourceIndex.Group group;
            private final List<Problem> warningsFound = new ArrayList<>();
            private final List<Problem> failuresFound = new ArrayList<>();
            private final List<VersionOutputs> versions = new ArrayList<>();

            NoteWork(SourceIndex.Group group) {
                this.group = group;
            }

            void prepare() {
                try {
                    VersionOutputs.prepare(secnotes, group, languages, formats, outputFolder,
                            versions, failuresFound, warningsFound);
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    failuresFound.add(new Problem(group.paths(), String.join(", ", names(group)) + ": "
                            + Problem.describe(e)));
                }
            }

            void publish() {
                warningsFound.forEach(Run.this::warn);
                failuresFound.forEach(Run.this::fail);
                if (!failuresFound.isEmpty()) {
                    removeEarlierOutputs(group);
                }
                for (VersionOutputs version : versions) {
                    Problem refused = version.failure() != null ? version.failure() : refusal(version);
                    if (refused == null) {
                        try {
                            OutputFiles.writeAllOrNone(version.contents());
                            version.files().forEach(Run.this::wrote);
                            continue;
                        } catch (IOException e) {
                            refused = version.failed(Problem.describe(e));
                        }
                    }
                    failOutputs(refused, version.files().size());
                    removeEarlier(version.files());
                }
            }
        }

        /** @return why a version's outputs must not be written: one of them is a source of the run */
        private Problem refusal(VersionOutputs version) {
            for (Path target : version.files()) {
                if (sourceIdentities.contains(SourceFinder.identityOrNull(target))) {
                    return version.failed(target + " is a source of this run; an output never replaces a"
                            + " source: choose an output folder apart from the sources");
                }
            }
            return null;
        }

        private void removeEarlierOutputs(SourceIndex.Group group) {
            for (SourceIndex.Entry entry : group.entries()) {
                if (languages.contains(entry.language())) {
                    removeEarlier(VersionOutputs.targets(outputFolder, group.symbol(), entry.language(), formats));
                }
            }
        }

        /** Removes outputs an earlier run left for a version this run could not write. */
        private void removeEarlier(List<Path> targets) {
            for (Path target : targets) {
                if (Files.isRegularFile(target) && !sourceIdentities.contains(SourceFinder.identityOrNull(target))) {
                    try {
                        Files.delete(target);
                        warn(new Problem(List.of(), target + ": written by an earlier run; removed, so that it is"
                                + " not taken for an output of this one"));
                    } catch (IOException e) {
                        warn(new Problem(List.of(), target + ": written by an earlier run and not current, but it"
                                + " could not be removed (" + Problem.describe(e) + ")"));
                    }
                }
            }
        }
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
    }

    private static List<String> names(SourceIndex.Group group) {
        return group.paths().stream().map(Path::toString).toList();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Builds a {@link Batch}. Not thread-safe: use one builder on one thread.
     */
    public static final class Builder {
        private final SecNotes secnotes;
        private final Path outputFolder;
        private Set<Language> languages = Set.of();
        private Set<OutputFormat> formats = Set.of();
        private int jobs = Runtime.getRuntime().availableProcessors();
        private Duration timeBudget = Duration.ofMinutes(1);
        private BatchListener listener = new BatchListener() { };

        private Builder(SecNotes secnotes, Path outputFolder) {
            this.secnotes = Objects.requireNonNull(secnotes, "secnotes");
            this.outputFolder = Objects.requireNonNull(outputFolder, "outputFolder");
        }

        /**
         * Sets the languages to render.
         *
         * @param value the languages; empty for every language a note has
         * @return this builder
         */
        public Builder languages(Set<Language> value) {
            this.languages = Set.copyOf(value);
            return this;
        }

        /**
         * Sets the formats to write.
         *
         * @param value the formats; empty for every format the pipeline has
         * @return this builder
         */
        public Builder formats(Set<OutputFormat> value) {
            this.formats = Set.copyOf(value);
            return this;
        }

        /**
         * Sets how many notes are worked on at once, which bounds memory as well as threads.
         *
         * @param value 1 or more
         * @return this builder
         */
        public Builder jobs(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("jobs must be 1 or more, not " + value);
            }
            this.jobs = value;
            return this;
        }

        /**
         * Sets how long one note may take to read and render before it is reported as failed.
         *
         * @param value a positive duration
         * @return this builder
         */
        public Builder timeBudget(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("the time budget must be positive, not " + value);
            }
            this.timeBudget = value;
            return this;
        }

        /**
         * Sets who hears about progress and problems.
         *
         * @param value a thread-safe listener
         * @return this builder
         */
        public Builder listener(BatchListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /** @return the batch */
        public Batch build() {
            return new Batch(this);
        }
    }
}
