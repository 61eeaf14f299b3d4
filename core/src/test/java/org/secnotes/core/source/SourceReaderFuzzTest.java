package org.secnotes.core.source;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets for the source reader. The invariant: whatever the bytes, reading either gives a
 * source or fails with a {@link SourceException}; any other exception or error fails the target,
 * and so does a read slower than {@link #BOUND_MILLIS}.
 *
 * <p>In every build ({@code mvn -B verify}) each target replays the committed inputs under
 * {@code src/test/resources/org/secnotes/core/source/SourceReaderFuzzTestInputs/<target>/}: crashers
 * found before, kept as a regression corpus. A long fuzzing run, on one target at a time:
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl core test -Dtest=SourceReaderFuzzTest#body -Djazzer.hooks=true \
 *     -Djazzer.max_executions=1000000 -Djazzer.max_duration=2h -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Djazzer.internal.arg.0=fuzzer -Djazzer.internal.arg.1=-max_len=4096
 * </pre>
 * ({@code -max_len} keeps generated inputs small; libFuzzer would otherwise take the size of the
 * largest committed input.)
 * A crasher is written to the inputs folder above; commit it once it is fixed.
 */
class SourceReaderFuzzTest {

    private static final NoteReader READER = NoteReader.standard();

    /**
     * Generous: fuzz inputs are a few kilobytes, which the reader takes about a millisecond to
     * read; only super-linear work (a hang in the making) comes near it.
     */
    private static final long BOUND_MILLIS = 5_000;

    private static final byte[] FRONT = ("---\nsymbol: A/80/1\ndate: 2025-01-01\nlanguage: en\noriginal: en\n"
            + "title: T\n---\n").getBytes(StandardCharsets.UTF_8);

    static {
        // The first read loads (and, when fuzzing, instruments) the parsers' classes, which takes
        // seconds; it must not count against the bound of the first input.
        try {
            READER.read("warm-up.en.md", ("---\nsymbol: A/80/1\ndate: 2025-01-01\nlanguage: en\noriginal: en\n"
                    + "title: T\nagenda:\n  item: \"4\"\n  title: X\n---\n# I. H\n\n1. *a* **b** [c](https://x.org)"
                    + " A/1/2 <b>x</b> &amp;[^1]\n   - d\n\n> q\n\n    code\n\n[^1]: n\n").getBytes(StandardCharsets.UTF_8));
        } catch (SourceException e) {
            throw new IllegalStateException("the warm-up source must read", e);
        }
    }

    /** The body after a valid front matter, so that the fuzzer spends its time in the Markdown. */
    @FuzzTest
    void body(byte[] data) {
        byte[] source = new byte[FRONT.length + data.length];
        System.arraycopy(FRONT, 0, source, 0, FRONT.length);
        System.arraycopy(data, 0, source, FRONT.length, data.length);
        readWithinBound(source);
    }

    /** The front matter, then a fixed body: the YAML, its fields and their checks. */
    @FuzzTest
    void frontMatter(byte[] data) {
        byte[] open = "---\n".getBytes(StandardCharsets.UTF_8);
        byte[] close = "\n---\n1. Text.\n".getBytes(StandardCharsets.UTF_8);
        byte[] source = new byte[open.length + data.length + close.length];
        System.arraycopy(open, 0, source, 0, open.length);
        System.arraycopy(data, 0, source, open.length, data.length);
        System.arraycopy(close, 0, source, open.length + data.length, close.length);
        readWithinBound(source);
    }

    private static void readWithinBound(byte[] source) {
        long start = System.nanoTime();
        try {
            READER.read("fuzz.en.md", source);
        } catch (SourceException expected) {
            // A refusal with a message is a correct outcome.
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < BOUND_MILLIS, "reading took " + millis + " ms");
    }
}
