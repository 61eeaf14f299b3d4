package org.secnotes.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bounds of {@link SourceLimits}, on inputs too long for a spec file. Each hostile input
 * below hung the reader or overflowed its stack before the bounds; the timeouts here only stop a
 * hang from stopping the build (speed is measured by core/src/bench/reading-bench.sh).
 */
class SourceBoundsTest {

    private static final NoteReader READER = NoteReader.standard();
    private static final Path FILE = Path.of("notes/note.en.md");
    private static final String FRONT = "---\nsymbol: A/80/1\ndate: 2025-01-01\nlanguage: en\noriginal: en\ntitle: T\n---\n";
    /** The line of the body's first line, after the seven lines of {@link #FRONT}. */
    private static final int BODY = 8;
    private static final Duration HANG = Duration.ofSeconds(60);

    private static SourceException refused(String source) {
        return assertTimeoutPreemptively(HANG, () -> assertThrows(SourceException.class, () -> READER.parse(source, FILE)));
    }

    private static String footnotes(int count) {
        StringBuilder text = new StringBuilder(FRONT);
        for (int i = 1; i <= count; i++) {
            text.append(i).append(". Text[^").append(i).append("].\n\n");
        }
        for (int i = 1; i <= count; i++) {
            text.append("[^").append(i).append("]: Note ").append(i).append(".\n\n");
        }
        return text.toString();
    }

    @Test
    void theMostFootnotesAllowedAreReadAndNumberedInOrder() {
        SourceFile file = assertTimeoutPreemptively(HANG, () -> READER.parse(footnotes(SourceLimits.MAX_FOOTNOTES), FILE));
        var footnotes = file.version().body().footnotes();
        assertEquals(SourceLimits.MAX_FOOTNOTES, footnotes.size());
        assertEquals("Note 1234.", org.secnotes.core.Inline.plainText(footnotes.get(1233).text()));
    }

    @Test
    void fiveThousandFootnotesAreRefusedAtTheFirstOneTooMany() {
        SourceException error = refused(footnotes(5_000));
        int line = BODY + 2 * 5_000 + 2 * SourceLimits.MAX_FOOTNOTES;
        assertEquals(FILE + ":" + line + ": more than 2000 footnotes; expected at most 2000 in one source", error.getMessage());
    }

    @Test
    void tensOfThousandsOfInlineTagsAreRefusedBeforeParsing() {
        SourceException error = refused(FRONT + "Intro.\n\n1. " + "<b>x</b>".repeat(20_000) + "\n");
        assertEquals(FILE + ":" + (BODY + 2) + ": the paragraph starting here holds more than 500 '<' (inline tags or"
                + " autolinks); expected at most 500 in one paragraph", error.getMessage());
    }

    @Test
    void aParagraphTooLongIsRefused() {
        SourceException error = refused(FRONT + "1. " + "word ".repeat(5_000) + "\n");
        assertEquals(FILE + ":" + BODY + ": this paragraph has 25001 characters; expected at most 20000 (split it)",
                error.getMessage());
    }

    @Test
    void aSymbolFollowedByManyDotsIsOneReference() {
        SourceFile file = assertTimeoutPreemptively(HANG,
                () -> READER.parse(FRONT + "1. See A/73/1" + ".".repeat(19_000) + "x.\n", FILE));
        assertEquals("P 1 | See {A/73/1 -> A/73/1}" + ".".repeat(19_000) + "x.",
                SourceSpecTest.dump(file.version().body().blocks(), file.version().body().footnotes()));
    }

    @Test
    void blockQuotesFiveThousandDeepAreRefused() {
        SourceException error = refused(FRONT + ">".repeat(5_000) + " Deep.\n");
        assertEquals(FILE + ":" + BODY + ": block quotes and lists nest more than 16 levels deep here; expected a few"
                + " levels at most", error.getMessage());
    }

    @Test
    void emphasisTwoThousandDeepIsRefused() {
        SourceException error = refused(FRONT + "1. " + "*a _b ".repeat(1_000) + "x" + " b_ a*".repeat(1_000) + "\n");
        assertEquals(FILE + ":" + BODY + ": emphasis, strong text and links nest more than 16 levels deep here;"
                + " expected a few levels at most", error.getMessage());
    }

    @Test
    void aYamlFlowListFiveThousandDeepIsRefused() {
        SourceException error = refused(FRONT.replace("title: T\n", "title: T\norgan: " + "[".repeat(5_000)
                + "]".repeat(5_000) + "\n"));
        assertEquals(FILE + ":7: the front matter nests lists and maps more than 8 levels deep; a note needs three at most",
                error.getMessage());
    }

    private static final String GUARD = ": the source nests too deeply to read; expected block quotes, lists, emphasis"
            + " and YAML nested a few levels at most";

    /**
     * The limits keep the reader's stack shallow, but its caller may have used most of the stack
     * already (an embedding program deep in its own calls, a small {@code -Xss}). The deepest
     * source the limits allow is read after ever more frames of the caller's own: each read
     * either gives the note or, once the stack runs out inside the reader, the guard's error
     * naming the file. (Where the caller leaves too little stack for even the guard to run, the
     * error reaches the caller unchanged: that is counted, not forbidden.)
     */
    @Test
    void aStackThatRunsOutWhileReadingIsThatSourcesError() throws Exception {
        String deepest = FRONT + ">".repeat(15) + " 1. " + "*a _b ".repeat(8) + "x" + " b_ a*".repeat(8) + "\n";
        READER.parse(deepest, FILE);             // within the limits: read at the usual stack
        java.util.Map<String, Integer> outcomes = new java.util.TreeMap<>();
        Thread caller = new Thread(null, () -> {
            for (int depth = 0; ; depth += 20) {
                String outcome;
                try {
                    outcome = readAfter(depth, deepest);
                } catch (StackOverflowError e) {
                    break;                        // the caller's own frames have filled the stack
                }
                outcomes.merge(outcome, 1, Integer::sum);
            }
        }, "caller", 1024 * 1024);
        caller.start();
        caller.join();
        assertTrue(outcomes.containsKey("read"), outcomes.toString());
        assertTrue(outcomes.containsKey("the guard's error"), "the stack ran out inside the reader: " + outcomes);
        assertTrue(java.util.Set.of("read", "the guard's error", "the caller's stack was too full for the guard")
                .containsAll(outcomes.keySet()), "no other outcome: " + outcomes);
    }

    /** Reads after {@code depth} frames of the caller's own. */
    private static String readAfter(int depth, String source) {
        if (depth > 0) {
            return readAfter(depth - 1, source);
        }
        try {
            READER.parse(source, FILE);
            return "read";
        } catch (SourceException e) {
            return e.getMessage().startsWith(FILE.toString()) && e.getMessage().endsWith(GUARD)
                    ? "the guard's error" : "refused: " + e.getMessage();
        } catch (StackOverflowError e) {
            return "the caller's stack was too full for the guard";
        }
    }
}
