package org.secnotes.render.layout;

import org.secnotes.render.layout.DocumentLayout.Part;
import org.secnotes.render.layout.DocumentLayout.Role;
import org.secnotes.render.layout.DocumentLayout.Rule;
import org.secnotes.templates.LocalizedNote;

/**
 * The running header and footer of pages 2 onward: the symbol over a rule, the page number and
 * the job number, mirrored between even and odd pages.
 *
 * <p>Not thread-safe: it sets text with the layout's typesetter.
 */
final class RunningElements {

    private final PageStyle style;
    private final Typesetter setter;

    RunningElements(PageStyle style, Typesetter setter) {
        this.style = style;
        this.setter = setter;
    }

    /** Adds the running elements to a page after the first. */
    void set(LocalizedNote note, PageContent page, int total) {
        // Even pages carry the symbol and page number at the left, odd pages at the right.
        // UNSURE: the mirroring of odd pages was not measured; Word's fields suggest it.
        boolean even = page.number % 2 == 0;
        PageStyle.Running running = style.running();
        PageStyle.Frame frame = style.frame();
        float size = running.size();
        String symbol = note.masthead().symbolLine();
        float symbolWidth = setter.width(symbol, FontFace.BOLD, size, "the running header");
        page.lines.add(setter.text(symbol, FontFace.BOLD, size, even ? frame.left() : frame.right() - symbolWidth,
                running.headerBaseline(), Part.of(Role.RUNNING_HEADER, "running-header", 0), "the header"));
        page.rules.add(new Rule(frame.left(), frame.right(), running.ruleY(), running.rule()));
        String number = page.number + "/" + total;
        float numberWidth = setter.width(number, FontFace.BOLD, size, "the page number");
        page.lines.add(setter.text(number, FontFace.BOLD, size, even ? frame.left() : frame.right() - numberWidth,
                running.footerBaseline(), Part.of(Role.PAGE_NUMBER, "page-number", 0), "the header"));
        if (note.furniture().job() != null) {
            String job = note.furniture().job().value();
            float jobWidth = setter.width(job, FontFace.REGULAR, running.jobSize(), "the job number");
            page.lines.add(setter.text(job, FontFace.REGULAR, running.jobSize(),
                    even ? frame.right() - jobWidth : frame.left(), running.footerBaseline(),
                    Part.of(Role.JOB_NUMBER, "job-number", 0), "the header"));
        }
    }
}
