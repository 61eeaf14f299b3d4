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
 * document symbols, footnote calls raised and smaller, and superscripts and subscripts (the markup's
 * and Unicode's) drawn as smaller, shifted characters ({@link ScriptCharacters}).
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
        collect(inlines, base.isBold(), base.isItalic(), size, 0, null, out);
        return out;
    }

    private void collect(List<Inline> inlines, boolean bold, boolean italic, float size, float rise, String link,
            List<Span> out) {
        FontFace face = FontFace.of(bold, italic);
        InlineVisitor<Void> visitor = new InlineVisitor<>() {
            @Override
            public Void text(Inline.Text text) {
                Span span = new Span(text.text(), face, size, rise, link, 0);
                if (ScriptCharacters.any(text.text())) {
                    ScriptCharacters.split(span, out);
                } else {
                    out.add(span);
                }
                return null;
            }

            @Override
            public Void emphasis(Inline.Emphasis emphasis) {
                collect(emphasis.children(), bold, !italic, size, rise, link, out);
                return null;
            }

            @Override
            public Void strong(Inline.Strong strong) {
                collect(strong.children(), true, italic, size, rise, link, out);
                return null;
            }

            @Override
            public Void subscript(Inline.Subscript subscript) {
                // Set as the Unicode subscripts are (ScriptCharacters), so "CO~2~" and "CO₂" look alike.
                collect(subscript.children(), bold, italic, size * ScriptCharacters.SIZE,
                        rise - size * ScriptCharacters.SUBSCRIPT_DROP, link, out);
                return null;
            }

            @Override
            public Void superscript(Inline.Superscript superscript) {
                collect(superscript.children(), bold, italic, size * ScriptCharacters.SIZE,
                        rise + size * ScriptCharacters.SUPERSCRIPT_RISE, link, out);
                return null;
            }

            @Override
            public Void link(Inline.Link l) {
                collect(l.children(), bold, italic, size, rise, Inline.Link.isSafeUri(l.uri()) ? l.uri() : null, out);
                return null;
            }

            @Override
            public Void documentReference(Inline.DocumentReference reference) {
                // Each part of a joint symbol links to its own document; the dash between links to none.
                for (JointReference.Part part : JointReference.of(reference).parts()) {
                    out.add(new Span(part.text(), face, size, rise,
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
                        rise + size * notes.callRise() / bodySize, null, call.number()));
                return null;
            }
        };
        for (Inline inline : inlines) {
            InlineVisitor.visit(inline, visitor);
        }
    }
}
