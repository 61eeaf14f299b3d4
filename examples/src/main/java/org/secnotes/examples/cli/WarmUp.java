package org.secnotes.examples.cli;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.secnotes.SecNotes;
import org.secnotes.core.Language;
import org.secnotes.core.Note;
import org.secnotes.render.OutputFormat;

/**
 * The library of a render, built and warmed up on background threads while picocli reads the
 * arguments, so that a cold run's first note finds every stage loaded.
 *
 * <p>Two threads, each a step ahead of the run: one reads the library's built-in note (YAML,
 * Flexmark), which the run's first step, indexing the sources' front matter, needs next; the other
 * builds the library that the run waits for, then localizes a note built in code (ICU) and renders
 * it in the formats the run asks for (fonts, layout, PDFBox), the stages the real note reaches
 * later. Before, one thread
 * did it all after the library was built, and ran the same stages at the same moment as the real
 * note, contending with it for the same class initialisations.
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
        daemon("secnotes-warm-up-reading", SecNotes::warmUpNote);
        daemon("secnotes-warm-up", () -> {
            SecNotes secnotes;
            try {
                secnotes = SecNotes.standard();
            } catch (Throwable e) {
                // Never leave the run waiting; it builds its own and reports the failure.
                warmUp.built.completeExceptionally(e);
                return;
            }
            warmUp.built.complete(secnotes);
            Note warm = WarmUpNote.build();
            // Localizing needs no format: it is done while picocli may still be reading them.
            secnotes.localize(warm, Language.EN);
            secnotes.warmUp(warm, warmUp.formats.join());
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
