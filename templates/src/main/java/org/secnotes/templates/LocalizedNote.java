package org.secnotes.templates;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.secnotes.core.DocumentSymbol;
import org.secnotes.core.Footnote;
import org.secnotes.core.Inline;
import org.secnotes.core.JobNumber;
import org.secnotes.core.Language;

/**
 * One language version of a note with every piece of boilerplate written out, ready for a
 * renderer: the renderers draw these strings and never compose header text themselves.
 *
 * <p>Immutable and thread-safe.
 *
 * @param language       the language of this version
 * @param rightToLeft    whether the language is written right to left
 * @param unitedNations  the masthead's name, such as "United Nations" or "Naciones Unidas"
 * @param symbols        the document's symbols
 * @param symbolLine     the symbols as the masthead prints them, joint ones joined by an en dash
 * @param organ          the organ's lines: the principal organ, then the body under it
 * @param distribution   "Distr.: General", "Distr. general", ...
 * @param dateOfIssue    "18 June 2018", "18 de junio de 2018", ...
 * @param languageLine   the version's language ("Español") in a translation, or {@code null} in the original
 * @param originalLine   "Original: English", "Original: inglés", ...
 * @param session        "Ninth session", "Noveno período de sesiones", ..., or {@code null}
 * @param venueAndDates  "Vienna, 15–19 October 2018", ..., or {@code null}
 * @param agendaLine     "Item 4 of the provisional agenda*", ..., or {@code null}; ends in "*" when
 *                       {@code agendaFootnote} is present
 * @param agendaTitle    the agenda item's title, set in bold, or {@code null}
 * @param title          the note's title
 * @param kind           "Note by the Secretariat", a subtitle, ..., or {@code null}
 * @param blocks         the body, with labels in this language
 * @param footnotes      the body's numbered footnotes
 * @param agendaFootnote the "*" footnote citing the agenda document, or {@code null}
 * @param job            the job number, or {@code null}
 * @param jobLine        the page-1 job line, such as "V.18-04130 (S)", or {@code null}
 * @param issued         the date of issue, for metadata that must not come from the clock
 */
public record LocalizedNote(
        Language language,
        boolean rightToLeft,
        String unitedNations,
        List<DocumentSymbol> symbols,
        String symbolLine,
        List<String> organ,
        String distribution,
        String dateOfIssue,
        String languageLine,
        String originalLine,
        String session,
        String venueAndDates,
        String agendaLine,
        String agendaTitle,
        String title,
        String kind,
        List<LocalizedBlock> blocks,
        List<Footnote> footnotes,
        AgendaFootnote agendaFootnote,
        JobNumber job,
        String jobLine,
        LocalDate issued) {

    /** Checks and copies the parts. */
    public LocalizedNote {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(unitedNations, "unitedNations");
        symbols = List.copyOf(symbols);
        Objects.requireNonNull(symbolLine, "symbolLine");
        organ = List.copyOf(organ);
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(dateOfIssue, "dateOfIssue");
        Objects.requireNonNull(originalLine, "originalLine");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
        footnotes = List.copyOf(footnotes);
        Objects.requireNonNull(issued, "issued");
    }

    /** @return the first symbol, which names the document */
    public DocumentSymbol primarySymbol() {
        return symbols.get(0);
    }

    /**
     * The header lines in reading order, the masthead first and the kind last, leaving out those
     * the note does not have. Useful for tests and plain-text output.
     *
     * @return the lines
     */
    public List<String> headerLines() {
        var lines = new java.util.ArrayList<String>();
        lines.add(unitedNations);
        lines.add(symbolLine);
        lines.addAll(organ);
        lines.add(distribution);
        lines.add(dateOfIssue);
        Optional.ofNullable(languageLine).ifPresent(lines::add);
        lines.add(originalLine);
        Optional.ofNullable(session).ifPresent(lines::add);
        Optional.ofNullable(venueAndDates).ifPresent(lines::add);
        Optional.ofNullable(agendaLine).ifPresent(lines::add);
        Optional.ofNullable(agendaTitle).ifPresent(lines::add);
        lines.add(title);
        Optional.ofNullable(kind).ifPresent(lines::add);
        return List.copyOf(lines);
    }

    /**
     * The "*" footnote that cites the agenda document: "* CTOC/COP/2018/1."
     *
     * <p>Immutable and thread-safe.
     *
     * @param marker the footnote's mark, "*"
     * @param text   the footnote's text: a reference to the agenda document and a full stop
     */
    public record AgendaFootnote(String marker, List<Inline> text) {
        /** Checks and copies the parts. */
        public AgendaFootnote {
            Objects.requireNonNull(marker, "marker");
            text = List.copyOf(text);
        }
    }
}
