package org.secnotes.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the render command tells its user: errors as they happen, progress on a terminal, and a
 * summary at the end.
 *
 * <p>Thread-safe: workers report from any thread.
 */
final class Report {
    private final PrintWriter err;
    private final PrintWriter out;
    private final boolean quiet;
    private final boolean terminal;
    private final Set<Path> failedSources = new HashSet<>();
    private int failedOutputs;
    private int rendered;
    private int total;
    private int warnings;

    Report(PrintWriter err, PrintWriter out, boolean quiet, boolean terminal) {
        this.err = err;
        this.out = out;
        this.quiet = quiet;
        this.terminal = terminal;
    }

    synchronized void sourceFailed(Path source, String message) {
        failedSources.add(source);
        clearProgress();
        err.println("error: " + message);
        err.flush();
    }

    synchronized void outputFailed(String output, String message) {
        failedOutputs++;
        clearProgress();
        err.println("error: " + output + ": " + message);
        err.flush();
        progress();
    }

    synchronized void warn(Path source, String message) {
        warnings++;
        clearProgress();
        err.println("warning: " + (source == null ? "" : source + ": ") + message);
        err.flush();
    }

    synchronized void startRendering(int outputs) {
        this.total = outputs;
        progress();
    }

    synchronized void rendered(Path file) {
        rendered++;
        if (terminal) {
            progress();
        } else if (!quiet) {
            out.println("wrote " + file);
            out.flush();
        }
    }

    synchronized int failures() {
        return failedSources.size() + failedOutputs;
    }

    synchronized void summary(int sources, long nanos) {
        clearProgress();
        String line = String.format(Locale.ROOT,
                "secnotes: %d of %d outputs written from %d sources in %.1f s; %d sources failed, %d outputs failed, %d warnings",
                rendered, total, sources, nanos / 1e9, failedSources.size(), failedOutputs, warnings);
        out.println(line);
        out.flush();
    }

    /** A one-line progress bar, redrawn in place; only on a terminal, where it helps. */
    private void progress() {
        if (terminal && !quiet && total > 0) {
            int width = 30;
            int filled = width * rendered / total;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + rendered + "/" + total);
            err.flush();
        }
    }

    private void clearProgress() {
        if (terminal && !quiet && total > 0) {
            err.print("\r" + " ".repeat(50) + "\r");
        }
    }
}
