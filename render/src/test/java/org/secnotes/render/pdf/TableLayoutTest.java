package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.secnotes.render.RenderException;
import org.secnotes.render.layout.DocumentLayout;
import org.secnotes.render.layout.DocumentLayout.Line;
import org.secnotes.render.layout.DocumentLayout.Page;
import org.secnotes.render.layout.DocumentLayout.Role;
import org.secnotes.render.layout.FontFace;

/**
 * Tables laid out as a reader checks them: inside the text column, numbers at their column's end,
 * the header in italics and repeated at the head of a page the table continues on, a footnote
 * called in a cell at the foot of that page, and a table too wide for the column refused with its
 * line.
 */
class TableLayoutTest {

    private static DocumentLayout layout(String body) {
        return Fixtures.RENDERER.layout(Fixtures.fromSource(Fixtures.source(body)));
    }

    private static List<Line> cells(DocumentLayout layout) {
        List<Line> lines = new ArrayList<>();
        for (Page page : layout.pages()) {
            page.lines().stream().filter(l -> l.role() == Role.TABLE_HEADER_CELL || l.role() == Role.TABLE_DATA_CELL
                    || l.role() == Role.TABLE_HEADER_REPEATED).forEach(lines::add);
        }
        return lines;
    }

    private static String longText(int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            out.append(i == 0 ? "" : " ").append(i % 3 == 0 ? "cooperation" : i % 3 == 1 ? "in" : "matters");
        }
        return out.toString();
    }

    @Test
    void columnsFillTheTextColumnTheirTextWrapsAndFiguresEndAtTheirColumnsEnd() {
        DocumentLayout layout = layout("| Measure taken by the State | Cases |\n|---|---:|\n| " + longText(40)
                + " | 1,204 |\n| Short | 12 |\n");
        float left = layout.style().frame().columnLeft();
        float right = layout.style().frame().columnRight();
        List<Line> cells = cells(layout);
        for (Line line : cells) {
            assertTrue(line.x() >= left - 0.01 && line.x() + line.width() <= right + 0.01, "inside the column: " + line);
        }
        List<Line> text = cells.stream().filter(l -> l.part().element().endsWith("/row-1/cell-0")).toList();
        assertTrue(text.size() >= 3, "a long cell wraps in its column: " + text);
        List<Line> figures = cells.stream().filter(l -> l.part().element().endsWith("/cell-1")
                && l.role() == Role.TABLE_DATA_CELL).toList();
        assertEquals(List.of("1,204", "12"), figures.stream().map(Line::text).toList());
        for (Line figure : figures) {
            assertEquals(right, figure.x() + figure.width(), 0.05, "a right-aligned figure ends at the column's end");
        }
        float textRight = (float) text.stream().mapToDouble(l -> l.x() + l.width()).max().orElseThrow();
        assertTrue(textRight < figures.get(0).x(), "the wrapped text stays out of the figures' column");
        Line header = cells.get(0);
        assertEquals(Role.TABLE_HEADER_CELL, header.role());
        assertTrue(header.pieces().stream().allMatch(p -> p.face() == FontFace.ITALIC), "the header is in italics");
        assertTrue(header.pieces().get(0).size() < layout.style().body().size(), "cells a little under the text size");
    }

    @Test
    void aShortTableGivesEachColumnItsTextOnOneLineAndRulesOverAndUnderTheHeaderAndAtTheEnd() {
        DocumentLayout layout = layout("1. Text.\n\n| A | Bb |\n|---|:-:|\n| 1 | 2 |\n");
        List<Line> cells = cells(layout);
        assertEquals(4, cells.size(), "one line per cell: " + cells);
        Page page = layout.pages().get(0);
        float headerBaseline = cells.get(0).baseline();
        float rowBaseline = cells.get(2).baseline();
        List<Float> tableRules = page.rules().stream()
                .filter(r -> r.x1() == layout.style().frame().columnLeft() && r.x2() == layout.style().frame().columnRight())
                .map(DocumentLayout.Rule::y).sorted().toList();
        assertEquals(3, tableRules.size(), "over the header, under it and at the end: " + page.rules());
        assertTrue(tableRules.get(0) < headerBaseline && headerBaseline < tableRules.get(1)
                && tableRules.get(1) < rowBaseline && rowBaseline < tableRules.get(2), tableRules.toString());
        Line centred = cells.get(3);
        float start = cells.get(1).x() + cells.get(1).width() / 2;
        assertEquals(start, centred.x() + centred.width() / 2, 0.05, "a centred column centres its cells");
    }

    @Test
    void aLongTableContinuesWithItsHeaderRepeatedAsFurnitureAndItsFootnoteOnThePageThatCallsIt() {
        StringBuilder body = new StringBuilder("| State | Amount |\n|---|--:|\n");
        for (int i = 1; i <= 90; i++) {
            body.append("| State ").append(i).append(i == 70 ? "[^a]" : "").append(" | ").append(i * 1000).append(" |\n");
        }
        body.append("\n[^a]: A note called in a cell.\n");
        DocumentLayout layout = layout(body.toString());
        assertTrue(layout.pages().size() >= 3, "90 rows take more than two pages");
        List<String> rows = new ArrayList<>();
        for (Page page : layout.pages()) {
            List<Line> cells = page.lines().stream().filter(l -> l.role() == Role.TABLE_DATA_CELL
                    || l.role() == Role.TABLE_HEADER_CELL || l.role() == Role.TABLE_HEADER_REPEATED).toList();
            Line first = cells.get(0);
            assertEquals("State", first.text(), "each page of the table opens with its header: page " + page.number());
            assertEquals(page.number() == 1 ? Role.TABLE_HEADER_CELL : Role.TABLE_HEADER_REPEATED, first.role());
            cells.stream().filter(l -> l.role() == Role.TABLE_DATA_CELL && l.part().element().endsWith("/cell-0"))
                    .forEach(l -> rows.add(l.text()));
            boolean calls = cells.stream().anyMatch(l -> l.text().equals("State 70" + "1"));
            boolean noted = page.lines().stream().anyMatch(l -> l.role() == Role.FOOTNOTE && l.text().contains("called in a cell"));
            assertEquals(calls, noted, "the footnote sits on the page whose cell calls it: page " + page.number());
        }
        assertEquals(90, rows.size(), "every row once, none split or lost");
        assertEquals("State 1", rows.get(0));
        assertEquals("State 90", rows.get(89));
        Map<String, Long> perRow = cells(layout).stream().filter(l -> l.role() == Role.TABLE_DATA_CELL)
                .collect(Collectors.groupingBy(l -> l.part().element().replaceAll("/cell-\\d+$", ""), Collectors.counting()));
        assertTrue(perRow.values().stream().allMatch(n -> n == 2), "a row is never split across pages");
    }

    @Test
    void aTableWhoseWordsCannotFitIsRefusedWithItsLineNeverDrawnPastTheMargin() {
        String word = "Internationalization";
        String header = "|" + " H |".repeat(12) + "\n|" + "---|".repeat(12) + "\n";
        String row = "|" + (" " + word + " |").repeat(12) + "\n";
        RenderException error = assertThrows(RenderException.class, () -> layout("1. Text.\n\n" + header + row));
        assertTrue(error.getMessage().startsWith("the table at line 11 is too wide for the text column: its longest"
                + " words (column 1 '" + word + "'"), error.getMessage());
        assertTrue(error.getMessage().contains("but the column is 367 pt wide"), error.getMessage());
    }

    @Test
    void aTableThatJustFitsItsWordsIsSetWithoutCuttingOne() {
        // Four columns of 70 pt words and their gaps fit 367 pt, their whole text does not: they wrap.
        String header = "|" + " H |".repeat(4) + "\n|" + "---|".repeat(4) + "\n";
        String row = "|" + " Internationalization is near |".repeat(4) + "\n";
        List<Line> cells = cells(layout(header + row));
        List<String> data = cells.stream().filter(l -> l.role() == Role.TABLE_DATA_CELL).map(Line::text).toList();
        assertEquals(4, data.stream().filter(t -> t.startsWith("Internationalization")).count(), data.toString());
        assertTrue(data.stream().allMatch(t -> t.startsWith("Internationalization") || t.equals("near")),
                "the cells wrap between words, none cut: " + data);
    }

    /** The example note in a language with a table after its first paragraph. */
    private static DocumentLayout exampleWithTable(String language, String table) throws Exception {
        String source = java.nio.file.Files.readString(Fixtures.EXAMPLE_NOTES.resolve("cop-working-groups." + language + ".md"));
        int at = source.indexOf("\n2. ");
        return Fixtures.RENDERER.layout(Fixtures.fromSource(source.substring(0, at) + "\n\n" + table + source.substring(at)));
    }

    @Test
    void anArabicTableIsMirroredItsFirstColumnAtTheRight() throws Exception {
        DocumentLayout layout = exampleWithTable("ar", "| الفريق العامل | الدورات | الوثائق |\n|:--|:-:|--:|\n"
                + "| الفريق العامل المعني بالتعاون الدولي | 2 | 14 |\n");
        List<Line> cells = cells(layout);
        float left = layout.style().paper().width() - layout.style().frame().columnRight();
        float right = layout.style().paper().width() - layout.style().frame().columnLeft();
        for (Line line : cells) {
            assertTrue(line.x() >= left - 0.01 && line.x() + line.width() <= right + 0.01, "inside the column: " + line.text());
        }
        Line first = cells.stream().filter(l -> l.part().element().endsWith("row-1/cell-0")).findFirst().orElseThrow();
        Line last = cells.stream().filter(l -> l.part().element().endsWith("row-1/cell-2")).findFirst().orElseThrow();
        assertEquals(right, first.x() + first.width(), 0.05, "the first column starts at the right edge");
        assertEquals(left, last.x(), 0.05, "a figure column's end is at the left");
    }

    @Test
    void aChineseCellBreaksBetweenCharactersInItsColumn() throws Exception {
        DocumentLayout layout = exampleWithTable("zh", "| 工作组 | 文件 |\n|---|--:|\n"
                + "| " + "国际合作工作组包括关于引渡和司法协助的非正式专家会议".repeat(3) + " | 14 |\n");
        List<Line> text = cells(layout).stream().filter(l -> l.part().element().endsWith("row-1/cell-0")).toList();
        assertTrue(text.size() >= 2, "the long Chinese cell wraps: " + text.size());
        Line figure = cells(layout).stream().filter(l -> l.part().element().endsWith("row-1/cell-1")).findFirst().orElseThrow();
        for (Line line : text) {
            assertTrue(line.x() + line.width() < figure.x(), "each line stays in its column: " + line.text());
        }
    }
}
