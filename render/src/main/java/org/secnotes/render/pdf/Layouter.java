package org.secnotes.render.pdf;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.oned.Code39Writer;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.secnotes.core.DocumentSymbol;
import org.secnotes.core.Footnote;
import org.secnotes.core.Inline;
import org.secnotes.render.RenderException;
import org.secnotes.render.SymbolResolver;
import org.secnotes.render.pdf.DocumentLayout.Bookmark;
import org.secnotes.render.pdf.DocumentLayout.Box;
import org.secnotes.render.pdf.DocumentLayout.Line;
import org.secnotes.render.pdf.DocumentLayout.Page;
import org.secnotes.render.pdf.DocumentLayout.Piece;
import org.secnotes.render.pdf.DocumentLayout.Role;
import org.secnotes.render.pdf.DocumentLayout.Rule;
import org.secnotes.templates.BlockRole;
import org.secnotes.templates.LocalizedBlock;
import org.secnotes.templates.LocalizedNote;

/**
 * Lays a localized note out on UN pages: the page-1 masthead and header block, the body set
 * justified in the narrow column with footnotes at the foot of the page that calls them, no
 * widow or orphan line, headings kept with what follows, and the running elements.
 *
 * <p>Not thread-safe: one layouter lays out one note. {@link PdfRenderer} makes one per render.
 */
final class Layouter {

    /** A body block broken into lines, ready to be placed. */
    private record Prepared(int index, Role role, float spaceBefore, float leading, List<Placed> lines,
            String bookmark, int level, boolean keepWithNext) {
    }

    /**
     * One line of a block: where it starts, the width it is justified to, what it holds, and the
     * label (paragraph number, sub-item letter) set at the block's edge on its first line.
     */
    private record Placed(float x, float width, LineBreaker.BrokenLine line, Span label, float labelX) {
        Placed(float x, float width, LineBreaker.BrokenLine line) {
            this(x, width, line, null, 0);
        }
    }

    /** A footnote set as lines of its own, with its height. */
    private record SetFootnote(List<Line> lines, float height) {
    }

    private final PageStyle style;
    private final TextMeasure measure;
    private final SymbolResolver resolver;
    private final boolean qrCode;
    private final LocalizedNote note;
    private final LineBreaker breaker;

    private final List<PageBuilder> pages = new ArrayList<>();
    private final List<Bookmark> bookmarks = new ArrayList<>();
    private final Map<Integer, List<Span>> footnoteTexts = new HashMap<>();
    private PageBuilder page;
    /** The baseline of the last body line placed, or the top limit of an empty page. */
    private float cursor;
    private boolean pageEmpty;

    /** A page being filled: its lines, rules, boxes and the footnotes it must carry. */
    private final class PageBuilder {
        final int number;
        final List<Line> lines = new ArrayList<>();
        final List<Rule> rules = new ArrayList<>();
        final List<Box> boxes = new ArrayList<>();
        final Map<Integer, SetFootnote> footnotes = new LinkedHashMap<>();
        final float bottom;

        PageBuilder(int number, float bottom) {
            this.number = number;
            this.bottom = bottom;
        }

        float footnoteHeight(Map<Integer, SetFootnote> extra) {
            float height = 0;
            for (SetFootnote footnote : footnotes.values()) {
                height += footnote.height();
            }
            for (SetFootnote footnote : extra.values()) {
                height += footnote.height();
            }
            // Room for the separator rule above the footnotes.
            return height == 0 ? 0 : height + style.footnoteLeading();
        }
    }

    Layouter(PageStyle style, FontSet fonts, SymbolResolver resolver, boolean qrCode, LocalizedNote note) {
        this.style = style;
        this.measure = new TextMeasure(fonts);
        this.resolver = resolver;
        this.qrCode = qrCode;
        this.note = note;
        this.breaker = new LineBreaker(measure, new ULocale(note.language().code()));
    }

