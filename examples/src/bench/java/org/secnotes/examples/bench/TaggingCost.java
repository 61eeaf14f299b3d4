package org.secnotes.examples.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.secnotes.render.pdf.PdfRenderer;
import org.secnotes.templates.LocalizedNote;

/**
 * What tagging costs in CPU time, for a machine too busy for JMH's wall-clock figures: renders the
 * benchmark note tagged and untagged in turn on one thread, alternating which goes first, and
 * prints the CPU time per note of each over the second half of the rounds (the first half warms
 * the JIT). {@code java -cp secnotes-bench.jar org.secnotes.examples.bench.TaggingCost [rounds]}.
 * {@link PdfBenchmark} ({@code secnotes} against {@code secnotesUntagged}) is the measure on a
 * quiet machine.
 */
public final class TaggingCost {

    private TaggingCost() {
    }

    /**
     * @param args the number of rounds, 600 by default
     * @throws Exception if a render fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        LocalizedNote note = PdfBenchmark.longNote("en");
        PdfRenderer[] renderers = {PdfRenderer.builder().build(), PdfRenderer.builder().tagged(false).build()};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[2];
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < 2; k++) {
                int which = (round + k) % 2;
                long start = threads.getCurrentThreadCpuTime();
                renderers[which].render(note, new ByteArrayOutputStream(128 * 1024));
                if (round >= rounds / 2) {
                    cpu[which] += threads.getCurrentThreadCpuTime() - start;
                }
            }
        }
        int measured = rounds - rounds / 2;
        System.out.printf("CPU time per note over the last %d rounds: tagged %.2f ms, untagged %.2f ms, ratio %.3f%n",
                measured, cpu[0] / 1e6 / measured, cpu[1] / 1e6 / measured, (double) cpu[0] / cpu[1]);
    }
}
