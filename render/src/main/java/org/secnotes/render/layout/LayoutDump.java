package org.secnotes.render.layout;

import java.util.Locale;
import org.secnotes.render.layout.DocumentLayout.Bookmark;
import org.secnotes.render.layout.DocumentLayout.Line;
import org.secnotes.render.layout.DocumentLayout.Mark;
import org.secnotes.render.layout.DocumentLayout.Page;
import org.secnotes.render.layout.DocumentLayout.Part;
import org.secnotes.render.layout.DocumentLayout.Piece;
import org.secnotes.render.layout.DocumentLayout.Rule;

/**
 * A layout as plain text a person can read and a test can compare: per page, each line's
 * position, role, element and text, then its rules and marks, then the bookmarks. Positions are
 * rounded to a tenth of a point, links and footnote calls are listed after their line's text, and
 * so are the font families of a line not set wholly in the note's own fonts and the spacing that
 * justifies a Chinese line. A line's text is in reading order, as {@link Line#text()} gives it.
 *
 * <pre>
 * page 1
 *   123.4  86.7 ISSUE_BLOCK issue-1 [en] | Distr.: General
 *   123.4 301.0 NUMBERED_PARAGRAPH block-3 label | 1.
 *   123.4 421.5 NUMBERED_PARAGRAPH block-0 | 议第2/6号决定设立的。 | set in [PRIMARY, CJK] | 0.45 between characters
 *   rule 60.0–535.0 at 64.8, 0.50 thick
 *   mark BARCODE at 60.0,786.0 size 62.3×12.0, 21 boxes
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class LayoutDump {

    private LayoutDump() {
    }

    /**
     * Writes a layout out as text.
     *
     * @param layout the layout
     * @return the text, one item a line, ending in a newline
     */
    public static String of(DocumentLayout layout) {
        StringBuilder out = new StringBuilder(16384);
        out.append(layout.info().name()).append(" (").append(layout.info().language().code()).append("), ")
                .append(layout.style().paper()).append(", pages: ").append(layout.pages().size()).append("\n");
        out.append("title: ").append(layout.info().title()).append('\n');
        for (Page page : layout.pages()) {
            out.append("page ").append(page.number()).append('\n');
            for (Line line : page.lines()) {
                line(out, line);
            }
            for (Rule rule : page.rules()) {
                out.append("  rule ").append(number(rule.x1())).append('\u2013').append(number(rule.x2()))
                        .append(" at ").append(number(rule.y())).append(", ")
                        .append(String.format(Locale.ROOT, "%.2f", rule.thickness())).append(" thick\n");
            }
            for (Mark mark : page.marks()) {
                out.append("  mark ").append(mark.role()).append(" at ").append(number(mark.bounds().x())).append(',')
                        .append(number(mark.bounds().top())).append(" size ").append(number(mark.bounds().width()))
                        .append('\u00D7').append(number(mark.bounds().height())).append(", ")
                        .append(mark.boxes().size()).append(" boxes");
                if (mark.altText() != null) {
                    out.append(", alt \"").append(mark.altText()).append('"');
                }
                out.append('\n');
            }
        }
        for (Bookmark bookmark : layout.bookmarks()) {
            out.append("bookmark ").append(bookmark.level()).append(" page ").append(bookmark.page())
                    .append(" at ").append(number(bookmark.top())).append(" | ").append(bookmark.title()).append('\n');
        }
        return out.toString();
    }

    private static void line(StringBuilder out, Line line) {
        Part part = line.part();
        out.append("  ").append(String.format(Locale.ROOT, "%5s %5s", number(line.x()), number(line.baseline())))
                .append(' ').append(part.role()).append(' ').append(part.element());
        if (part.level() > 0) {
            out.append(" level ").append(part.level());
        }
        if (part.label()) {
            out.append(" label");
        }
        if (part.language() != null) {
            out.append(" [").append(part.language().code()).append(']');
        }
        out.append(" | ").append(line.text());
        java.util.Set<FontFamily> families = java.util.EnumSet.noneOf(FontFamily.class);
        line.pieces().forEach(piece -> families.add(piece.family()));
        if (!families.equals(java.util.EnumSet.of(FontFamily.PRIMARY)) && !families.isEmpty()) {
            out.append(" | set in ").append(families);
        }
        if (line.charSpacing() != 0) {
            out.append(" | ").append(String.format(Locale.ROOT, "%.2f", line.charSpacing())).append(" between characters");
        }
        for (Piece piece : line.pieces()) {
            if (piece.link() != null) {
                out.append(" | link \"").append(piece.text()).append("\" -> ").append(piece.link());
            }
            if (piece.footnote() != null) {
                out.append(" | calls ").append(piece.footnote());
            }
        }
        out.append('\n');
    }

    private static String number(float value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