    DocumentLayout layout() {
        for (Footnote footnote : note.body().footnotes()) {
            footnoteTexts.put(footnote.number(), spans(footnote.text(), FontFace.REGULAR, style.footnoteSize()));
        }
        page = new PageBuilder(1, style.firstPageBodyBottom());
        pages.add(page);
        cursor = firstPageHeader();
        pageEmpty = false;
        if (note.body().agendaFootnote() != null) {
            List<Span> text = spans(note.body().agendaFootnote().text(), FontFace.REGULAR, style.footnoteSize());
            page.footnotes.put(0, setFootnote(note.body().agendaFootnote().marker(), text, "the agenda footnote"));
        }
        List<Prepared> blocks = prepareBody();
        for (int i = 0; i < blocks.size(); i++) {
            place(blocks.get(i), i + 1 < blocks.size() ? blocks.get(i + 1) : null);
        }
        endRule();
        List<Page> done = new ArrayList<>();
        for (PageBuilder builder : pages) {
            placeFootnotes(builder);
            runningElements(builder, pages.size());
            done.add(new Page(builder.number, builder.lines, builder.rules, builder.boxes));
        }
        return new DocumentLayout(style, done, bookmarks);
    }

    // ---- page 1 -------------------------------------------------------------------------

    /** Sets the masthead and header block of page 1 and returns the baseline the body follows. */
    private float firstPageHeader() {
        text(note.masthead().unitedNations(), FontFace.REGULAR, style.mastheadNameSize(), style.columnLeft(),
                style.mastheadBaseline(), Role.HEADER);
        symbolLine(style.mastheadBaseline());
        page.rules.add(new Rule(style.frameLeft(), style.frameRight(), style.thinRuleY(), style.thinRule()));

        float organBottom = organ();
        float blockBottom = rightBlock();
        float thick = Math.max(style.thickRuleY(), Math.max(organBottom, blockBottom) + 14);
        page.rules.add(new Rule(style.frameLeft(), style.frameRight(), thick, style.thickRule()));

        float y = thick + style.sessionBlockGap();
        float leading = style.bodyLeading();
        float last = thick;
        if (note.sessionBlock().sessionLine() != null) {
            text(note.sessionBlock().sessionLine(), FontFace.BOLD, style.bodySize(), style.frameLeft(), y, Role.HEADER);
            last = y;
            y += leading;
        }
        if (note.sessionBlock().venueLine() != null) {
            text(note.sessionBlock().venueLine(), FontFace.REGULAR, style.bodySize(), style.frameLeft(), y, Role.HEADER);
            last = y;
            y += leading;
        }
        if (note.sessionBlock().agendaLine() != null) {
            y += leading / 2;
            text(note.sessionBlock().agendaLine(), FontFace.REGULAR, style.bodySize(), style.frameLeft(), y, Role.HEADER);
            last = y;
            y += leading;
        }
        if (note.sessionBlock().agendaTitle() != null) {
            y += leading / 2;
            last = wrapped(note.sessionBlock().agendaTitle(), FontFace.BOLD, style.bodySize(), leading, style.frameLeft(),
                    style.agendaTitleWidth(), y, "the agenda title");
        }
        y = last + 2.5f * style.titleLeading();
        last = wrapped(note.titleBlock().title(), FontFace.BOLD, style.titleSize(), style.titleLeading(), style.columnLeft(),
                style.columnWidth(), y, "the title");
        if (note.titleBlock().kind() != null) {
            y = last + 2 * style.titleLeading();
            last = wrapped(note.titleBlock().kind(), FontFace.BOLD, style.kindSize(), style.titleLeading(), style.columnLeft(),
                    style.columnWidth(), y, "the kind");
        }
        return last + style.bodyLeading();
    }

