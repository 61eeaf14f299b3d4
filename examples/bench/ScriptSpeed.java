import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.secnotes.core.Note;
import org.secnotes.core.source.NoteReader;
import org.secnotes.core.source.SourceFile;
import org.secnotes.render.pdf.PdfRenderer;
import org.secnotes.templates.LocalizedNote;
import org.secnotes.templates.NoteTemplates;

/**
 * The time of one Arabic and one Chinese page against one English page, in one JVM and one run:
 * the example note (one page in each language) rendered to PDF in turn, round after round, after
 * a warm-up; prints the median time per page and the ratios to English. Run it through
 * examples/bench/script-speed.sh, which builds the CLI jar and also times cold starts.
 */
public class ScriptSpeed {
    public static void main(String[] args) throws Exception {
        Path notes = Path.of(args.length > 0 ? args[0] : "examples/notes");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        PdfRenderer renderer = PdfRenderer.builder().build();
        Map<String, LocalizedNote> byLanguage = new LinkedHashMap<>();
        for (String language : List.of("en", "ar", "zh")) {
            Path source = notes.resolve("cop-working-groups." + language + ".md");
            SourceFile file = NoteReader.standard().parse(Files.readString(source, StandardCharsets.UTF_8), source);
            Note note = NoteReader.assemble(List.of(file));
            byLanguage.put(language, NoteTemplates.standard().localize(note, file.version().language()));
        }
        Map<String, long[]> times = new LinkedHashMap<>();
        byLanguage.keySet().forEach(language -> times.put(language, new long[rounds]));
        for (int round = -rounds / 2; round < rounds; round++) {          // the first half warms up
            for (Map.Entry<String, LocalizedNote> entry : byLanguage.entrySet()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 17);
                long start = System.nanoTime();
                renderer.render(entry.getValue(), out);
                long took = System.nanoTime() - start;
                if (round >= 0) {
                    times.get(entry.getKey())[round] = took;
                }
            }
        }
        double english = median(times.get("en"));
        for (Map.Entry<String, long[]> entry : times.entrySet()) {
            double median = median(entry.getValue());
            System.out.printf(Locale.ROOT, "%s: median %.2f ms a page, %.2fx English%n", entry.getKey(),
                    median / 1e6, median / english);
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
