package org.secnotes.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secnotes.SecNotes;
import org.secnotes.core.Language;
import org.secnotes.core.Note;
import org.secnotes.render.OutputFormat;

/**
 * The Spanish example, rendered to Markdown by the whole pipeline, holds every text line of the
 * real document it was made from (the seed), in the same order. Only whitespace, Markdown escapes
 * and links may differ: the seed's links point nowhere ("#") and cover a joint symbol whole where
 * we link each part, and it breaks the bold agenda title over several lines where we write one.
 */
class SeedTest {

    @Test
    void spanishExampleHoldsEverySeedLineInOrder() throws Exception {
        SecNotes secnotes = SecNotes.standard();
        Note note = secnotes.read(List.of(Path.of("notes/cop-working-groups.es.md")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        secnotes.render(note, Language.ES, OutputFormat.MARKDOWN, out);

        assertEquals(List.of(), missingInOrder(seed(), out.toString(StandardCharsets.UTF_8)));
    }

    private static String seed() throws IOException {
        try (InputStream in = SeedTest.class.getResourceAsStream("/seed.es.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The seed lines that cannot be found, in order, in the rendered Markdown. */
    static List<String> missingInOrder(String seed, String markdown) {
        String haystack = normalise(markdown);
        List<String> missing = new ArrayList<>();
        int from = 0;
        for (String line : seed.split("\n")) {
            String needle = normalise(line);
            if (needle.isEmpty()) {
                continue;
            }
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                missing.add(line);
            } else {
                from = at + needle.length();
            }
        }
        return missing;
    }

    private static String normalise(String markdown) {
        return markdown
                // Links are not text: their targets may differ, and we link each part of a joint
                // symbol where the seed links the whole.
                .replaceAll("(?<!\\\\)\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("\\\\([\\\\`*_\\[\\]<>#.&-])", "$1") // escapes are not text
                .replaceAll("\\*\\*", "")                 // the seed breaks the bold title over lines
                .replaceAll("\\s+", " ")
                .strip();
    }
}