    /** The symbol(s), right-aligned at the frame, each with its first segment large. */
    private void symbolLine(float baseline) {
        List<Piece> pieces = new ArrayList<>();
        float width = 0;
        for (int i = 0; i < note.masthead().symbols().size(); i++) {
            DocumentSymbol symbol = note.masthead().symbols().get(i);
            if (i > 0) {
                width += add(pieces, "\u2013", FontFace.REGULAR, style.symbolSize(), "the symbol");
            }
            // UNSURE: the specimen "A/INF/76/1" sets its first letter large; for CTOC/COP/... we set
            // the whole first segment large, the organ's letters, as the specimen's "A" is.
            String first = symbol.segments().get(0);
            width += add(pieces, first, FontFace.REGULAR, style.symbolLargeSize(), "the symbol");
            width += add(pieces, symbol.value().substring(first.length()), FontFace.REGULAR, style.symbolSize(), "the symbol");
        }
        page.lines.add(new Line(style.frameRight() - width, baseline, pieces, 0, Role.HEADER, -1));
    }

    private float add(List<Piece> pieces, String text, FontFace face, float size, String where) {
        float width = measure.width(text, face, size, where);
        pieces.add(new Piece(text, face, size, 0, null, width));
        return width;
    }

    /** The organ in bold, at the largest size that lets it fit its band; returns its lowest point. */
    private float organ() {
        float width = style.rightBlockX() - 14 - style.columnLeft();
        for (float size : style.organSizes()) {
            float leading = size * 1.15f;
            List<LineBreaker.BrokenLine> lines = new ArrayList<>();
            for (String line : note.masthead().organ()) {
                lines.addAll(breaker.breakLines(List.of(new Span(line, FontFace.BOLD, size, 0, null, 0)),
                        width, width, "the organ"));
            }
            boolean smallest = size == style.organSizes()[style.organSizes().length - 1];
            if (lines.size() <= style.organMaxLines() || smallest) {
                float y = style.thinRuleY() + size * 1.1f;
                float last = y;
                for (LineBreaker.BrokenLine line : lines) {
                    page.lines.add(line(style.columnLeft(), y, line, 0, Role.HEADER));
                    last = y;
                    y += leading;
                }
                return last + size * 0.25f;
            }
        }
        return style.thinRuleY();
    }

    /** Distribution, date, a blank line, language (in a translation) and original. */
    private float rightBlock() {
        float y = style.rightBlockBaseline();
        float leading = style.bodyLeading();
        List<String> lines = new ArrayList<>();
        lines.add(note.issueBlock().distribution());
        lines.add(note.issueBlock().dateOfIssue());
        lines.add("");
        if (note.issueBlock().languageLine() != null) {
            lines.add(note.issueBlock().languageLine());
        }
        lines.add(note.issueBlock().originalLine());
        float last = y;
        for (String line : lines) {
            if (!line.isEmpty()) {
                text(line, FontFace.REGULAR, style.bodySize(), style.rightBlockX(), y, Role.HEADER);
            }
            last = y;
            y += leading;
        }
        return last + 3;
    }

    private void text(String text, FontFace face, float size, float x, float baseline, Role role) {
        float width = measure.width(text, face, size, "the header");
        page.lines.add(new Line(x, baseline, List.of(new Piece(text, face, size, 0, null, width)), 0, role, -1));
    }

    /** Wrapped, unjustified header text; returns the last baseline. */
    private float wrapped(String text, FontFace face, float size, float leading, float x, float width, float y,
            String where) {
        float last = y;
        for (LineBreaker.BrokenLine line : breaker.breakLines(List.of(new Span(text, face, size, 0, null, 0)),
                width, width, where)) {
            page.lines.add(line(x, y, line, 0, Role.HEADER));
            last = y;
            y += leading;
        }
        return last;
    }

    // ---- body ---------------------------------------------------------------------------

