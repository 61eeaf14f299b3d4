package org.secnotes.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader with too little heap: a JVM started with a small {@code -Xmx} reads the largest
 * source the limits allow (4 MiB). Each run either reads it or refuses it with the reader's own
 * error naming the file; none ends in a bare OutOfMemoryError. The heap is the child JVM's own,
 * so no other test shares the shortage.
 */
class ReaderHeapTest {

    @TempDir
    Path temp;

    /** The child: reads one file and prints what came of it. */
    public static void main(String[] args) {
        try {
            NoteReader.standard().read(Path.of(args[0]));
            System.out.println("read");
        } catch (SourceException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }

    @Test
    void runningOutOfHeapWhileReadingIsThatSourcesError() throws IOException, InterruptedException {
        String paragraph = "1. " + "The Working Group met and agreed on the text. ".repeat(400) + "\n\n";
        String front = "---\nsymbol: A/80/1\ndate: 2025-01-01\nlanguage: en\noriginal: en\ntitle: T\n---\n";
        Path source = temp.resolve("big.en.md");
        Files.writeString(source, front + paragraph.repeat((int) ((SourceLimits.MAX_BYTES - front.length())
                / paragraph.length())), StandardCharsets.UTF_8);
        String guard = "refused: " + source + ": the memory ran out while reading this source; expected a source far"
                + " below " + SourceLimits.MAX_BYTES + " bytes, or give Java more memory (-Xmx)";
        Map<String, String> outcomes = new TreeMap<>();
        for (String heap : List.of("12m", "16m", "20m", "256m")) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                    ReaderHeapTest.class.getName(), source.toString()));
            Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertEquals(0, child.waitFor(), heap + ": " + output);
            assertTrue(output.equals("read") || output.equals(guard), heap + ": " + output);
            outcomes.put(heap, output.equals("read") ? "read" : "the guard's error");
        }
        assertEquals("read", outcomes.get("256m"), outcomes.toString());
        assertTrue(outcomes.containsValue("the guard's error"), "the heap ran out in the reader: " + outcomes);
    }
}
