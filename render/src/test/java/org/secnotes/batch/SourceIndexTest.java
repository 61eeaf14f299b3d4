package org.secnotes.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secnotes.Problem;
import org.secnotes.Reading;
import org.secnotes.SecNotes;

/**
 * The first pass reads only each source's front matter, from its first bytes: it must place every
 * source as reading the whole file does (its note and language), and a source it cannot place
 * must fail with the whole read's message, whatever its line ends, byte order mark or bytes.
 */
class SourceIndexTest {

    private static final SecNotes SECNOTES = SecNotes.standard();

    @TempDir
    Path temp;

    private int count;

    /** A source of the given front-matter lines and body, each line ended by {@code eol}. */
    private SourceFinder.Source source(String eol, String body, String... front) throws IOException {
        return source(String.join(eol, front).concat(eol).concat(body).getBytes(StandardCharsets.UTF_8));
    }

    private SourceFinder.Source source(byte[] bytes) throws IOException {
        Path file = temp.resolve("note-" + ++count + ".en.md");
        Files.write(file, bytes);
        return new SourceFinder.Source(file, file.toAbsolutePath());
    }

    private static String[] front(String symbol, String... last) {
        List<String> lines = new ArrayList<>(List.of("---", "symbol: " + symbol, "date: 2025-01-01", "language: en",
                "original: en", "organ: General Assembly", "title: A title"));
        lines.addAll(List.of(last));
        return lines.toArray(String[]::new);
    }

    @Test
    void everySourceIsPlacedAsItsWholeReadPlacesIt() throws IOException {
        List<SourceFinder.Source> sources = new ArrayList<>();
        sources.add(source("\n", "1. Text.\n", front("A/1", "---")));
        sources.add(source("\r\n", "1. Text.\r\n", front("A/2", "---")));
        sources.add(source("\r", "1. Text.\r", front("A/3", "---")));
        sources.add(source("\n", "1. Text.\n", front("A/4", "...")));
        // The closing line ends the file, without a line end.
        sources.add(source(String.join("\n", front("A/6", "---")).getBytes(StandardCharsets.UTF_8)));
        sources.add(source("\uFEFF" + String.join("\n", front("A/7", "---")) + "\n1. Text.\n"));
        // A front matter longer than the first block read, with characters of several bytes.
        String longTitle = "title: " + "Résumé des débats — 会议记录 ".repeat(400);
        sources.add(source("\n", "1. Text.\n", front("A/8", longTitle.replace("title", "subtitle"), "---")));
        // A line end split between two blocks: a '\r' as the last byte of the first.
        String padded = "subtitle: " + "x".repeat(2047 - String.join("\r\n", front("A/9")).length() - 2 - 10);
        sources.add(source("\r\n", "1. Text.\r\n", front("A/9", padded, "---")));
        // Sources the first pass cannot place: each fails as its whole read does.
        sources.add(source("\n", "1. Text.\n", front("B/1")));
        // A closing line with spaces around it, which the first pass's cut takes and the reader does not.
        sources.add(source("\n", "1. Text.\n", front("B/5", "  ---  ")));
        sources.add(source("\n", "1. Text.\n", "title: no front matter"));
        sources.add(source("\n", "1. Text.\n", front("B/2", "date: 2025-13-01", "---")));
        sources.add(source("\n", "1. Text.\n", front("B/3 [", "---")));
        sources.add(source(new byte[0]));
        byte[] notUtf8 = String.join("\n", front("B/4", "subtitle: caf?", "---")).concat("\n1. Text.\n")
                .getBytes(StandardCharsets.UTF_8);
        notUtf8[new String(notUtf8, StandardCharsets.UTF_8).indexOf('?')] = (byte) 0xE9;
        sources.add(source(notUtf8));

        SourceIndex.Index index = SourceIndex.build(SECNOTES, sources);

        List<String> placed = new ArrayList<>();
        for (SourceIndex.Group group : index.groups()) {
            for (SourceIndex.Entry entry : group.entries()) {
                placed.add(entry.source().path().getFileName() + " " + group.symbol() + " " + entry.language());
            }
        }
        List<String> expected = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (SourceFinder.Source source : sources) {
            Reading whole = SECNOTES.readAll(List.of(source.path()));
            whole.notes().forEach(n -> expected.add(source.path().getFileName() + " " + n.note().metadata().primarySymbol()
                    + " " + n.note().languages().get(0)));
            whole.failures().forEach(f -> failures.add(f.message()));
        }
        assertEquals(expected.stream().sorted().collect(Collectors.toList()), placed.stream().sorted().toList());
        assertEquals(8, placed.size(), placed.toString());
        assertEquals(failures, index.failures().stream().map(Problem::message).toList());
        assertEquals(7, failures.size(), failures.toString());
    }

    @Test
    void theFrontMatterIsItsLinesEachEndedByALineFeed() throws IOException {
        String[] lines = front("A/1", "subtitle: " + "Résumé — 会议记录 ".repeat(300), "...");
        String expected = String.join("\n", lines) + "\n";
        for (String eol : List.of("\n", "\r\n", "\r")) {
            assertEquals(expected, SourceIndex.frontMatter(source(eol, "1. Text." + eol, lines).path()), eol);
        }
        // A '\r' that ends the first block read, with its '\n' in the next.
        String[] head = front("A/2");
        String padded = "subtitle: " + "x".repeat(2047 - String.join("\r\n", head).length() - 2 - 10);
        String[] split = front("A/2", padded, "---");
        assertEquals(String.join("\n", split) + "\n", SourceIndex.frontMatter(source("\r\n", "1. Text.\r\n", split).path()));
        assertEquals(String.join("\n", split) + "\n", SourceIndex.frontMatter(
                source(String.join("\n", split).getBytes(StandardCharsets.UTF_8)).path()), "no line end after the last line");
        assertEquals(null, SourceIndex.frontMatter(source("\n", "1. Text.\n", front("A/3")).path()), "never closed");
        assertEquals(null, SourceIndex.frontMatter(source(new byte[0]).path()), "empty");
    }

    private SourceFinder.Source source(String text) throws IOException {
        return source(text.getBytes(StandardCharsets.UTF_8));
    }
}