    private List<Prepared> prepareBody() {
        List<Prepared> prepared = new ArrayList<>();
        float indent = style.paragraphIndent();
        for (LocalizedBlock block : note.body().blocks()) {
            String where = where(block);
            boolean heading = block.role() == BlockRole.HEADING;
            float size = heading ? style.headingSize(block.level()) : style.bodySize();
            FontFace face = heading ? FontFace.BOLD : FontFace.REGULAR;
            // Paragraphs start at the column edge, sub-items one tab in per level.
            float edge = style.columnLeft() + (block.role() == BlockRole.SUB_ITEM ? indent * block.level() : 0);
            String label = block.label();
            float labelWidth = label.isEmpty() ? 0
                    : Math.max(indent, measure.width(label + " ", face, size, where));
            float first = style.columnRight() - edge - labelWidth;
            // Continuation lines return to the edge, except in headings, which hang after their label.
            float rest = heading ? first : style.columnRight() - edge;
            List<LineBreaker.BrokenLine> broken = breaker.breakLines(spans(block.text(), face, size), first, rest, where);
            List<Placed> lines = new ArrayList<>();
            for (int i = 0; i < broken.size(); i++) {
                LineBreaker.BrokenLine line = heading ? unjustified(broken.get(i)) : broken.get(i);
                float x = i == 0 || heading ? edge + labelWidth : edge;
                lines.add(new Placed(x, i == 0 ? first : rest, line));
            }
            if (lines.isEmpty()) {
                lines.add(new Placed(edge + labelWidth, first,
                        new LineBreaker.BrokenLine(List.of(), 0, 0, java.util.Set.of(), true)));
            }
            if (!label.isEmpty()) {
                Placed head = lines.get(0);
                lines.set(0, new Placed(head.x(), head.width(), head.line(), new Span(label, face, size, 0, null, 0), edge));
            }
            if (heading) {
                String title = (label.isEmpty() ? "" : label + " ") + Inline.plainText(block.text());
                prepared.add(new Prepared(prepared.size(), Role.HEADING, style.headingSpaceBefore(),
                        Math.max(style.bodyLeading(), size * 1.2f), lines, title, block.level(), true));
            } else {
                boolean sub = block.role() == BlockRole.SUB_ITEM;
                prepared.add(new Prepared(prepared.size(), sub ? Role.LIST_ITEM : Role.PARAGRAPH,
                        sub ? style.paragraphSpace() / 2 : style.paragraphSpace(), style.bodyLeading(), lines, null, 0, false));
            }
        }
        return prepared;
    }

    private static String where(LocalizedBlock block) {
        String label = block.label().replaceAll("[.)(]", "");
        switch (block.role()) {
            case NUMBERED_PARAGRAPH:
                return "paragraph " + label;
            case SUB_ITEM:
                return "sub-item (" + label + ")";
            case HEADING:
                return label.isEmpty() ? "a heading" : "heading " + label;
            default:
                return "an unnumbered paragraph";
        }
    }

    private static LineBreaker.BrokenLine unjustified(LineBreaker.BrokenLine line) {
        return new LineBreaker.BrokenLine(line.spans(), line.width(), line.spaces(), line.footnotes(), true);
    }

    /**
     * Places a block, breaking it across pages without leaving a single line of it alone at the
     * foot or the head of a page, and keeping a heading with the first two lines of what follows.
     */
    private void place(Prepared block, Prepared next) {
        List<Placed> lines = block.lines();
        int i = 0;
        while (i < lines.size()) {
            int fit = fitting(block, i);
            int remaining = lines.size() - i;
            if (block.keepWithNext() && fit >= remaining && next != null) {
                // The heading and the first lines of the next block must share the page.
                float needed = nextStart(block, remaining) + next.spaceBefore()
                        + Math.min(2, next.lines().size()) * next.leading();
                if (needed > page.bottom - page.footnoteHeight(Map.of()) && !pageEmpty) {
                    newPage();
                    continue;
                }
            }
            if (fit >= remaining) {
                placeLines(block, i, remaining);
                return;
            }
            int take = fit;
            if (remaining - take < 2) {
                take = remaining - 2;      // no widow: leave at least two lines for the next page
            }
            if (i == 0 && take < 2) {
                take = 0;                  // no orphan: a paragraph's first line never sits alone
            }
            if (block.keepWithNext()) {
                take = 0;                  // a heading is never split
            }
            if (take <= 0) {
                if (pageEmpty) {
                    take = Math.max(1, fit); // an empty page must take something, or nothing ever moves
                } else {
                    newPage();
                    continue;
                }
            }
            placeLines(block, i, take);
            i += take;
            newPage();
        }
    }

