package org.secnotes.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.secnotes.render.NoteRenderer;
import org.secnotes.render.RenderException;
import org.secnotes.render.SymbolResolver;
import org.secnotes.templates.LocalizedNote;

/**
 * Placeholder until the PDF renderer lands: says clearly that PDF is not available yet.
 *
 * <p>Immutable and thread-safe.
 */
public final class PdfRenderer implements NoteRenderer {

    private PdfRenderer() {
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void render(LocalizedNote note, OutputStream out) throws IOException {
        throw new RenderException("PDF output is not available yet; use --format md");
    }

    /** Builds a {@link PdfRenderer}. Not thread-safe. */
    public static final class Builder {
        private Builder() {
        }

        /** @param value the resolver @return this builder */
        public Builder symbolResolver(SymbolResolver value) {
            Objects.requireNonNull(value, "symbolResolver");
            return this;
        }

        /** @return the renderer */
        public PdfRenderer build() {
            return new PdfRenderer();
        }
    }
}
