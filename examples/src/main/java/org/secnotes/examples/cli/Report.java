package org.secnotes.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.secnotes.Problem;
import org.secnotes.batch.BatchListener;
import org.secnotes.batch.Summary;

/**
 * What the render command tells its user: errors and warnings as they happen, progress on a
 * terminal, and a summary at the end, always on a line of its own.
 *
 * <p>Thread-safe: the batch reports from its workers.
 */
final class Report implements BatchListener {
    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final PrintWriter out;
    private final boolean quiet;
    private final boolean terminal;
    private int total;
    private int done;
    /** Whether the cursor is at the end of a drawn progress bar, not at the start of a line. */
    private boolean barShown;

    /**
     * @param err      where errors, warnings and the progress bar go
     * @param out      where "wrote" lines and the summary go
     * @param quiet    print only errors and the summary
     * @param terminal draw a progress bar instead of one line per file
     */
    Report(PrintWriter err, PrintWriter out, boolean quiet, boolean terminal) {
        this.err = err;
        this.out = out;
        this.quiet = quiet;
        this.terminal = terminal;
    }

    @Override
    public synchronized void started(int sources, int outputs) {
        this.total = outputs;
        drawBar();
    }

    @Override
    public synchronized void written(Path file) {
        done++;
        if (terminal) {
            drawBar();
        } else if (!quiet) {
            out.println("wrote " + file);
            out.flush();
        }
    }

    @Override
    public synchronized void failed(Problem problem) {
        line("error: " + problem.message());
    }

    @Override
    public synchronized void warning(Problem problem) {
        if (!quiet) {
            line("warning: " + problem.message());
        }
    }

    /**
     * Prints the summary on a line of its own, after the finished bar.
     *
     * @param summary the counts
     * @param nanos   how long the run took
     */
    synchronized void summary(Summary summary, long nanos) {
        endBar();
        out.println(String.format(Locale.ROOT, "secnotes: %d of %s written from %s in %.1f s; %s failed, %s failed, %s",
                summary.written(), count(summary.planned(), "output"), count(summary.sources(), "source"), nanos / 1e9,
                count(summary.failedSources(), "source"), count(summary.failedOutputs(), "output"),
                count(summary.warnings(), "warning")));
        out.flush();
    }

    /**
     * @param n    a count
     * @param noun the singular noun
     * @return "1 source", "2 sources", "0 sources"
     */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A message on a line of its own: the bar is cleared first and drawn again after. */
    private void line(String message) {
        clearBar();
        err.println(message);
        err.flush();
        drawBar();
    }

    private boolean showsBar() {
        return terminal && !quiet && total > 0;
    }

    private void drawBar() {
        if (showsBar()) {
            int filled = BAR_WIDTH * done / total;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total);
            err.flush();
            barShown = true;
        }
    }

    private void clearBar() {
        if (barShown) {
            err.print("\r" + " ".repeat(BAR_WIDTH + 30) + "\r");
            err.flush();
            barShown = false;
        }
    }

    /** Leaves the finished bar in place and moves to a new line, so the summary starts on its own. */
    private void endBar() {
        if (barShown) {
            err.println();
            err.flush();
            barShown = false;
        }
    }
}