    /** The baseline after placing {@code count} lines of a block from the cursor. */
    private float nextStart(Prepared block, int count) {
        float start = pageEmpty ? cursor : cursor + block.spaceBefore();
        return start + count * block.leading();
    }

    /** How many lines of a block, from line {@code from}, fit on the page with their footnotes. */
    private int fitting(Prepared block, int from) {
        Map<Integer, SetFootnote> extra = new LinkedHashMap<>();
        float y = pageEmpty || from > 0 ? cursor : cursor + block.spaceBefore();
        int count = 0;
        for (int i = from; i < block.lines().size(); i++) {
            y += block.leading();
            for (int number : block.lines().get(i).line().footnotes()) {
                if (!page.footnotes.containsKey(number) && !extra.containsKey(number)) {
                    extra.put(number, footnote(number));
                }
            }
            if (y > page.bottom - page.footnoteHeight(extra)) {
                break;
            }
            count++;
        }
        return count;
    }

    private void placeLines(Prepared block, int from, int count) {
        float y = pageEmpty || from > 0 ? cursor : cursor + block.spaceBefore();
        for (int i = from; i < from + count; i++) {
            y += block.leading();
            Placed placed = block.lines().get(i);
            if (i == 0 && block.bookmark() != null) {
                bookmarks.add(new Bookmark(block.bookmark(), block.level(), page.number, y - block.leading()));
            }
            LineBreaker.BrokenLine line = placed.line();
            float spacing = line.last() || line.spaces() == 0 ? 0 : (placed.width() - line.width()) / line.spaces();
            // The label goes first, so that text extraction reads "12. The Conference ...".
            if (placed.label() != null) {
                Span label = placed.label();
                page.lines.add(new Line(placed.labelX(), y, List.of(new Piece(label.text(), label.face(), label.size(), 0,
                        null, measure.width(label.text(), label.face(), label.size(), "a label"))), 0, block.role(),
                        block.index()));
            }
            page.lines.add(line(placed.x(), y, line, spacing, block.role(), block.index()));
            for (int number : line.footnotes()) {
                page.footnotes.computeIfAbsent(number, this::footnote);
            }
        }
        cursor = y;
        pageEmpty = false;
    }

    private void newPage() {
        page = new PageBuilder(pages.size() + 1, style.bodyBottom());
        pages.add(page);
        cursor = style.bodyTop() - style.bodyLeading();
        pageEmpty = true;
    }

    /** The short centred rule one line below the end of the text. */
    private void endRule() {
        float y = cursor + style.bodyLeading();
        if (y > page.bottom - page.footnoteHeight(Map.of())) {
            newPage();
            y = cursor + style.bodyLeading();
        }
        float centre = style.columnLeft() + style.columnWidth() / 2;
        page.rules.add(new Rule(centre - style.endRuleWidth() / 2, centre + style.endRuleWidth() / 2, y, 0.25f));
    }

    private Line line(float x, float baseline, LineBreaker.BrokenLine line, float spacing, Role role) {
        return line(x, baseline, line, spacing, role, -1);
    }

    private Line line(float x, float baseline, LineBreaker.BrokenLine line, float spacing, Role role, int block) {
        List<Piece> pieces = new ArrayList<>(line.spans().size());
        for (Span span : line.spans()) {
            pieces.add(new Piece(span.text(), span.face(), span.size(), span.rise(), span.link(),
                    measure.width(span.text(), span.face(), span.size(), "a line")));
        }
        return new Line(x, baseline, pieces, spacing, role, block);
    }

