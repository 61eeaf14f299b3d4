package org.secnotes.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.secnotes.core.DocumentSymbol;
import org.secnotes.core.Footnote;
import org.secnotes.core.Inline;
import org.secnotes.core.JobNumber;
import org.secnotes.core.Language;
import org.secnotes.templates.HeaderGroup.IssueBlock;
import org.secnotes.templates.HeaderGroup.Masthead;
import org.secnotes.templates.HeaderGroup.SessionBlock;
import org.secnotes.templates.HeaderGroup.TitleBlock;

/**
 * One language version of a note with every piece of boilerplate written out, ready for a
 * renderer: the renderers draw these strings and never compose header text themselves. Only
 * {@link NoteTemplates} makes one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param info         what describes the document as a whole (language, title, date)
 * @param masthead     the Organization's name, the symbols and the organ
 * @param issueBlock   distribution, date, language and original
 * @param sessionBlock session, venue and dates, agenda line and title
 * @param titleBlock   the title and the kind
 * @param body         the body, its footnotes and the "*" agenda footnote
 * @param furniture    what only the printed page carries: the job number and job line
 */
public record LocalizedNote(
        DocumentInfo info,
        Masthead masthead,
        IssueBlock issueBlock,
        SessionBlock sessionBlock,
        TitleBlock titleBlock,
        LocalizedBody body,
        PageFurniture furniture) {

    /**
     * Checks the parts.
     *
     * @param info what describes the document as a whole (language, title, date)
     * @param masthead the Organization's name, the symbols and the organ
     * @param issueBlock distribution, date, language and original
     * @param sessionBlock session, venue and dates, agenda line and title
     * @param titleBlock the title and the kind
     * @param body the body, its footnotes and the "*" agenda footnote
     * @param furniture what only the printed page carries: the job number and job line
     */
    public LocalizedNote {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(masthead, "masthead");
        Objects.requireNonNull(issueBlock, "issueBlock");
        Objects.requireNonNull(sessionBlock, "sessionBlock");
        Objects.requireNonNull(titleBlock, "titleBlock");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(furniture, "furniture");
    }

    /** @return the language of this version */
    public Language language() {
        return info.language();
    }

    /** @return the first symbol, which names the document */
    public DocumentSymbol primarySymbol() {
        return masthead.symbols().get(0);
    }

    /**
     * The header's groups in reading order: the one place that order is written down.
     *
     * @return masthead, issue block, session block, title block
     */
    public List<HeaderGroup> header() {
        return List.of(masthead, issueBlock, sessionBlock, titleBlock);
    }

    /**
     * The header lines in reading order, the masthead first and the kind last, leaving out those
     * the note does not have.
     *
     * @return the lines
     */
    public List<String> headerLines() {
        List<String> lines = new ArrayList<>();
        header().forEach(group -> lines.addAll(group.lines()));
        return List.copyOf(lines);
    }

    /**
     * What describes the document as a whole, for a file's metadata.
     *
     * @param language    the language of this version
     * @param rightToLeft whether the language is written right to left
     * @param name        the document's name: its symbols as the masthead prints them
     * @param title       the document's title as metadata gives it: the symbol line and the title
     * @param issued      the date of issue, for metadata that must not come from the clock
     * @param linkAlt     how a link is described to a screen reader, in this language: a pattern
     *                    with {@code {text}} for the linked text and {@code {address}} for where it
     *                    leads, such as "Link to {text} ({address})"
     */
    public record DocumentInfo(Language language, boolean rightToLeft, String name, String title, LocalDate issued,
            String linkAlt) {
        /**
         * Checks the parts.
         *
         * @param language the language of this version
         * @param rightToLeft whether the language is written right to left
         * @param name the document's name: its symbols as the masthead prints them
         * @param title the document's title as metadata gives it: the symbol line and
         *     the title
         * @param issued the date of issue, for metadata that must not come from the
         *     clock
         * @param linkAlt how a link is described to a screen reader, in this language, with
         *     {@code {text}} and {@code {address}}
         */
        public DocumentInfo {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(issued, "issued");
            Objects.requireNonNull(linkAlt, "linkAlt");
        }

        /**
         * The description of one link, in this language.
         *
         * @param text    the linked text as it reads
         * @param address where the link leads
         * @return the pattern filled in
         */
        public String linkAlt(String text, String address) {
            return linkAlt.replace("{text}", text).replace("{address}", address);
        }
    }

    /**
     * The body of one language version.
     *
     * @param blocks         the blocks, with labels in this language
     * @param footnotes      the numbered footnotes
     * @param agendaFootnote the "*" footnote citing the agenda document, or {@code null}
     */
    public record LocalizedBody(List<LocalizedBlock> blocks, List<Footnote> footnotes, AgendaFootnote agendaFootnote) {
        /**
         * Copies the lists.
         *
         * @param blocks the blocks, with labels in this language
         * @param footnotes the numbered footnotes
         * @param agendaFootnote the "*" footnote citing the agenda document, or {@code
         *     null}
         */
        public LocalizedBody {
            blocks = List.copyOf(blocks);
            footnotes = List.copyOf(footnotes);
        }
    }

    /**
     * What only the printed page carries.
     *
     * @param job       the job number, or {@code null}
     * @param jobLine   the page-1 job line, such as "V.18-04130 (S)", or {@code null}
     * @param qrCodeAlt the QR code's alternate text, in the note's language
     * @param emblemAlt the emblem's alternate text, in the note's language
     */
    public record PageFurniture(JobNumber job, String jobLine, String qrCodeAlt, String emblemAlt) {
        /**
         * Checks the alternate texts.
         *
         * @param job the job number, or {@code null}
         * @param jobLine the page-1 job line, such as "V.18-04130 (S)", or {@code null}
         * @param qrCodeAlt the QR code's alternate text, in the note's language
         * @param emblemAlt the emblem's alternate text, in the note's language
         */
        public PageFurniture {
            Objects.requireNonNull(qrCodeAlt, "qrCodeAlt");
            Objects.requireNonNull(emblemAlt, "emblemAlt");
        }
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
        /**
         * Checks and copies the parts.
         *
         * @param marker the footnote's mark, "*"
         * @param text the footnote's text: a reference to the agenda document and a full
         *     stop
         */
        public AgendaFootnote {
            Objects.requireNonNull(marker, "marker");
            text = List.copyOf(text);
        }
    }
}
