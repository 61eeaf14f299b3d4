package org.secnotes.render.layout;

import java.util.ArrayList;
import java.util.List;
import org.secnotes.core.Inline;
import org.secnotes.core.Language;
import org.secnotes.render.InlineVisitor;
import org.secnotes.render.JointReference;
import org.secnotes.render.SymbolResolver;

/**
 * Turns inline content into spans: faces from emphasis and strong text, links from addresses and
 * document symbols, footnote calls raised and smaller, and Unicode superscripts and subscripts
 * drawn as smaller, shifted base characters ({@link ScriptCharacters}).
 *
 * <p>Immutable and thread-safe.
 */
final class InlineSpans {

    private final SymbolResolver resolver;
    private final Language language;
    private final PageStyle style;

    InlineSpans(SymbolResolver resolver, Language language, PageStyle style) {
        this.resolver = resolver;
        this.language = language;
        this.style = style;
    }

    /** The spans of some inlines set in a base face and size. */
    List<Span> spans(List<Inline> inlines, FontFace base, float size) {
        List<Span> out = new ArrayList<>();
        collect(inlines, base.isBold(), base.isItalic(), size, null, out);
        return out;
    }

    private void collect(List<Inline> inlines, boolean bold, boolean italic, float size, String link, List<Span> out) {
        FontFace face = FontFace.of(bold, italic);
        InlineVisitor<Void> visitor = new InlineVisitor<>() {
            @Override
            public Void text(Inline.Text text) {
                Span span = new Span(text.text(), face, size, 0, link, 0);
                if (ScriptCharacters.any(text.text())) {
                    ScriptCharacters.split(span, out);
                } else {
                    out.add(span);
                }
                return null;
            }

            @Override
            public Void emphasis(Inline.Emphasis emphasis) {
                collect(emphasis.children(), bold, !italic, size, link, out);
                return null;
            }

            @Override
            public Void strong(Inline.Strong strong) {
                collect(strong.children(), true, italic, size, link, out);
                return null;
            }

            @Override
            public Void link(Inline.Link l) {
                collect(l.children(), bold, italic, size, Inline.Link.isSafeUri(l.uri()) ? l.uri() : null, out);
                return null;
            }

            @Override
            public Void documentReference(Inline.DocumentReference reference) {
                // Each part of a joint symbol links to its own document; the dash between links to none.
                for (JointReference.Part part : JointReference.of(reference).parts()) {
                    out.add(new Span(part.text(), face, size, 0,
                            part.target() == null ? link : resolver.uriFor(part.target(), language), 0));
                }
                return null;
            }

            @Override
            public Void footnoteReference(Inline.FootnoteReference call) {
                // The call's size and rise are given for body text and scale with the text around it.
                PageStyle.Footnotes notes = style.footnotes();
                float bodySize = style.body().size();
                out.add(new Span(String.valueOf(call.number()), face, size * notes.callSize() / bodySize,
                        size * notes.callRise() / bodySize, null, call.number()));
                return null;
            }
        };
        for (Inline inline : inlines) {
            InlineVisitor.visit(inline, visitor);
        }
    }
}
