package org.secnotes.core.source;

import static org.secnotes.core.source.SourceField.AGENDA;
import static org.secnotes.core.source.SourceField.AGENDA_ITEM;
import static org.secnotes.core.source.SourceField.AGENDA_STAGE;
import static org.secnotes.core.source.SourceField.AGENDA_SYMBOL;
import static org.secnotes.core.source.SourceField.AGENDA_TITLE;
import static org.secnotes.core.source.SourceField.DATE;
import static org.secnotes.core.source.SourceField.DATES;
import static org.secnotes.core.source.SourceField.DISTRIBUTION;
import static org.secnotes.core.source.SourceField.JOB;
import static org.secnotes.core.source.SourceField.JOB_DATES;
import static org.secnotes.core.source.SourceField.KIND;
import static org.secnotes.core.source.SourceField.ORIGINAL;
import static org.secnotes.core.source.SourceField.SESSION;
import static org.secnotes.core.source.SourceField.SESSION_KIND;
import static org.secnotes.core.source.SourceField.SESSION_STYLE;
import static org.secnotes.core.source.SourceField.SUBTITLE;
import static org.secnotes.core.source.SourceField.SYMBOL;
import static org.secnotes.core.source.SourceField.VENUE;
import static org.secnotes.core.source.SourceField.VENUE_COUNTRY;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.secnotes.core.Agenda;
import org.secnotes.core.AgendaStage;
import org.secnotes.core.Distribution;
import org.secnotes.core.DocumentSymbol;
import org.secnotes.core.JobNumber;
import org.secnotes.core.Language;
import org.secnotes.core.Meeting;
import org.secnotes.core.NoteKind;
import org.secnotes.core.NoteMetadata;
import org.secnotes.core.Session;
import org.secnotes.core.SessionKind;
import org.secnotes.core.SessionStyle;
import org.secnotes.core.SourceKey;

/**
 * Turns a front matter's fields into the note's language-neutral {@link NoteMetadata}.
 *
 * <p>Stateless and thread-safe.
 */
final class MetadataReader {

    /**
     * The first day of the Gregorian calendar. Dates before it would print another day than the
     * source meant (the model's calendar runs Gregorian backwards), so they are refused.
     */
    static final LocalDate FIRST_GREGORIAN_DAY = LocalDate.of(1582, 10, 15);

    private MetadataReader() {
    }

    static NoteMetadata metadata(FrontMatter front) throws SourceException {
        NoteMetadata.Builder builder = NoteMetadata.builder();
        List<String> symbols = front.list(SYMBOL);
        if (symbols.isEmpty()) {
            throw front.origin().error(1, SYMBOL.path(), "missing; expected " + SYMBOL.expected());
        }
        for (String symbol : symbols) {
            builder.symbol(symbol(front, SYMBOL, symbol));
        }
        Optional<String> distribution = front.optional(DISTRIBUTION);
        builder.distribution(distribution.isEmpty() ? Distribution.GENERAL
                : choice(front, DISTRIBUTION, distribution.get(), Distribution.class));
        builder.dateOfIssue(date(front, DATE, front.required(DATE)));
        builder.original(language(front, ORIGINAL));
        builder.session(session(front));
        builder.meeting(meeting(front));
        builder.agenda(agenda(front));
        builder.kind(kind(front));
        Optional<String> job = front.optional(JOB);
        if (job.isPresent()) {
            try {
                builder.job(new JobNumber(job.get()));
            } catch (IllegalArgumentException e) {
                throw front.error(JOB, e.getMessage());
            }
        }
        return builder.build();
    }

    static Language language(FrontMatter front, SourceField field) throws SourceException {
        String value = front.required(field);
        try {
            return Language.fromCode(value);
        } catch (IllegalArgumentException e) {
            throw front.error(field, e.getMessage());
        }
    }