    // ---- footnotes ----------------------------------------------------------------------

    private SetFootnote footnote(int number) {
        List<Span> text = footnoteTexts.get(number);
        if (text == null) {
            throw new RenderException("footnote " + number + " is called but has no text");
        }
        return setFootnote(String.valueOf(number), text, "footnote " + number);
    }

    /** Sets a footnote's lines at the origin; they are moved to the foot of their page later. */
    private SetFootnote setFootnote(String marker, List<Span> text, String where) {
        float x = style.columnLeft() + style.footnoteIndent();
        float width = style.columnWidth() - style.footnoteIndent();
        List<Line> lines = new ArrayList<>();
        float y = 0;
        List<LineBreaker.BrokenLine> broken = breaker.breakLines(text, width, width, where);
        for (int i = 0; i < broken.size(); i++) {
            y += style.footnoteLeading();
            LineBreaker.BrokenLine line = broken.get(i);
            float spacing = line.last() || line.spaces() == 0 ? 0 : (width - line.width()) / line.spaces();
            lines.add(line(x, y, line, spacing, Role.FOOTNOTE));
        }
        float markerWidth = measure.width(marker, FontFace.REGULAR, style.footnoteSize(), where);
        // The marker first, so that text extraction reads "1 See the report ...".
        lines.add(0, new Line(style.columnLeft(), style.footnoteLeading(), List.of(
                new Piece(marker, FontFace.REGULAR, style.footnoteSize(), 0, null, markerWidth)), 0, Role.FOOTNOTE, -1));
        return new SetFootnote(lines, Math.max(y, style.footnoteLeading()) + 2);
    }

    /** Moves a page's footnotes to its foot, under a short rule, the "*" note first. */
    private void placeFootnotes(PageBuilder builder) {
        if (builder.footnotes.isEmpty()) {
            return;
        }
        float top = builder.bottom - builder.footnoteHeight(Map.of()) + style.footnoteLeading() / 2;
        builder.rules.add(new Rule(style.columnLeft(), style.columnLeft() + style.footnoteRuleWidth(), top, 0.5f));
        float y = top;
        for (SetFootnote footnote : builder.footnotes.values()) {
            for (Line line : footnote.lines()) {
                builder.lines.add(new Line(line.x(), y + line.baseline(), line.pieces(), line.spacing(), line.role(), -1));
            }
            y += footnote.height();
        }
    }

    // ---- running elements ---------------------------------------------------------------

    private void runningElements(PageBuilder builder, int total) {
        PageBuilder saved = page;
        page = builder;
        try {
            if (builder.number == 1) {
                firstPageFoot();
                return;
            }
            // Even pages carry the symbol and page number at the left, odd pages at the right.
            // UNSURE: the mirroring of odd pages was not measured; Word's fields suggest it.
            boolean even = builder.number % 2 == 0;
            float size = style.runningSize();
            String symbol = note.masthead().symbolLine();
            float symbolWidth = measure.width(symbol, FontFace.BOLD, size, "the running header");
            text(symbol, FontFace.BOLD, size, even ? style.frameLeft() : style.frameRight() - symbolWidth,
                    style.runningHeaderBaseline(), Role.ARTIFACT);
            builder.rules.add(new Rule(style.frameLeft(), style.frameRight(), style.runningRuleY(), style.runningRule()));
            String number = builder.number + "/" + total;
            float numberWidth = measure.width(number, FontFace.BOLD, size, "the page number");
            text(number, FontFace.BOLD, size, even ? style.frameLeft() : style.frameRight() - numberWidth,
                    style.footerBaseline(), Role.ARTIFACT);
            if (note.furniture().job() != null) {
                String job = note.furniture().job().value();
                float jobWidth = measure.width(job, FontFace.REGULAR, 7, "the job number");
                text(job, FontFace.REGULAR, 7, even ? style.frameRight() - jobWidth : style.frameLeft(),
                        style.footerBaseline(), Role.ARTIFACT);
            }
        } finally {
            page = saved;
        }
    }

