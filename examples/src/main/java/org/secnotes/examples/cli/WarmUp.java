package org.secnotes.examples.cli;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.secnotes.SecNotes;
import org.secnotes.core.Note;
import org.secnotes.render.OutputFormat;

/**
 * The library of a render, built and warmed up on background threads while picocli reads the
 * arguments, so that a cold run's first note finds every stage loaded.
 *
 * <p>One thread builds the library that the run waits for; as soon as the templates are loaded, a
 * second one localizes a note built in code (ICU's data and formatters: the longest part of the
 * cold start that must be done on one thread), and once the library is built the first renders
 * that note in the formats the run asks for, PDF first (fonts, layout, PDFBox). The note is not
 * read, so that none of this waits for the reader to load; the run's own first step, indexing the
 * sources' front matter, loads the reader. Before, one thread did it all after the library was
 * built, reading first, and so ran the same stages at the same moment as the real note, contending
 * with it for the same class initialisations.
 *
 * <p>Thread-safe.
 */
final class WarmUp {

    private final CompletableFuture<SecNotes> built = new CompletableFuture<>();
    private final CompletableFuture<Set<OutputFormat>> formats = new CompletableFuture<>();

    private WarmUp() {
    }

    /** @return a warm-up under way */
    static WarmUp start() {
        WarmUp warmUp = new WarmUp();
        daemon("secnotes-warm-up", () -> {
            Note note;
            SecNotes secnotes;
            try {
                note = WarmUpNote.build();
                secnotes = SecNotes.standard(note, localizing -> daemon("secnotes-warm-up-localizing", localizing));
            } catch (Throwable e) {
                // Never leave the run waiting; it builds its own and reports the failure.
                warmUp.built.completeExceptionally(e);
                return;
            }
            warmUp.built.complete(secnotes);
            secnotes.warmUp(note, warmUp.formats.join());
        });
        return warmUp;
    }

    /**
     * The library, once built, for a run that writes the given formats, which the warm-up then
     * renders its note in.
     *
     * @param wanted the formats the run writes; empty for all
     * @return the library; one built anew (on this thread, where its failure is reported) if the
     *     background thread failed to build it
     */
    SecNotes library(Set<OutputFormat> wanted) {
        formats.complete(wanted.isEmpty() ? EnumSet.allOf(OutputFormat.class) : Set.copyOf(wanted));
        try {
            return built.join();
        } catch (CompletionException e) {
            return SecNotes.standard();
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                // It only saves time; the real work reports its own failures.
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }
}