    private static DocumentSymbol symbol(FrontMatter front, SourceField field, String value) throws SourceException {
        try {
            return DocumentSymbol.of(value);
        } catch (IllegalArgumentException e) {
            throw front.error(field, e.getMessage());
        }
    }

    private static <E extends Enum<E>> E choice(FrontMatter front, SourceField field, String value, Class<E> type)
            throws SourceException {
        return SourceKey.parse(type, value).orElseThrow(() -> front.error(field,
                "'" + value + "' is not allowed; expected " + SourceKey.choices(type)));
    }

    /**
     * A date written YYYY-MM-DD, in the Gregorian calendar: four-digit years from its first day,
     * 1582-10-15, to 9999-12-31.
     */
    static LocalDate date(FrontMatter front, SourceField field, String value) throws SourceException {
        String text = value.strip();
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-' || !digits(text, 0, 4)
                || !digits(text, 5, 7) || !digits(text, 8, 10)) {
            String reason = text.length() > 10 && text.indexOf('-') > 4 && digits(text, 0, text.indexOf('-'))
                    ? "'" + value + "' has a year of more than four digits; expected a year up to 9999, as YYYY-MM-DD"
                    : "'" + value + "' is not a date; expected YYYY-MM-DD, such as 2018-06-18";
            throw front.error(field, reason);
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                    Integer.parseInt(text.substring(8, 10)));
        } catch (DateTimeException e) {
            throw front.error(field, "'" + value + "' is not a date; expected YYYY-MM-DD, such as 2018-06-18");
        }
        if (date.isBefore(FIRST_GREGORIAN_DAY)) {
            throw front.error(field, "'" + value + "' is before 1582-10-15, the first day of the Gregorian"
                    + " calendar, and would print as another day; expected a date from 1582-10-15");
        }
        return date;
    }

    private static boolean digits(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Session session(FrontMatter front) throws SourceException {
        Optional<String> number = front.optional(SESSION);
        if (number.isEmpty()) {
            for (SourceField dependent : List.of(SESSION_STYLE, SESSION_KIND)) {
                if (front.has(dependent)) {
                    throw front.error(dependent, "given without 'session:'; expected a session number too");
                }
            }
            return null;
        }
        String text = number.get();
        if (text.length() > 4 || !digits(text, 0, text.length()) || Integer.parseInt(text) < 1) {
            throw front.error(SESSION, "'" + text + "' is not a session number; expected " + SESSION.expected());
        }
        SessionKind kind = SessionKind.REGULAR;
        Optional<String> kindValue = front.optional(SESSION_KIND);
        if (kindValue.isPresent()) {
            kind = choice(front, SESSION_KIND, kindValue.get(), SessionKind.class);
        }
        // The style is this version's own (versions need not agree on it): see sessionStyle.
        return new Session(Integer.parseInt(text), null, kind);
    }

    /** How this version writes its session number, or null for the language's rule. */
    static SessionStyle sessionStyle(FrontMatter front) throws SourceException {
        Optional<String> value = front.optional(SESSION_STYLE);
        return value.isEmpty() ? null : choice(front, SESSION_STYLE, value.get(), SessionStyle.class);
    }

    /** The days this version was processed; they print after the job number, which they need. */
    static List<LocalDate> jobDates(FrontMatter front, NoteMetadata metadata) throws SourceException {
        List<LocalDate> days = new ArrayList<>();
        for (String day : front.list(JOB_DATES)) {
            days.add(date(front, JOB_DATES, day));
        }
        if (!days.isEmpty() && metadata.jobIfAny().isEmpty()) {
            throw front.error(JOB_DATES, "given without 'job:'; the processing dates print after the job number,"
                    + " so give it too");
        }
        return days;
    }

    private static Meeting meeting(FrontMatter front) throws SourceException {
        Optional<String> dates = front.optional(DATES);
        Optional<String> venue = front.optional(VENUE);
        Optional<String> country = front.optional(VENUE_COUNTRY);
        if (country.isPresent() && venue.isEmpty()) {
            throw front.error(VENUE_COUNTRY, "given without 'venue:'; expected the host city too, such as venue: Marrakech");
        }
        if (country.isPresent() && !country.get().strip().matches("[A-Z]{2}")) {
            throw front.error(VENUE_COUNTRY, "'" + country.get()
                    + "' is not a country code; expected the two capital letters of ISO 3166, such as MA");
        }
        if (dates.isEmpty()) {
            if (venue.isPresent()) {
                throw front.error(VENUE, "given without 'dates:'; expected the meeting's dates too, such as 2018-10-15/2018-10-19");
            }
            return null;
        }
        String[] parts = dates.get().split("/", -1);
        if (parts.length > 2) {
            throw front.error(DATES, "'" + dates.get()
                    + "' is not a date range; expected first/last day, such as 2018-10-15/2018-10-19");
        }
        LocalDate first = date(front, DATES, parts[0]);
        LocalDate last = parts.length == 2 ? date(front, DATES, parts[1]) : first;
        try {
            return new Meeting(venue.orElse(null), first, last, country.map(String::strip).orElse(null));
        } catch (IllegalArgumentException e) {
            throw front.error(DATES, e.getMessage());
        }
    }

    /** The agenda, or null; its title is language text, read with the version. */
    private static Agenda agenda(FrontMatter front) throws SourceException {
        if (!front.has(AGENDA)) {
            return null;
        }
        FrontMatter agenda = front.nested(AGENDA);
        List<String> itemTexts = agenda.list(AGENDA_ITEM);
        if (itemTexts.isEmpty()) {
            throw front.origin().error(front.line(AGENDA), AGENDA_ITEM.path(), "missing; expected " + AGENDA_ITEM.expected());
        }
        List<Agenda.AgendaItem> items = new ArrayList<>();
        for (String text : itemTexts) {
            try {
                items.add(Agenda.AgendaItem.parse(text));
            } catch (IllegalArgumentException e) {
                throw agenda.error(AGENDA_ITEM, e.getMessage());
            }
        }
        AgendaStage stage = AgendaStage.PROVISIONAL;
        Optional<String> stageValue = agenda.optional(AGENDA_STAGE);
        if (stageValue.isPresent()) {
            stage = choice(agenda, AGENDA_STAGE, stageValue.get(), AgendaStage.class);
        }
        if (agenda.optional(AGENDA_TITLE).isEmpty()) {
            throw front.origin().error(front.line(AGENDA), AGENDA_TITLE.path(), "missing; expected " + AGENDA_TITLE.expected());
        }
        DocumentSymbol symbol = null;
        Optional<String> symbolValue = agenda.optional(AGENDA_SYMBOL);
        if (symbolValue.isPresent()) {
            symbol = symbol(agenda, AGENDA_SYMBOL, symbolValue.get());
        }
        return new Agenda(items, stage, symbol);
    }

    private static NoteKind kind(FrontMatter front) throws SourceException {
        Optional<String> kind = front.optional(KIND);
        boolean subtitle = front.optional(SUBTITLE).isPresent();
        if (kind.isEmpty()) {
            return subtitle ? NoteKind.SUBTITLE : NoteKind.NOTE_BY_THE_SECRETARIAT;
        }
        NoteKind value = SourceKey.parse(NoteKind.class, kind.get()).orElseThrow(() -> front.error(KIND,
                "'" + kind.get() + "' is not allowed; expected " + KIND.expected()));
        if (value == NoteKind.SUBTITLE && !subtitle) {
            throw front.origin().error(front.line(KIND), SUBTITLE.path(), "missing; kind subtitle needs 'subtitle: <text>'");
        }
        if (value != NoteKind.SUBTITLE && subtitle) {
            throw front.error(SUBTITLE, "given with kind " + kind.get() + "; give either a kind or a subtitle");
        }
        return value;
    }
}
