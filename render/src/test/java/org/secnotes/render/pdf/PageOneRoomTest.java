package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.secnotes.render.RenderException;
import org.secnotes.render.layout.DocumentLayout;
import org.secnotes.templates.LocalizedNote;

/**
 * Page 1's header fits or says so: each element that can grow with its source field (the title,
 * the agenda title, the venue, the organ, the agenda items, the symbol) is grown in every language
 * until the layout refuses it. At the last size that fits, every glyph lies inside the printable
 * area and no header line touches another or a rule; one step more is an error naming the field,
 * as the writer types it, and saying what page 1 has room for.
 */
class PageOneRoomTest {

    private static final java.util.Set<DocumentLayout.Role> HEADER = java.util.EnumSet.of(DocumentLayout.Role.MASTHEAD,
            DocumentLayout.Role.ORGAN, DocumentLayout.Role.ISSUE_BLOCK, DocumentLayout.Role.SESSION_BLOCK,
            DocumentLayout.Role.AGENDA_TITLE, DocumentLayout.Role.TITLE, DocumentLayout.Role.KIND);
    /** No header element needs this many steps to pass its room: a search that gets there is a missing bound. */
    private static final int MOST = 400;

    private static String source(String language) throws IOException {
        return Files.readString(Fixtures.EXAMPLE_NOTES.resolve("cop-working-groups." + language + ".md"),
                StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "ru", "zh", "ar"})
    void aLongTitleFitsOrIsRefusedByName(String language) throws IOException {
        String source = source(language);
        String title = Fixtures.fromSource(source).titleBlock().title();
        String message = grow(source, "title", n -> quoted(String.join(" ", repeat(title, n))));
        assertLines(message, "title: the title needs ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "ru", "zh", "ar"})
    void aLongAgendaTitleFitsOrIsRefusedByName(String language) throws IOException {
        // Under a one-line title, so that the agenda title is what page 1 cannot hold.
        String source = with(source(language), "title", quoted("Report"));
        String title = Fixtures.fromSource(source).sessionBlock().agendaTitle();
        String message = grow(source, "agenda.title", n -> quoted(String.join(" ", repeat(title, n))));
        assertLines(message, "agenda.title: the agenda title needs ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "ru", "zh", "ar"})
    void aTitleUnderALongAgendaTitleIsRefusedNamingBoth(String language) throws IOException {
        String source = source(language);
        String agendaTitle = Fixtures.fromSource(source).sessionBlock().agendaTitle();
        String message = grow(source, "agenda.title", n -> quoted(String.join(" ", repeat(agendaTitle, n))),
                "title|agenda\\.title");
        // The example's title takes several lines: it is the title that no longer fits.
        assertLines(message, "title: the title needs ");
        assertTrue(Pattern.compile("under the session block, whose agenda.title takes \\d+ lines").matcher(message)
                .find(), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "ru", "zh", "ar"})
    void aLongVenueFitsOrIsRefusedByName(String language) throws IOException {
        String message = grow(source(language), "venue", n -> quoted(String.join(" ", repeat("Vienna", n))));
        assertTrue(message.startsWith("venue: the venue and dates line \""), message);
        assertTrue(message.contains("Vienna Vienna"), message);
        assertTrue(message.contains("but the frame has room for "), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "ru", "zh", "ar"})
    void manyOrganLinesFitOrAreRefusedByName(String language) throws IOException {
        String source = source(language);
        List<String> organ = Fixtures.fromSource(source).masthead().organ();
        String message = grow(source, "organ", n -> list(repeatEach(organ, n)));
        assertLines(message, "organ: the organ needs ");
        assertTrue(message.contains("above the thick rule"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "ru", "zh", "ar"})
    void manyAgendaItemsFitOrAreRefusedByName(String language) throws IOException {
        String message = grow(source(language), "agenda.item",
                n -> list(IntStream.rangeClosed(1, n).mapToObj(Integer::toString).toList()));
        assertTrue(message.startsWith("agenda.item: the agenda line "), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "ru", "zh", "ar"})
    void aLongSymbolFitsOrIsRefusedByName(String language) throws IOException {
        String message = grow(source(language), "symbol", n -> "CTOC/COP/" + "WG.2/".repeat(n) + "10");
        assertTrue(message.startsWith("symbol: the symbol line \"CTOC/COP/WG.2/"), message);
        assertTrue(message.contains("but the masthead beside \""), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "ru", "zh", "ar"})
    void jointSymbolsFitOrAreRefusedByName(String language) throws IOException {
        String message = grow(source(language), "symbol",
                n -> list(IntStream.rangeClosed(1, n).mapToObj(i -> "CTOC/COP/2018/" + (9 + i)).toList()));
        assertTrue(message.startsWith("symbol: the symbol line \"CTOC/COP/2018/10\u2013CTOC/COP/2018/11"), message);
    }

    /**
     * Grows a field step by step (1, 2, 4, ... then by halves) to the last size that page 1 holds,
     * checks that note's PDF, and returns the error of one step more.
     */
    private static String grow(String source, String field, IntFunction<String> value) throws IOException {
        return grow(source, field, value, Pattern.quote(field));
    }

    /** As {@link #grow(String, String, IntFunction)}, where an error names a field the pattern {@code named} matches. */
    private static String grow(String source, String field, IntFunction<String> value, String named)
            throws IOException {
        int fits = 1;
        String first = attempt(with(source, field, value.apply(1)), named);
        assertEquals(null, first, "the first step is a value of an ordinary length");
        int fails = 2;
        while (attempt(with(source, field, value.apply(fails)), named) == null) {
            fits = fails;
            fails *= 2;
            assertTrue(fails <= MOST, field + " grows without bound");
        }
        while (fails - fits > 1) {
            int middle = (fits + fails) / 2;
            if (attempt(with(source, field, value.apply(middle)), named) == null) {
                fits = middle;
            } else {
                fails = middle;
            }
        }
        LocalizedNote largest = Fixtures.fromSource(with(source, field, value.apply(fits)));
        Fixtures.assertGlyphsInside(Fixtures.pdf(largest), 200);
        assertNothingTouches(Fixtures.RENDERER.layout(largest).pages().get(0));
        return attempt(with(source, field, value.apply(fits + 1)), named);
    }

    /** @return null if the note lays out, or the error, which must name a field {@code named} matches */
    private static String attempt(String source, String named) {
        LocalizedNote note = Fixtures.fromSource(source);
        try {
            Fixtures.RENDERER.layout(note);
            return null;
        } catch (RenderException e) {
            assertTrue(Pattern.compile("(" + named + "): .*", Pattern.DOTALL).matcher(e.getMessage()).matches(),
                    e.getMessage());
            // Through the writer too: the PDF is refused, not drawn in part.
            RenderException again = assertThrows(RenderException.class, () -> Fixtures.pdf(note));
            assertEquals(e.getMessage(), again.getMessage());
            return e.getMessage();
        }
    }

    /** "needs N lines, but page 1 has room for M", with N more than M. */
    private static void assertLines(String message, String start) {
        assertTrue(message.startsWith(start), message);
        Matcher m = Pattern.compile("needs (\\d+) lines?, but page 1 has room for (\\d+) ").matcher(message);
        assertTrue(m.find(), message);
        assertTrue(Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2)), message);
    }

    /** No two lines of page 1's header (down to the title block) overlap, nor a line and a rule. */
    private static void assertNothingTouches(DocumentLayout.Page page) {
        List<float[]> boxes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (DocumentLayout.Line line : page.lines()) {
            if (!HEADER.contains(line.role()) || line.pieces().isEmpty()) {
                continue;
            }
            float size = 0;
            for (DocumentLayout.Piece piece : line.pieces()) {
                size = Math.max(size, piece.size());
            }
            // The em box: ascent 0.8, descent 0.2 of the size.
            boxes.add(new float[] {line.x(), line.x() + line.width(), line.baseline() - 0.8f * size,
                line.baseline() + 0.2f * size});
            names.add(line.part().element() + " '" + line.text() + "'");
        }
        for (DocumentLayout.Rule rule : page.rules()) {
            boxes.add(new float[] {rule.x1(), rule.x2(), rule.y() - rule.thickness() / 2, rule.y() + rule.thickness() / 2});
            names.add("the rule at " + rule.y());
        }
        List<String> touching = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                float[] a = boxes.get(i);
                float[] b = boxes.get(j);
                boolean sameElement = names.get(i).split(" ")[0].equals(names.get(j).split(" ")[0]);
                if (!sameElement && a[0] < b[1] && b[0] < a[1] && a[2] < b[3] && b[2] < a[3]) {
                    touching.add(names.get(i) + " and " + names.get(j));
                }
            }
        }
        assertEquals(List.of(), touching);
    }

    private static List<String> repeat(String text, int n) {
        return java.util.Collections.nCopies(n, text);
    }

    private static List<String> repeatEach(List<String> lines, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.addAll(lines);
        }
        return out;
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String list(List<String> values) {
        return "[" + String.join(", ", values.stream().map(PageOneRoomTest::quoted).toList()) + "]";
    }

    /**
     * The source with one front-matter field set to a YAML value: {@code title} or, under
     * {@code agenda}, {@code agenda.title}; its old value (with any continuation lines) goes, and
     * a field the source lacks is added.
     */
    static String with(String source, String field, String yaml) {
        boolean nested = field.startsWith("agenda.");
        String key = (nested ? "  " : "") + field.substring(nested ? "agenda.".length() : 0) + ":";
        List<String> lines = new ArrayList<>(List.of(source.split("\n", -1)));
        int end = lines.subList(1, lines.size()).indexOf("---") + 1;
        boolean inAgenda = false;
        for (int i = 1; i < end; i++) {
            String line = lines.get(i);
            if (!line.startsWith(" ")) {
                inAgenda = line.startsWith("agenda:");
            }
            if (line.startsWith(key) && inAgenda == nested) {
                String deeper = nested ? "    " : "  ";
                while (i + 1 < end && lines.get(i + 1).startsWith(deeper)) {
                    lines.remove(i + 1);
                    end--;
                }
                lines.set(i, key + " " + yaml);
                return String.join("\n", lines);
            }
        }
        assertTrue(!nested, "the source has " + field);
        lines.add(end, key + " " + yaml);
        return String.join("\n", lines);
    }
}
