package org.secnotes.examples.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.secnotes.core.Note;
import org.secnotes.core.source.NoteReader;
import org.secnotes.core.source.SourceFile;
import org.secnotes.templates.LocalizedNote;
import org.secnotes.templates.NoteTemplates;

/**
 * The baseline of the batch scripts ({@code examples/bench/batch.sh}, {@code cold-note.sh}): Apache
 * FOP rendering a folder of XSL-FO files to PDF files, as a careful FOP user would run a batch in
 * one JVM: a pool of threads, each with its own FOP factory (a factory shared by two threads
 * deadlocked in a cold start), taking the next file until none is left.
 *
 * <pre>
 * java -cp secnotes-bench.jar org.secnotes.examples.bench.FopBatch fo &lt;sources&gt; &lt;fo folder&gt;
 * java -cp secnotes-bench.jar org.secnotes.examples.bench.FopBatch render &lt;fo folder&gt; &lt;out&gt; &lt;threads&gt;
 * </pre>
 *
 * <p>{@code fo} is the untimed preparation: each source note, read and localized by secnotes,
 * written as the same XSL-FO the JMH baseline uses ({@link FopBaseline#toFo}), so that both
 * engines set the same content. {@code render} is what the scripts time, from a cold JVM.
 */
public final class FopBatch {

    private FopBatch() {
    }

    /**
     * @param args {@code fo <sources> <fo folder>} or {@code render <fo folder> <out> <threads>}
     * @throws Exception if a file cannot be read, set or written
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("fo")) {
            writeFo(Path.of(args[1]), Path.of(args[2]));
        } else if (args.length == 4 && args[0].equals("render")) {
            render(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
        } else {
            throw new IllegalArgumentException("usage: fo <sources> <fo folder> | render <fo folder> <out> <threads>");
        }
    }

    private static void writeFo(Path sources, Path folder) throws Exception {
        Files.createDirectories(folder);
        NoteReader reader = NoteReader.standard();
        NoteTemplates templates = NoteTemplates.standard();
        for (Path source : files(sources, ".md")) {
            SourceFile file = reader.read(source);
            Note note = NoteReader.assemble(List.of(file));
            LocalizedNote localized = templates.localize(note, file.version().language());
            String name = source.getFileName().toString().replaceAll("\\.md$", ".fo");
            Files.writeString(folder.resolve(name), FopBaseline.toFo(localized));
        }
    }

    private static void render(Path folder, Path out, int threads) throws Exception {
        Files.createDirectories(out);
        List<Path> fos = files(folder, ".fo");
        AtomicInteger next = new AtomicInteger();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    FopBaseline fop = new FopBaseline();
                    for (int i = next.getAndIncrement(); i < fos.size(); i = next.getAndIncrement()) {
                        Path fo = fos.get(i);
                        String name = fo.getFileName().toString().replaceAll("\\.fo$", ".pdf");
                        try (OutputStream pdf = new java.io.BufferedOutputStream(Files.newOutputStream(out.resolve(name)))) {
                            fop.render(Files.readString(fo), pdf);
                        }
                    }
                } catch (Exception | Error e) {
                    failures.add(e);
                }
            }, "fop-" + t);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("FOP failed", failures.get(0));
        }
        System.out.println("FOP rendered " + fos.size() + " files on " + threads + " threads");
    }

    private static List<Path> files(Path folder, String extension) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
        }
    }
}
