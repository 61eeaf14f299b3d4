import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import org.secnotes.core.source.NoteReader;

/**
 * Times the source reader on inputs that grow: hostile ones (many footnotes, a symbol followed by
 * dots, many inline tags, deep nesting) against a baseline of plain paragraphs of the same size,
 * read in the same run. Prints milliseconds, and whether the input was read or refused.
 * Run with core/src/bench/reading-bench.sh.
 */
public final class ReadingBench {
    private static final String FRONT = "---\nsymbol: A/80/1\ndate: 2025-01-01\nlanguage: en\noriginal: en\ntitle: T\n---\n";
    private static final long LIMIT_SECONDS = Long.getLong("limit", 30);
    /** Each size is read this many times and the fastest read is shown, which filters out a busy machine. */
    private static final int REPEAT = Integer.getInteger("repeat", 1);

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "bench", 0);
            t.setDaemon(true);
            return t;
        });
        NoteReader reader = NoteReader.standard();
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[] {"plain paragraphs (baseline)", (IntFunction<String>) n -> {
            StringBuilder b = new StringBuilder(FRONT);
            for (int i = 1; i <= n; i++) b.append(i).append(". Text of a paragraph here.\n\n");
            return b.toString(); }});
        cases.add(new Object[] {"footnotes", (IntFunction<String>) n -> {
            StringBuilder b = new StringBuilder(FRONT);
            for (int i = 1; i <= n; i++) b.append(i).append(". Text[^").append(i).append("].\n\n");
            for (int i = 1; i <= n; i++) b.append("[^").append(i).append("]: Note.\n\n");
            return b.toString(); }});
        cases.add(new Object[] {"symbol then n*10 dots", (IntFunction<String>) n ->
            FRONT + "1. See A/1" + ".".repeat(n * 10) + "a\n"});
        cases.add(new Object[] {"n*5 inline tags", (IntFunction<String>) n ->
            FRONT + "1. " + "<b>x".repeat(n * 5) + "\n"});
        cases.add(new Object[] {"n*5 emphasis openers", (IntFunction<String>) n ->
            FRONT + "1. " + "*a ".repeat(n * 5) + "\n"});
        cases.add(new Object[] {"n*5 link openers", (IntFunction<String>) n ->
            FRONT + "1. " + "[a ".repeat(n * 5) + "\n"});
        cases.add(new Object[] {"block quotes n deep", (IntFunction<String>) n ->
            FRONT + ">".repeat(n) + " x\n"});
        cases.add(new Object[] {"emphasis n deep", (IntFunction<String>) n ->
            FRONT + "1. " + "*a _b ".repeat(n / 2) + "x" + " b_ a*".repeat(n / 2) + "\n"});
        cases.add(new Object[] {"YAML flow sequence n deep", (IntFunction<String>) n ->
            "---\nsymbol: A/80/1\ndate: 2025-01-01\nlanguage: en\noriginal: en\ntitle: T\norgan: "
                + "[".repeat(n) + "]".repeat(n) + "\n---\n1. x\n"});
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {500, 1000, 2000, 5000};
        // Warm-up, so that the first case does not pay for class loading and compilation.
        for (int i = 0; i < 20; i++) {
            try { reader.parse(((IntFunction<String>) cases.get(0)[1]).apply(500), null); } catch (Exception e) { }
        }
        System.out.printf("%-30s", "case \\ n");
        for (int n : sizes) System.out.printf("%16d", n);
        System.out.println();
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked") IntFunction<String> make = (IntFunction<String>) c[1];
            System.out.printf("%-30s", c[0]);
            boolean gaveUp = false;
            for (int n : sizes) {
                if (gaveUp) { System.out.printf("%16s", "-"); continue; }
                String text = make.apply(n);
                long best = Long.MAX_VALUE;
                String outcome = null;
                for (int r = 0; r < REPEAT && !gaveUp; r++) {
                long start = System.nanoTime();
                Future<String> run = pool.submit(() -> {
                    try { reader.parse(text, null); return "ok"; }
                    catch (Exception e) { return e.getClass().getSimpleName().equals("SourceException") ? "refused" : e.getClass().getSimpleName(); }
                    catch (StackOverflowError e) { return "SOE"; }
                });
                try {
                    outcome = run.get(LIMIT_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    gaveUp = true;
                    pool.shutdownNow();
                    pool = Executors.newSingleThreadExecutor(t0 -> { Thread t = new Thread(null, t0, "bench", 0); t.setDaemon(true); return t; });
                    break;
                }
                best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
                }
                System.out.printf("%16s", gaveUp ? ">" + LIMIT_SECONDS + " s" : best + " ms " + outcome);
            }
            System.out.println();
        }
        System.exit(0);
    }
}
