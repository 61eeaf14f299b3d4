package org.secnotes.examples;

import java.nio.file.Path;
import java.util.List;
import org.secnotes.SecNotes;
import org.secnotes.core.Language;
import org.secnotes.core.Note;
import org.secnotes.render.OutputFormat;

/**
 * How an application embeds secnotes: read a note once, then write both language versions in
 * both formats with one shared, thread-safe {@link SecNotes} instance.
 *
 * <p>Run from the project folder:
 * {@code java -cp examples/target/secnotes.jar org.secnotes.examples.EmbedExample out}
 */
public final class EmbedExample {

    private EmbedExample() {
    }

    /**
     * Renders the example note in English and Spanish, to Markdown and PDF.
     *
     * @param args the output folder (default {@code out})
     * @throws Exception if a source is invalid or a file cannot be written
     */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "out");
        SecNotes secnotes = SecNotes.standard();
        Note note = secnotes.read(List.of(
                Path.of("examples/notes/cop-working-groups.en.md"),
                Path.of("examples/notes/cop-working-groups.es.md")));
        for (Language language : note.languages()) {
            for (OutputFormat format : OutputFormat.values()) {
                System.out.println("wrote " + secnotes.renderTo(note, language, format, folder));
            }
        }
    }
}
