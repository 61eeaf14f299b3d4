import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.secnotes.core.source.NoteReader;
import org.secnotes.core.source.SourceException;

/**
 * What each input of a fuzz corpus costs the reader per byte, against plain running text of the
 * same size read in the same run: the body target's front matter, then the input, as
 * SourceReaderFuzzTest#body reads it. Prints the most expensive inputs first. CPU time of this
 * thread, the best of several reads, so that other work on the machine counts less.
 */
public class CorpusCost {

    private static final byte[] FRONT = "---\nsymbol: A/80/1\ndate: 2025-01-01\nlanguage: en\noriginal: en\ntitle: T\n---\n"
            .getBytes(StandardCharsets.UTF_8);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final NoteReader READER = NoteReader.standard();

    private static byte[] source(byte[] body) {
        byte[] source = new byte[FRONT.length + body.length];
        System.arraycopy(FRONT, 0, source, 0, FRONT.length);
        System.arraycopy(body, 0, source, FRONT.length, body.length);
        return source;
    }

    /** The least CPU time of {@code reads} reads, in nanoseconds. */
    private static long cpu(byte[] source, int reads) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < reads; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            try {
                READER.read("fuzz.en.md", source);
            } catch (SourceException refused) {
                // A refusal costs what it costs, as a read does.
            }
            best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
        }
        return best;
    }

    private static byte[] plain(int bytes) {
        String sentence = "The Working Group met and agreed on the text. ";
        return source(("1. " + sentence.repeat(bytes / sentence.length() + 1)).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(args[0]))) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        int shown = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        for (int warm = 0; warm < 3; warm++) {
            for (Path file : files) {
                cpu(source(Files.readAllBytes(file)), 1);
            }
        }
        List<String[]> rows = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (Path file : files) {
            byte[] source = source(Files.readAllBytes(file));
            byte[] plain = plain(source.length);
            double perByte = cpu(source, 9) / (double) source.length;
            double plainPerByte = cpu(plain, 9) / (double) plain.length;
            ratios.add(perByte / plainPerByte);
            rows.add(new String[] {String.format("%7.1fx", perByte / plainPerByte),
                String.format("%8d B", source.length - FRONT.length), String.format("%9.2f ms", perByte * source.length / 1e6),
                file.getFileName().toString()});
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(ratios.get(b), ratios.get(a)));
        System.out.println("per byte vs plain text     size   CPU (best of 9)  input");
        for (int i = 0; i < Math.min(shown, order.size()); i++) {
            System.out.println(String.join("  ", rows.get(order.get(i))));
        }
        System.exit(0);
    }
}
