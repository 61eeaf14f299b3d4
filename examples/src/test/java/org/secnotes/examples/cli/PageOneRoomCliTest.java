package org.secnotes.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secnotes.examples.cli.Cli.filesIn;
import static org.secnotes.examples.cli.Cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A valid source whose page 1 header cannot fit, through the command line: the run fails with an
 * error naming the source file and the field, writes neither the PDF nor the Markdown of that
 * version, and still renders the good note beside it.
 */
class PageOneRoomCliTest {

    @TempDir
    Path temp;

    /** A source with every header field; {@code line} replaces the line that starts with {@code key}. */
    private static String source(String key, String line) {
        List<String> lines = List.of(
                "symbol: CTOC/COP/2018/10",
                "date: 2018-06-18",
                "language: en",
                "original: en",
                "organ: Conference of the Parties",
                "session: 9",
                "venue: Vienna",
                "dates: 2018-10-15/2018-10-19",
                "agenda:",
                "  item: \"4\"",
                "  title: International cooperation",
                "title: Report on the meetings",
                "job: V.18-04130");
        String front = lines.stream().map(l -> l.startsWith(key + ":") ? line : l)
                .collect(Collectors.joining("\n"));
        return "---\n" + front + "\n---\n1. The Working Group met.\n";
    }

    private static String words(String word, int count) {
        return String.join(" ", Collections.nCopies(count, word));
    }

    private static String items(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "\"" + i + "\"").collect(Collectors.joining(", "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "title|title: the title needs ",
        "agenda.title|agenda.title: the agenda title needs ",
        "venue|venue: the venue and dates line ",
        "organ|organ: the organ needs ",
        "agenda.item|agenda.item: the agenda line ",
        "symbol|symbol: the symbol line "})
    void aHeaderThatCannotFitPageOneIsAnErrorNamingTheFileAndField(String field, String error) throws IOException {
        String line = switch (field) {
            case "title" -> "title: " + words("Report", 400);
            case "agenda.title" -> "  title: " + words("cooperation", 600);
            case "venue" -> "venue: " + words("Vienna", 100);
            case "organ" -> "organ: [" + String.join(", ", Collections.nCopies(12, "Conference of the Parties")) + "]";
            case "agenda.item" -> "  item: [" + items(120) + "]";
            case "symbol" -> "symbol: CTOC/COP/" + "WG.2/".repeat(40) + "10";
            default -> throw new IllegalArgumentException(field);
        };
        String key = field.startsWith("agenda.") ? "  " + field.substring("agenda.".length()) : field;
        Path sources = Files.createDirectories(temp.resolve("sources"));
        Path bad = sources.resolve("long.en.md");
        Files.writeString(bad, source(key, line), StandardCharsets.UTF_8);
        Path good = sources.resolve("good.en.md");
        Files.writeString(good, source("symbol", "symbol: CTOC/COP/2018/11"), StandardCharsets.UTF_8);
        Path out = temp.resolve("out");

        Cli.Run run = run("render", sources.toString(), "--out", out.toString());

        assertEquals(1, run.status(), run.err());
        List<String> errors = run.err().lines().filter(l -> l.startsWith("error: ")).toList();
        assertEquals(1, errors.size(), run.err());
        assertTrue(errors.get(0).contains("(from " + bad + "): the pdf output failed: " + error), run.err());
        assertTrue(errors.get(0).contains("; expected a shorter value; none of them was written"), run.err());
        assertEquals(List.of("CTOC_COP_2018_11.en.md", "CTOC_COP_2018_11.en.pdf"), filesIn(out),
                "nothing of the refused version, all of the good one");
    }
}
