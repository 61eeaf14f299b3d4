package org.secnotes.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.secnotes.core.Language;
import org.secnotes.core.Note;
import org.secnotes.core.source.NoteReader;
import org.secnotes.core.source.SourceFile;
import org.secnotes.templates.LocalizedNote;
import org.secnotes.templates.NoteTemplates;

/**
 * What the templates cost a cold JVM: the sources are read first (untimed, so that the reader's
 * classes are not counted), then the time of loading the templates, of the first note localized,
 * of the first note in a second language, and of the same two again: the processor time of the
 * thread that does it (which a machine busy with other work does not inflate), then the wall
 * time. One run is one JVM: run it in many fresh JVMs, alternating the builds to compare, and
 * take medians.
 *
 * <pre>java -XX:TieredStopAtLevel=1 -cp secnotes.jar:secnotes-bench.jar \
 *     org.secnotes.examples.bench.TemplatesColdStart long-note.en.md long-note.es.md</pre>
 *
 * <p>Prints two lines, {@code cpu} and {@code wall}, each
 * {@code load <ms> first <ms> second-language <ms> again <ms> <ms>}. It uses only the library's
 * public interface, so the same class runs against an older secnotes.jar.
 */
public final class TemplatesColdStart {

    /** Records this thread's processor time and the wall clock as moment {@code i}. */
    private static void stamp(ThreadMXBean threads, long[] cpu, long[] wall, int i) {
        cpu[i] = threads.getCurrentThreadCpuTime();
        wall[i] = System.nanoTime();
    }

    private TemplatesColdStart() {
    }

    /**
     * @param args the source of the first note, then that of a note in a second language
     * @throws Exception if a source cannot be read
     */
    public static void main(String[] args) throws Exception {
        NoteReader reader = NoteReader.standard();
        SourceFile first = reader.read(Path.of(args[0]));
        SourceFile second = reader.read(Path.of(args[1]));
        Note firstNote = NoteReader.assemble(List.of(first));
        Note secondNote = NoteReader.assemble(List.of(second));
        Language firstLanguage = first.version().language();
        Language secondLanguage = second.version().language();

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[6];
        long[] wall = new long[6];
        stamp(threads, cpu, wall, 0);
        NoteTemplates templates = NoteTemplates.standard();
        stamp(threads, cpu, wall, 1);
        LocalizedNote a = templates.localize(firstNote, firstLanguage);
        stamp(threads, cpu, wall, 2);
        LocalizedNote b = templates.localize(secondNote, secondLanguage);
        stamp(threads, cpu, wall, 3);
        LocalizedNote c = templates.localize(firstNote, firstLanguage);
        stamp(threads, cpu, wall, 4);
        LocalizedNote d = templates.localize(secondNote, secondLanguage);
        stamp(threads, cpu, wall, 5);
        if (!a.equals(c) || !b.equals(d)) {
            throw new IllegalStateException("a note localized twice came out different");
        }
        print("cpu ", cpu);
        print("wall", wall);
    }

    private static void print(String what, long[] times) {
        System.out.printf("%s load %.2f first %.2f second-language %.2f again %.2f %.2f%n", what, ms(times[1] - times[0]),
                ms(times[2] - times[1]), ms(times[3] - times[2]), ms(times[4] - times[3]), ms(times[5] - times[4]));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
