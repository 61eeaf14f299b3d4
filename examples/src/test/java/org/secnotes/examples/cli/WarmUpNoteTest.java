package org.secnotes.examples.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.secnotes.SecNotes;
import org.secnotes.core.Language;
import org.secnotes.render.OutputFormat;

/** The note the warm-up renders goes through every stage, with the parts it is there to load. */
class WarmUpNoteTest {

    @Test
    void theWarmUpNoteRendersInEveryFormatWithItsAgendaHeadingsListAndFootnote() throws IOException {
        SecNotes secnotes = SecNotes.standard();
        ByteArrayOutputStream markdown = new ByteArrayOutputStream();
        secnotes.render(WarmUpNote.build(), Language.EN, OutputFormat.MARKDOWN, markdown);
        String text = markdown.toString(StandardCharsets.UTF_8);
        for (String part : new String[] {"Item 1 of the provisional agenda", "First session", "# I. Introduction",
            "## A. Work", "(a) to load their classes;",
            "[A/RES/1/1]", "[^1]: A footnote"}) {
            assertTrue(text.contains(part), "the Markdown has " + part + ":\n" + text);
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        secnotes.render(WarmUpNote.build(), Language.EN, OutputFormat.PDF, pdf);
        assertTrue(pdf.toString(StandardCharsets.ISO_8859_1).startsWith("%PDF-"), "a PDF");
    }
}
