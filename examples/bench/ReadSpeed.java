import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.secnotes.core.source.NoteReader;

/**
 * The processor time of reading one source (front matter, body, assembling the note) on one warm
 * thread: the source read again and again for a number of rounds of a few processor seconds
 * each; prints the best round's time per read, the figure least disturbed by other work on a
 * busy machine (the first rounds are the JIT's warm-up). Processor time of this thread only, so
 * waiting for a core does not count.
 *
 * <pre>java -cp examples/target/secnotes.jar examples/bench/ReadSpeed.java \
 *     examples/src/bench/resources/bench/long-note.en.md [seconds a round, default 3] [rounds, default 6]</pre>
 *
 * To compare two builds, run it with each build's jar in turn, interleaved.
 */
public class ReadSpeed {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String source = Files.readString(file, StandardCharsets.UTF_8);
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        NoteReader reader = NoteReader.standard();
        double best = Double.MAX_VALUE;
        Object sink = null;
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            long reads = 0;
            while (threads.getCurrentThreadCpuTime() - start < seconds * 1e9) {
                sink = NoteReader.assemble(List.of(reader.parse(source, file)));
                reads++;
            }
            best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 1e6 / reads);
        }
        System.out.printf(Locale.ROOT, "read %s (%,d characters): best of %d rounds %.3f processor ms a read%s%n",
                file, source.length(), rounds, best, sink == null ? "" : "");
    }
}
