package org.secnotes.examples.cli;

import java.time.LocalDate;
import java.util.List;
import org.secnotes.core.Agenda;
import org.secnotes.core.AgendaStage;
import org.secnotes.core.Block;
import org.secnotes.core.Body;
import org.secnotes.core.DocumentSymbol;
import org.secnotes.core.Footnote;
import org.secnotes.core.Inline;
import org.secnotes.core.JobNumber;
import org.secnotes.core.Language;
import org.secnotes.core.Meeting;
import org.secnotes.core.Note;
import org.secnotes.core.NoteMetadata;
import org.secnotes.core.NoteVersion;
import org.secnotes.core.Session;

/**
 * The note the warm-up localizes and renders, built in code rather than read: so the warm-up
 * reaches localizing and PDF writing, which a real note reaches last, without waiting for the
 * reading stage to load (that is warmed on a thread of its own). It has the parts most notes have,
 * so that their code is loaded: an agenda with its "*" footnote, a job number, headings, numbered
 * paragraphs, a list, a document reference, emphasis and a footnote.
 */
final class WarmUpNote {

    private WarmUpNote() {
    }

    /** @return the note, in English */
    static Note build() {
        LocalDate day = LocalDate.of(2000, 1, 3);
        NoteMetadata metadata = NoteMetadata.builder()
                .symbol("A/1/1")
                .dateOfIssue(day)
                .original(Language.EN)
                .session(Session.regular(1))
                .meeting(new Meeting("Vienna", day, day.plusDays(1)))
                .agenda(new Agenda(List.of(Agenda.AgendaItem.parse("1")), AgendaStage.PROVISIONAL,
                        DocumentSymbol.of("A/1/0")))
                .job(new JobNumber("V.00-00001"))
                .build();
        Body body = new Body(List.of(
                new Block.Heading(1, "I", text("Introduction")),
                new Block.NumberedParagraph(1, List.of(
                        new Inline.Text("A short note that every stage renders once, as decided in "),
                        new Inline.DocumentReference("A/RES/1/1", DocumentSymbol.of("A/RES/1/1")),
                        new Inline.Text(", "),
                        new Inline.Emphasis(text("before")),
                        new Inline.Text(" the first real note."),
                        new Inline.FootnoteReference(1))),
                new Block.Heading(2, "A", text("Work")),
                new Block.NumberedParagraph(2, text("The stages decided:")),
                new Block.SubItem(1, 1, text("to load their classes;")),
                new Block.SubItem(1, 2, text("to be ready."))),
                List.of(new Footnote(1, text("A footnote, so that the footnote code is loaded too."))));
        NoteVersion english = new NoteVersion(Language.EN, List.of(), "Opening of the session", "Warm-up", null, body);
        return new Note(metadata, List.of(english));
    }

    private static List<Inline> text(String words) {
        return List.of(new Inline.Text(words));
    }
}
