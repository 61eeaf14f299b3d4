package org.secnotes.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secnotes.Problem;
import org.secnotes.SecNotes;
import org.secnotes.render.NoteRenderer;
import org.secnotes.render.RenderException;
import org.secnotes.render.markdown.MarkdownRenderer;
import org.secnotes.templates.LocalizedNote;

/** The batch on the library's side: budgets, failures that name their source, all-or-none versions. */
class BatchTest {

    @TempDir
    Path temp;

    /** Renders as Markdown does, then behaves as the text asks: for tests of what a batch does with it. */
    private static final class Scripted implements NoteRenderer {
        private final String extension;
        private final MarkdownRenderer markdown = MarkdownRenderer.builder().build();
        private final AtomicInteger running = new AtomicInteger();
        private final AtomicInteger mostAtOnce = new AtomicInteger();
        private final CountDownLatch release = new CountDownLatch(1);

        Scripted(String extension) {
            this.extension = extension;
        }

        @Override
        public String extension() {
            return extension;
        }

        @Override
        public void render(LocalizedNote note, OutputStream out) throws IOException {
            int now = running.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                markdown.render(note, bytes);
                String text = bytes.toString(StandardCharsets.UTF_8);
                if (text.contains("HANG")) {
                    release.await();
                }
                if (text.contains("DEEP")) {
                    throw new StackOverflowError();
                }
                if (text.contains("HUGE")) {
                    throw new OutOfMemoryError("Java heap space");
                }
                if (text.contains("NO-" + extension.toUpperCase())) {
                    throw new RenderException("no font draws U+E000 (line 9)");
                }
                Thread.sleep(20);
                bytes.writeTo(out);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            } finally {
                running.decrementAndGet();
            }
        }
    }

    private Path source(String name, String symbol, String text) throws IOException {
        Path file = temp.resolve("sources").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", "---", "symbol: " + symbol, "date: 2025-01-01", "language: en",
                "original: en", "organ: General Assembly", "title: " + text, "---", "1. " + text + ".", ""),
                StandardCharsets.UTF_8);
        return file;
    }

    private record Heard(List<String> failures, List<String> warnings, List<Path> written) implements BatchListener {
        Heard() {
            this(Collections.synchronizedList(new ArrayList<>()), Collections.synchronizedList(new ArrayList<>()),
                    Collections.synchronizedList(new ArrayList<>()));
        }

        @Override
        public void failed(Problem problem) {
            failures.add(problem.message());
        }

        @Override
        public void warning(Problem problem) {
            warnings.add(problem.message());
        }

        @Override
        public void written(Path file) {
            written.add(file);
        }
    }

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void aNoteOverItsTimeBudgetFailsAndTheBatchGoesOn() throws Exception {
        Scripted md = new Scripted("md");
        SecNotes secnotes = SecNotes.builder().markdown(md).pdf(new Scripted("pdf")).build();
        Path hanging = source("hangs.en.md", "A/1/1", "HANG");
        source("fine.en.md", "A/1/2", "Fine");
        Path out = temp.resolve("out");
        secnotes.warmUp(); // so that the good note, cold, is not the one over budget
        Heard heard = new Heard();
        Summary summary = Batch.builder(secnotes, out).jobs(1).timeBudget(Duration.ofSeconds(3))
                .listener(heard).build().run(List.of(temp.resolve("sources")));
        md.release.countDown();
        assertEquals(1, summary.failedSources());
        assertEquals(List.of(hanging + ": took longer than the 3 s budget for one note; skipped, the batch goes on"),
                heard.failures());
        assertEquals(List.of("A_1_2.en.md", "A_1_2.en.pdf"), names(out), "the note after it is written; nothing for it");
    }

    @Test
    void runningOutOfStackIsThatSourcesErrorInWords() throws Exception {
        SecNotes secnotes = SecNotes.builder().markdown(new Scripted("md")).pdf(new Scripted("pdf")).build();
        Path deep = source("deep.en.md", "A/1/1", "DEEP");
        source("fine.en.md", "A/1/2", "Fine");
        Heard heard = new Heard();
        Summary summary = Batch.builder(secnotes, temp.resolve("out")).listener(heard).build()
                .run(List.of(temp.resolve("sources")));
        assertEquals(1, heard.failures().size(), heard.failures().toString());
        String failure = heard.failures().get(0);
        assertTrue(failure.contains(deep.toString()), failure);
        assertTrue(failure.contains("ran out of stack"), failure);
        assertFalse(failure.contains("StackOverflowError"), failure);
        assertEquals(2, summary.written());
    }

    @Test
    void runningOutOfMemoryNamesTheSource() throws Exception {
        SecNotes secnotes = SecNotes.builder().markdown(new Scripted("md")).pdf(new Scripted("pdf")).build();
        Path huge = source("huge.en.md", "A/1/1", "HUGE");
        Heard heard = new Heard();
        Batch.builder(secnotes, temp.resolve("out")).listener(heard).build().run(List.of(huge));
        assertEquals(List.of("A_1_1.en.md and A_1_1.en.pdf (from " + huge + "): the md output failed: ran out of"
                + " memory (Java heap space) on this source; give the program more memory with -Xmx or split the"
                + " source; none of them was written"), heard.failures());
    }

    @Test
    void aVersionWhosePdfIsRefusedGetsNoMarkdownAndLosesItsEarlierOutputs() throws Exception {
        Path out = temp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("A_1_1.en.md"), "an earlier run's Markdown");
        Files.writeString(out.resolve("A_1_1.en.pdf"), "an earlier run's PDF");
        SecNotes secnotes = SecNotes.builder().markdown(new Scripted("md")).pdf(new Scripted("pdf")).build();
        Path source = source("refused.en.md", "A/1/1", "NO-PDF");
        Heard heard = new Heard();
        Summary summary = Batch.builder(secnotes, out).listener(heard).build().run(List.of(source));
        assertEquals(List.of(), names(out), "neither the new Markdown nor the stale outputs");
        assertEquals(List.of("A_1_1.en.md and A_1_1.en.pdf (from " + source + "): the pdf output failed:"
                + " no font draws U+E000 (line 9); none of them was written"), heard.failures());
        assertEquals(2, heard.warnings().size(), heard.warnings().toString());
        assertTrue(heard.warnings().get(0).endsWith("written by an earlier run; removed, so that it is not taken"
                + " for an output of this one"), heard.warnings().toString());
        assertEquals(2, summary.failedOutputs());
    }

    @Test
    void noMoreNotesAreWorkedOnAtOnceThanThereAreJobs() throws Exception {
        Scripted md = new Scripted("md");
        SecNotes secnotes = SecNotes.builder().markdown(md).pdf(new Scripted("pdf")).build();
        for (int i = 1; i <= 12; i++) {
            source("n" + i + ".en.md", "A/2/" + i, "Note " + i);
        }
        Summary summary = Batch.builder(secnotes, temp.resolve("out")).jobs(3).formats(java.util.Set.of(
                org.secnotes.render.OutputFormat.MARKDOWN)).build().run(List.of(temp.resolve("sources")));
        assertEquals(12, summary.written());
        assertTrue(md.mostAtOnce.get() <= 3, "at most 3 in flight, saw " + md.mostAtOnce.get());
        assertTrue(md.mostAtOnce.get() >= 2, "and they do run side by side, saw " + md.mostAtOnce.get());
    }
}
