package org.secnotes.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.secnotes.core.DocumentSymbol;
import org.secnotes.core.Language;

/**
 * One group of the page-1 header, written out for one language. A note's header is four groups
 * in a fixed reading order, given once by {@link LocalizedNote#header()}; every renderer walks
 * that list and decides only how to set each group, never in which order they come.
 *
 * <p>Every implementation is an immutable record and thread-safe.
 */
public sealed interface HeaderGroup {

    /** @return the group's lines in reading order, leaving out those the note does not have */
    List<String> lines();

    /**
     * The masthead: the Organization's name, the symbol line and the organ.
     *
     * @param unitedNations the Organization's name, such as "United Nations" or "Naciones Unidas"
     * @param symbols       the document's symbols
     * @param symbolLine    the symbols as the masthead prints them, joint ones joined by an en dash
     * @param organ         the organ's lines: the principal organ, then the body under it
     */
    record Masthead(String unitedNations, List<DocumentSymbol> symbols, String symbolLine, List<String> organ)
            implements HeaderGroup {
        /**
         * Checks and copies the parts.
         *
         * @param unitedNations the Organization's name, such as "United Nations" or
         *     "Naciones Unidas"
         * @param symbols the document's symbols
         * @param symbolLine the symbols as the masthead prints them, joint ones joined
         *     by an en dash
         * @param organ the organ's lines: the principal organ, then the body under it
         */
        public Masthead {
            Objects.requireNonNull(unitedNations, "unitedNations");
            symbols = List.copyOf(symbols);
            if (symbols.isEmpty()) {
                throw new IllegalArgumentException("a masthead needs at least one symbol");
            }
            Objects.requireNonNull(symbolLine, "symbolLine");
            organ = List.copyOf(organ);
        }

        @Override
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add(unitedNations);
            lines.add(symbolLine);
            lines.addAll(organ);
            return List.copyOf(lines);
        }
    }

    /**
     * The issue block at the right of the masthead: distribution, date, language and original.
     *
     * @param language     the language the block is written in: the note's own, or English in
     *                     Russian, Chinese and Arabic notes
     * @param distribution "Distr.: General", "Distr. general", ...
     * @param dateOfIssue  "18 June 2018", "18 de junio de 2018", ...
     * @param languageLine the version's language ("Spanish") in a translation, or {@code null} in the original
     * @param originalLine "Original: English", "Original: inglés", ...
     */
    record IssueBlock(Language language, String distribution, String dateOfIssue, String languageLine,
            String originalLine) implements HeaderGroup {
        /**
         * Checks the parts.
         *
         * @param language the language the block is written in: the note's own, or
         *     English in Russian, Chinese and Arabic notes
         * @param distribution "Distr.: General", "Distr. general", ...
         * @param dateOfIssue "18 June 2018", "18 de junio de 2018", ...
         * @param languageLine the version's language ("Spanish") in a translation, or
         *     {@code null} in the original
         * @param originalLine "Original: English", "Original: inglés", ...
         */
        public IssueBlock {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(distribution, "distribution");
            Objects.requireNonNull(dateOfIssue, "dateOfIssue");
            Objects.requireNonNull(originalLine, "originalLine");
        }

        @Override
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add(distribution);
            lines.add(dateOfIssue);
            if (languageLine != null) {
                lines.add(languageLine);
            }
            lines.add(originalLine);
            return List.copyOf(lines);
        }
    }

    /**
     * The session block under the thick rule; every part may be absent ({@code null}).
     *
     * @param bodyLine    the body under the principal organ where it heads the session block
     *                    ("Human Rights Council", "Commission on Narcotic Drugs"), or {@code null}
     * @param sessionLine "Ninth session", "Noveno período de sesiones", ...
     * @param yearLine    the year line of an organ that counts years, printed under the session
     *                    in a joint document ("Eightieth year" for the Security Council in 2025)
     * @param venueLine   "Vienna, 15–19 October 2018", ...
     * @param agendaLine  "Item 4 of the provisional agenda*", ...; ends in the agenda footnote's
     *                    marker when the note has one
     * @param agendaTitle the agenda item's title, set in bold
     */
    record SessionBlock(String bodyLine, String sessionLine, String yearLine, String venueLine, String agendaLine,
            String agendaTitle) implements HeaderGroup {
        @Override
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            for (String line : new String[] {bodyLine, sessionLine, yearLine, venueLine, agendaLine, agendaTitle}) {
                if (line != null) {
                    lines.add(line);
                }
            }
            return List.copyOf(lines);
        }
    }

    /**
     * The title block.
     *
     * @param title     the note's title
     * @param kind      "Note by the Secretariat", a subtitle, ..., or {@code null}
     * @param partLines what the symbol's last parts make of the document, under the kind:
     *                  "Addendum" for {@code /Add.1}, "Corrigendum" for {@code /Corr.1}; empty
     *                  for most documents
     */
    record TitleBlock(String title, String kind, List<String> partLines) implements HeaderGroup {
        /**
         * Checks the title and copies the part lines.
         *
         * @param title     the note's title
         * @param kind      "Note by the Secretariat", a subtitle, ..., or {@code null}
         * @param partLines "Addendum", "Corrigendum", ...; empty for most documents
         */
        public TitleBlock {
            Objects.requireNonNull(title, "title");
            partLines = List.copyOf(partLines);
        }

        @Override
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add(title);
            if (kind != null) {
                lines.add(kind);
            }
            lines.addAll(partLines);
            return List.copyOf(lines);
        }
    }
}