    /** The job line and its Code 39 barcode, and the optional QR code. */
    private void firstPageFoot() {
        if (note.furniture().jobLine() != null) {
            text(note.furniture().jobLine(), FontFace.REGULAR, style.jobSize(), style.frameLeft(), style.jobBaseline(), Role.ARTIFACT);
            boolean[] bars = new Code39Writer().encode(note.furniture().job().digits());
            float top = style.jobBaseline() + 4;
            float module = style.barcodeModule();
            for (int i = 0; i < bars.length; ) {
                if (!bars[i]) {
                    i++;
                    continue;
                }
                int run = i;
                while (run < bars.length && bars[run]) {
                    run++;
                }
                page.boxes.add(new Box(style.frameLeft() + i * module, top, (run - i) * module, style.barcodeHeight()));
                i = run;
            }
            String human = "*" + note.furniture().job().digits() + "*";
            text(human, FontFace.REGULAR, 7, style.frameLeft() + (bars.length * module
                    - measure.width(human, FontFace.REGULAR, 7, "the barcode")) / 2,
                    top + style.barcodeHeight() + 8, Role.ARTIFACT);
        }
        if (qrCode) {
            String address = "https://undocs.org/" + note.masthead().symbols().get(0).value();
            try {
                ByteMatrix matrix = Encoder.encode(address, ErrorCorrectionLevel.M,
                        Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix();
                float cell = style.qrSize() / matrix.getWidth();
                float left = style.frameRight() - style.qrSize();
                float top = style.paper().height() - 20 - style.qrSize();
                for (int y = 0; y < matrix.getHeight(); y++) {
                    for (int x = 0; x < matrix.getWidth(); x++) {
                        if (matrix.get(x, y) == 1) {
                            page.boxes.add(new Box(left + x * cell, top + y * cell, cell, cell));
                        }
                    }
                }
            } catch (WriterException e) {
                throw new RenderException("cannot encode " + address + " as a QR code", e);
            }
        }
    }

    // ---- inline text --------------------------------------------------------------------

    /** Turns inlines into spans: faces from emphasis, links from addresses and symbols, raised calls. */
    private List<Span> spans(List<Inline> inlines, FontFace base, float size) {
        List<Span> out = new ArrayList<>();
        collect(inlines, base.isBold(), base.isItalic(), size, null, out);
        return out;
    }

    private void collect(List<Inline> inlines, boolean bold, boolean italic, float size, String link, List<Span> out) {
        for (Inline inline : inlines) {
            FontFace face = FontFace.of(bold, italic);
            if (inline instanceof Inline.Text) {
                out.add(new Span(((Inline.Text) inline).text(), face, size, 0, link, 0));
            } else if (inline instanceof Inline.Emphasis) {
                collect(((Inline.Emphasis) inline).children(), bold, !italic, size, link, out);
            } else if (inline instanceof Inline.Strong) {
                collect(((Inline.Strong) inline).children(), true, italic, size, link, out);
            } else if (inline instanceof Inline.Link) {
                Inline.Link l = (Inline.Link) inline;
                collect(l.children(), bold, italic, size, Inline.Link.isSafeUri(l.uri()) ? l.uri() : null, out);
            } else if (inline instanceof Inline.DocumentReference) {
                Inline.DocumentReference reference = (Inline.DocumentReference) inline;
                out.add(new Span(reference.text(), face, size, 0,
                        resolver.uriFor(reference.target(), note.language()), 0));
            } else if (inline instanceof Inline.FootnoteReference) {
                int number = ((Inline.FootnoteReference) inline).number();
                float callSize = size * style.callSize() / style.bodySize();
                out.add(new Span(String.valueOf(number), face, callSize, size * style.callRise() / style.bodySize(), null, number));
            }
        }
    }
}
