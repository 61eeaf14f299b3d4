package org.secnotes.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a note says in every language alike: its symbols, distribution, date of issue, original
 * language, session, meeting, agenda, kind and job number. The text that differs per language is
 * in {@link NoteVersion}.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}.
 *
 * @param symbols      one or more symbols; several make a joint document ({@code A/73/328–S/2018/592})
 * @param distribution general, limited or restricted
 * @param dateOfIssue  the date of issue
 * @param original     the language the note was written in
 * @param session      the organ's session, or {@code null} if the organ has none
 * @param meeting      where and when the session meets, or {@code null}
 * @param agenda       the agenda item or items, or {@code null}
 * @param kind         what kind of document this is
 * @param job          the job number, or {@code null}
 */
public record NoteMetadata(
        List<DocumentSymbol> symbols,
        Distribution distribution,
        LocalDate dateOfIssue,
        Language original,
        Session session,
        Meeting meeting,
        Agenda agenda,
        NoteKind kind,
        JobNumber job) {

    /**
     * Checks that the required parts are there.
     *
     * @param symbols one or more symbols; several make a joint document ({@code
     *     A/73/328–S/2018/592})
     * @param distribution general, limited or restricted
     * @param dateOfIssue the date of issue
     * @param original the language the note was written in
     * @param session the organ's session, or {@code null} if the organ has none
     * @param meeting where and when the session meets, or {@code null}
     * @param agenda the agenda item or items, or {@code null}
     * @param kind what kind of document this is
     * @param job the job number, or {@code null}
     * @throws IllegalArgumentException if there is no symbol
     * @throws NullPointerException if a required part is missing
     */
    public NoteMetadata {
        symbols = List.copyOf(symbols);
        if (symbols.isEmpty()) {
            throw new IllegalArgumentException("a note needs at least one symbol");
        }
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(dateOfIssue, "dateOfIssue");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(kind, "kind");
    }

    /** @return the first symbol, which names the note and its files */
    public DocumentSymbol primarySymbol() {
        return symbols.get(0);
    }

    /** @return the session, if the organ meets in numbered sessions */
    public Optional<Session> sessionIfAny() {
        return Optional.ofNullable(session);
    }

    /** @return where and when the session meets, if known */
    public Optional<Meeting> meetingIfAny() {
        return Optional.ofNullable(meeting);
    }

    /** @return the agenda the note is issued under, if any */
    public Optional<Agenda> agendaIfAny() {
        return Optional.ofNullable(agenda);
    }

    /** @return the job number, if given */
    public Optional<JobNumber> jobIfAny() {
        return Optional.ofNullable(job);
    }

    /** @return a new builder; its kind defaults to a note by the Secretariat, its distribution to general */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link NoteMetadata}. Not thread-safe: use one builder on one thread.
     */
    public static final class Builder {
        private final List<DocumentSymbol> symbols = new ArrayList<>();
        private Distribution distribution = Distribution.GENERAL;
        private LocalDate dateOfIssue;
        private Language original;
        private Session session;
        private Meeting meeting;
        private Agenda agenda;
        private NoteKind kind = NoteKind.NOTE_BY_THE_SECRETARIAT;
        private JobNumber job;

        private Builder() {
        }

        /**
         * Adds a symbol.
         *
         * @param symbol the symbol, such as {@code CTOC/COP/2018/10}
         * @return this builder
         * @throws IllegalArgumentException if the symbol is malformed
         */
        public Builder symbol(String symbol) {
            symbols.add(DocumentSymbol.of(symbol));
            return this;
        }

        /**
         * Adds a symbol.
         *
         * @param symbol the symbol
         * @return this builder
         */
        public Builder symbol(DocumentSymbol symbol) {
            symbols.add(Objects.requireNonNull(symbol, "symbol"));
            return this;
        }

        /**
         * Sets the distribution.
         *
         * @param value the distribution
         * @return this builder
         */
        public Builder distribution(Distribution value) {
            this.distribution = value;
            return this;
        }

        /**
         * Sets the date of issue.
         *
         * @param value the date of issue
         * @return this builder
         */
        public Builder dateOfIssue(LocalDate value) {
            this.dateOfIssue = value;
            return this;
        }

        /**
         * Sets the original language.
         *
         * @param value the original language
         * @return this builder
         */
        public Builder original(Language value) {
            this.original = value;
            return this;
        }

        /**
         * Sets the session.
         *
         * @param value the session, or {@code null}
         * @return this builder
         */
        public Builder session(Session value) {
            this.session = value;
            return this;
        }

        /**
         * Sets where and when the session meets.
         *
         * @param value where and when the session meets, or {@code null}
         * @return this builder
         */
        public Builder meeting(Meeting value) {
            this.meeting = value;
            return this;
        }

        /**
         * Sets the agenda.
         *
         * @param value the agenda, or {@code null}
         * @return this builder
         */
        public Builder agenda(Agenda value) {
            this.agenda = value;
            return this;
        }

        /**
         * Sets the kind of document.
         *
         * @param value the kind of document
         * @return this builder
         */
        public Builder kind(NoteKind value) {
            this.kind = value;
            return this;
        }

        /**
         * Sets the job number.
         *
         * @param value the job number, or {@code null}
         * @return this builder
         */
        public Builder job(JobNumber value) {
            this.job = value;
            return this;
        }

        /**
         * Builds the metadata.
         *
         * @return the metadata
         * @throws IllegalArgumentException if there is no symbol
         * @throws NullPointerException if the date of issue or the original language is missing
         */
        public NoteMetadata build() {
            return new NoteMetadata(symbols, distribution, dateOfIssue, original, session, meeting,
                    agenda, kind, job);
        }
    }
}
