package org.secnotes.render.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.secnotes.render.layout.DocumentLayout.Line;
import org.secnotes.render.layout.DocumentLayout.Mark;
import org.secnotes.render.layout.DocumentLayout.Page;
import org.secnotes.render.layout.DocumentLayout.Rule;

/**
 * A page being filled: its lines, rules and marks, and the footnotes it must carry, by id in the
 * order they are called.
 *
 * <p>Not thread-safe: one layout fills it, then {@link #done()} freezes it.
 */
final class PageContent {

    final int number;
    /** The lowest body baseline, from the top. */
    final float bottom;
    final List<Line> lines = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();
    final List<Mark> marks = new ArrayList<>();
    final Map<String, Footnotes.Typeset> footnotes = new LinkedHashMap<>();

    PageContent(int number, float bottom) {
        this.number = number;
        this.bottom = bottom;
    }

    /** @return the immutable page */
    Page done() {
        return new Page(number, lines, rules, marks);
    }
}
