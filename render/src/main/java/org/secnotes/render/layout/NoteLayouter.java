package org.secnotes.render.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.secnotes.render.SymbolResolver;
import org.secnotes.render.layout.DocumentLayout.Page;
import org.secnotes.templates.LocalizedNote;

/**
 * Lays a localized note out on UN pages, independent of any output format. Each job has a class
 * of its own, run in this order: {@link FirstPageHeader} (masthead and header block),
 * {@link BodyBlocks} (the body broken into lines), {@link BodyFlow} (pagination), {@link Footnotes}
 * (set once, placed at the foot of the page that calls them), {@link RunningElements} (pages 2
 * onward) and {@link JobMarks} (job line, barcode, QR code, emblem slot on page 1).
 *
 * <pre>{@code
 * NoteLayouter layouter = new NoteLayouter(new LatinShaper(fonts), SymbolResolver.undocs(), false, false);
 * DocumentLayout layout = layouter.layout(note, PageStyle.un(Paper.A4));
 * }</pre>
 *
 * <p>Immutable and thread-safe: each call lays out on its own objects.
 */
public final class NoteLayouter {

    private final TextShaper shaper;
    private final SymbolResolver resolver;
    private final boolean qrCode;
    private final boolean emblem;

    /**
     * A layouter.
     *
     * @param shaper   measures and shapes text
     * @param resolver where document symbols link to
     * @param qrCode   whether page 1 carries a QR code opening the document online
     * @param emblem   whether page 1 has an emblem drawn in its slot
     */
    public NoteLayouter(TextShaper shaper, SymbolResolver resolver, boolean qrCode, boolean emblem) {
        this.shaper = Objects.requireNonNull(shaper, "shaper");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.qrCode = qrCode;
        this.emblem = emblem;
    }

    /**
     * Lays a note out.
     *
     * @param note  the localized note
     * @param style the page's measures
     * @return the layout
     * @throws org.secnotes.render.RenderException if a character cannot be drawn, a footnote is
     *                                             called but has no text, or an element of page 1's
     *                                             header needs more room than page 1 has (the
     *                                             message names its source field)
     */
    public DocumentLayout layout(LocalizedNote note, PageStyle style) {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(style, "style");
        Typesetter setter = new Typesetter(shaper, note.language(), note.info().rightToLeft());
        InlineSpans spans = new InlineSpans(resolver, note.language(), style);
        Footnotes footnotes = new Footnotes(style, setter, spans, note.body().footnotes());

        PageContent first = new PageContent(1, style.body().firstPageBottom());
        Map<String, Footnotes.Typeset> agenda = note.body().agendaFootnote() == null ? Map.of()
                : Map.of(Footnotes.AGENDA, footnotes.agenda(note.body().agendaFootnote(), spans));
        // The header leaves page 1 room for the agenda footnote and the body's first lines.
        float lowest = first.bottom - footnotes.height(first, agenda)
                - style.body().fewestLines() * style.body().leading();
        float start = new FirstPageHeader(style, setter, note.language()).set(note, first, lowest);
        first.footnotes.putAll(agenda);
        BodyFlow flow = new BodyFlow(style, setter, footnotes, first, start);
        List<PageContent> pages = flow.flow(new BodyBlocks(style, setter, spans).prepare(note.body().blocks()));

        RunningElements running = new RunningElements(style, setter);
        JobMarks marks = new JobMarks(style, setter);
        List<Page> done = new ArrayList<>(pages.size());
        for (PageContent page : pages) {
            footnotes.place(page);
            if (page.number == 1) {
                marks.set(note, page, qrCode, emblem);
            } else {
                running.set(note, page, pages.size());
            }
            done.add(note.info().rightToLeft() ? Mirror.page(page.done(), style) : page.done());
        }
        return new DocumentLayout(note.info(), style, done, flow.bookmarks());
    }
}
