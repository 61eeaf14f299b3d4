package org.secnotes.render;

import java.io.IOException;
import java.io.OutputStream;
import org.secnotes.templates.LocalizedNote;

/**
 * Draws a localized note in one output format. A new output format is a new implementation.
 *
 * <p>Implementations must be immutable and thread-safe: build one, then render any number of
 * notes from any number of threads.
 */
public interface NoteRenderer {

    /** @return the format's file extension without the dot, such as {@code "md"} or {@code "pdf"} */
    String extension();

    /**
     * Renders one note. The stream is written to but not closed.
     *
     * @param note the localized note
     * @param out  where the bytes go
     * @throws IOException             if the stream fails
     * @throws RenderException if the note cannot be drawn in this format, such as a
     *                                 character no font has
     */
    void render(LocalizedNote note, OutputStream out) throws IOException;
}
