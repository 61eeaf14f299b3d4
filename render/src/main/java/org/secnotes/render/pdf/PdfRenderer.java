package org.secnotes.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.secnotes.render.NoteRenderer;
import org.secnotes.render.SymbolResolver;
import org.secnotes.render.layout.DocumentLayout;
import org.secnotes.render.layout.FontChainShaper;
import org.secnotes.render.layout.NoteLayouter;
import org.secnotes.render.layout.PageStyle;
import org.secnotes.render.layout.Paper;
import org.secnotes.templates.LocalizedNote;

/**
 * Renders a note as a print-ready, archival and accessible PDF (PDF/A-2a and PDF/UA-1: tagged,
 * in reading order, see {@link Builder#tagged}) with the real UN page layout: the
 * page-1 masthead and header block, the body justified in the narrow column with numbered
 * paragraphs, footnotes at the foot of the page that calls them, running headers and footers, the
 * job number with its Code 39 barcode, clickable document symbols and bookmarks.
 *
 * <pre>{@code
 * PdfRenderer pdf = PdfRenderer.builder().paper(Paper.A4).build();   // once
 * pdf.render(localizedNote, out);                                     // from any thread
 * }</pre>
 *
 * <p>Immutable and thread-safe: fonts are read once per process and shared; each render makes
 * its own PDF document.
 */
public final class PdfRenderer implements NoteRenderer {

    private final Paper paper;
    private final FontSet fonts;
    private final byte[] emblem;
    private final boolean qrCode;
    private final boolean tagged;
    private final SymbolResolver symbolResolver;
    private final NoteLayouter layouter;

    private PdfRenderer(Builder builder) {
        this.paper = builder.paper;
        this.fonts = builder.fonts != null ? builder.fonts : FontSet.liberationSerif();
        this.emblem = builder.emblem == null ? null : builder.emblem.clone();
        this.qrCode = builder.qrCode;
        this.tagged = builder.tagged;
        this.symbolResolver = builder.symbolResolver;
        this.layouter = new NoteLayouter(new FontChainShaper(fonts), symbolResolver, qrCode, emblem != null);
    }

    /** @return a builder: automatic paper, Liberation Serif, no emblem, no QR code, undocs.org links */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String extension() {
        return "pdf";
    }

    /**
     * Lays a note out without writing a PDF: what each page holds and where.
     *
     * @param note the localized note
     * @return the layout
     * @throws org.secnotes.render.RenderException if a character cannot be drawn
     */
    public DocumentLayout layout(LocalizedNote note) {
        PageStyle style = PageStyle.un(paper.resolve(note.furniture().job()));
        return layouter.layout(note, style);
    }

    @Override
    public void render(LocalizedNote note, OutputStream out) throws IOException {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(out, "out");
        PdfPainter.paint(layout(note), fonts, emblem, tagged, out);
    }

    /**
     * Builds a {@link PdfRenderer}. Not thread-safe: use one builder on one thread.
     */
    public static final class Builder {
        private Paper paper = Paper.AUTO;
        private FontSet fonts;
        private byte[] emblem;
        private boolean qrCode;
        private boolean tagged = true;
        private SymbolResolver symbolResolver = SymbolResolver.undocs();

        private Builder() {
        }

        /**
         * Sets the paper: A4, US Letter, or chosen from the job number.
         *
         * @param value A4, LETTER, or AUTO (from the job number)
         * @return this builder
         */
        public Builder paper(Paper value) {
            this.paper = Objects.requireNonNull(value, "paper");
            return this;
        }

        /**
         * Sets the fonts to set the note in.
         *
         * @param value the fonts to set the note in; default Liberation Serif
         * @return this builder
         */
        public Builder fonts(FontSet value) {
            this.fonts = Objects.requireNonNull(value, "fonts");
            return this;
        }

        /**
         * Places an image in the emblem slot of page 1 (56 × 47 pt). None is drawn by default: the
         * use of the UN emblem is restricted, so only its rightful user can supply it.
         *
         * @param png the image's bytes (PNG or JPEG)
         * @return this builder
         */
        public Builder emblem(byte[] png) {
            this.emblem = png == null ? null : png.clone();
            return this;
        }

        /**
         * Sets whether page 1 carries a QR code opening https://undocs.org/symbol.
         *
         * @param value whether page 1 carries a QR code opening https://undocs.org/symbol
         * @return this builder
         */
        public Builder qrCode(boolean value) {
            this.qrCode = value;
            return this;
        }

        /**
         * Whether the PDF is tagged: a structure tree a screen reader follows, page furniture
         * marked as artifacts, and the claims PDF/UA-1 and PDF/A-2a. On by default; off gives the
         * untagged PDF/A-2u file, a few per cent smaller, for a baseline or a print-only copy.
         *
         * @param value whether to tag
         * @return this builder
         */
        public Builder tagged(boolean value) {
            this.tagged = value;
            return this;
        }

        /**
         * Sets where document symbols link to.
         *
         * @param value where document symbols link to
         * @return this builder
         */
        public Builder symbolResolver(SymbolResolver value) {
            this.symbolResolver = Objects.requireNonNull(value, "symbolResolver");
            return this;
        }

        /** @return the renderer */
        public PdfRenderer build() {
            return new PdfRenderer(this);
        }
    }
}
