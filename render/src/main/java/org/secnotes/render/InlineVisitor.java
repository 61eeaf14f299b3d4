package org.secnotes.render;

import org.secnotes.core.Inline;

/**
 * The one walk over inline content that the renderers share: {@link #visit} is the only place
 * that asks which kind of {@link Inline} a run is, so a new kind fails to compile here and in
 * every visitor, rather than being skipped silently by one renderer.
 *
 * @param <R> what a visit returns
 */
public interface InlineVisitor<R> {

    /**
     * Plain text.
     *
     * @param text the run
     * @return the result
     */
    R text(Inline.Text text);

    /**
     * Emphasised text.
     *
     * @param emphasis the run
     * @return the result
     */
    R emphasis(Inline.Emphasis emphasis);

    /**
     * Strong text.
     *
     * @param strong the run
     * @return the result
     */
    R strong(Inline.Strong strong);

    /**
     * Lowered text.
     *
     * @param subscript the run
     * @return the result
     */
    R subscript(Inline.Subscript subscript);

    /**
     * Raised text.
     *
     * @param superscript the run
     * @return the result
     */
    R superscript(Inline.Superscript superscript);

    /**
     * A link to a web address.
     *
     * @param link the run
     * @return the result
     */
    R link(Inline.Link link);

    /**
     * A reference to another UN document.
     *
     * @param reference the run
     * @return the result
     */
    R documentReference(Inline.DocumentReference reference);

    /**
     * A footnote call.
     *
     * @param call the run
     * @return the result
     */
    R footnoteReference(Inline.FootnoteReference call);

    /**
     * Calls the visitor's method for the run's kind.
     *
     * @param inline  the run
     * @param visitor the visitor
     * @param <R>     what the visit returns
     * @return the visitor's result
     */
    static <R> R visit(Inline inline, InlineVisitor<R> visitor) {
        // Java 17 has no pattern matching for switch; this chain covers every permitted type,
        // and the last branch fails loudly if the sealed interface ever gains one.
        if (inline instanceof Inline.Text t) {
            return visitor.text(t);
        } else if (inline instanceof Inline.Emphasis e) {
            return visitor.emphasis(e);
        } else if (inline instanceof Inline.Strong s) {
            return visitor.strong(s);
        } else if (inline instanceof Inline.Subscript s) {
            return visitor.subscript(s);
        } else if (inline instanceof Inline.Superscript s) {
            return visitor.superscript(s);
        } else if (inline instanceof Inline.Link l) {
            return visitor.link(l);
        } else if (inline instanceof Inline.DocumentReference r) {
            return visitor.documentReference(r);
        } else if (inline instanceof Inline.FootnoteReference f) {
            return visitor.footnoteReference(f);
        }
        throw new IllegalStateException("no renderer knows the inline " + inline.getClass().getName());
    }
}
