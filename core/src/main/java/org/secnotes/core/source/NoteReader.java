package org.secnotes.core.source;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.secnotes.core.Agenda;
import org.secnotes.core.AgendaStage;
import org.secnotes.core.Body;
import org.secnotes.core.Distribution;
import org.secnotes.core.JobNumber;
import org.secnotes.core.Language;
import org.secnotes.core.Meeting;
import org.secnotes.core.Note;
import org.secnotes.core.NoteKind;
import org.secnotes.core.NoteMetadata;
import org.secnotes.core.NoteVersion;
import org.secnotes.core.Session;
import org.secnotes.core.SessionKind;
import org.secnotes.core.SessionStyle;

/**
 * Reads note sources: one Markdown file per language version, named {@code <name>.<lang>.md},
 * with a YAML front matter. The format is described in the project's README.
 *
 * <p>Immutable and thread-safe: one reader serves any number of threads.
 */
public final class NoteReader {

    /** Larger files are refused before they are read: no note comes near it, and it bounds memory. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private static final Set<String> FIELDS = Set.of("symbol", "distribution", "date", "language",
            "original", "organ", "session", "session-style", "session-kind", "venue", "dates", "agenda",
            "title", "kind", "subtitle", "job");
    private static final Set<String> AGENDA_FIELDS = Set.of("item", "stage", "title", "symbol");
    private static final Pattern FILE_LANGUAGE = Pattern.compile(".*\\.([A-Za-z]{2})\\.md");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

    /** How each metadata component is spelled in a source, for messages about disagreeing files. */
    private static final Map<String, String> SOURCE_NAMES = Map.of(
            "symbols", "symbol", "dateOfIssue", "date", "meeting", "venue/dates", "job", "job",
            "distribution", "distribution", "original", "original", "session", "session",
            "agenda", "agenda", "kind", "kind");

    private final BodyReader bodyReader = new BodyReader();

    private NoteReader() {
    }

    /** @return the reader with the default limits */
    public static NoteReader standard() {
        return new NoteReader();
    }

    /**
     * Reads one source file.
     *
     * @param file the file
     * @return the metadata and the language version it holds
     * @throws SourceException if the file cannot be read or is not a valid source; the exception
     *                         names the file, the line and the field
     */
    public SourceFile read(Path file) throws SourceException {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new SourceException(file, 0, null, "the file has " + size
                        + " bytes; a source may have at most " + MAX_FILE_BYTES);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SourceException(file, 0, null, "cannot be read: " + e);
        }
        return parse(decode(bytes, file), file);
    }

    private static String decode(byte[] bytes, Path file) throws SourceException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new SourceException(file, 0, null,
                        "this is a binary file (it holds a NUL byte); expected UTF-8 Markdown text");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new SourceException(file, 0, null, "the file is not UTF-8 text; expected UTF-8 Markdown");
        }
    }

    /**
     * Parses source text.
     *
     * @param text   the whole source, front matter and body
     * @param origin the file it came from, used in error messages and never opened; may be {@code null}
     * @return the metadata and the language version it holds
     * @throws SourceException if the text is not a valid source
     */
    public SourceFile parse(String text, Path origin) throws SourceException {
        Objects.requireNonNull(text, "text");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new SourceException(origin, 0, null,
                    "the file is empty; expected a front matter between two '---' lines, then the body");
        }
        if (text.indexOf('\0') >= 0) {
            throw new SourceException(origin, 0, null, "the text holds a NUL character; expected Markdown text");
        }
        String[] lines = text.split("\r?\n", -1);
        if (!lines[0].strip().equals("---")) {
            throw new SourceException(origin, 1, null,
                    "no front matter: expected the file to start with a line '---', then fields such as 'symbol:'");
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("---") || line.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new SourceException(origin, 1, null,
                    "the front matter opened on line 1 is never closed; expected a line '---' after its fields");
        }
        String yaml = String.join("\n", java.util.Arrays.asList(lines).subList(1, close));
        FrontMatter front = FrontMatter.parse(yaml, origin, 2, FIELDS);

        NoteMetadata metadata = metadata(front);
        Language language = language(front, "language");
        checkFileName(origin, language, front);

        List<String> warnings = new ArrayList<>();
        String body = String.join("\n", java.util.Arrays.asList(lines).subList(close + 1, lines.length));
        Body parsed = bodyReader.read(body, origin, close + 2, warnings);

        String agendaTitle = null;
        if (front.has("agenda")) {
            agendaTitle = front.nested("agenda", AGENDA_FIELDS).optional("agenda.title").orElse(null);
        }
        String subtitle = front.optional("subtitle").orElse(null);
        NoteVersion version = new NoteVersion(language, front.list("organ"), agendaTitle,
                front.required("title", "the note's title"), subtitle, parsed);
        return new SourceFile(origin, metadata, version, warnings);
    }

    private static void checkFileName(Path origin, Language language, FrontMatter front) throws SourceException {
        if (origin == null || origin.getFileName() == null) {
            return;
        }
        Matcher matcher = FILE_LANGUAGE.matcher(origin.getFileName().toString());
        if (matcher.matches() && !matcher.group(1).equalsIgnoreCase(language.code())) {
            throw new SourceException(origin, front.line("language"), "language", "the file name says '"
                    + matcher.group(1) + "' but the field says '" + language.code()
                    + "'; name the file <name>." + language.code() + ".md or correct the field");
        }
    }

    private static NoteMetadata metadata(FrontMatter front) throws SourceException {
        NoteMetadata.Builder builder = NoteMetadata.builder();
        List<String> symbols = front.list("symbol");
        if (symbols.isEmpty()) {
            throw new SourceException(front.file(), 1, "symbol", "missing; expected the document symbol, such as CTOC/COP/2018/10");
        }
        for (String symbol : symbols) {
            try {
                builder.symbol(symbol);
            } catch (IllegalArgumentException e) {
                throw new SourceException(front.file(), front.line("symbol"), "symbol", e.getMessage());
            }
        }
        Optional<String> distribution = front.optional("distribution");
        builder.distribution(distribution.isEmpty() ? Distribution.GENERAL
                : requiredChoice(front, "distribution", distribution.get(), Distribution.class,
                        "general, limited or restricted"));
        builder.dateOfIssue(date(front, "date", front.required("date", "the date of issue as YYYY-MM-DD")));
        builder.original(language(front, "original"));
        builder.session(session(front));
        builder.meeting(meeting(front));
        builder.agenda(agenda(front));
        builder.kind(kind(front));
        Optional<String> job = front.optional("job");
        if (job.isPresent()) {
            try {
                builder.job(new JobNumber(job.get()));
            } catch (IllegalArgumentException e) {
                throw new SourceException(front.file(), front.line("job"), "job", e.getMessage());
            }
        }
        return builder.build();
    }

    /** Matches a value such as {@code note-by-the-secretariat} to an enum constant, or returns null. */
    private static <E extends Enum<E>> E choice(String value, Class<E> type) {
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    private static <E extends Enum<E>> E requiredChoice(FrontMatter front, String key, String value, Class<E> type,
            String expected) throws SourceException {
        E constant = choice(value, type);
        if (constant == null) {
            throw new SourceException(front.file(), front.line(key), key, "'" + value + "' is not allowed; expected " + expected);
        }
        return constant;
    }

    private static Language language(FrontMatter front, String key) throws SourceException {
        String value = front.required(key, "one of ar, en, es, fr, ru, zh");
        try {
            return Language.fromCode(value);
        } catch (IllegalArgumentException e) {
            throw new SourceException(front.file(), front.line(key), key, e.getMessage());
        }
    }

    private static LocalDate date(FrontMatter front, String key, String value) throws SourceException {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new SourceException(front.file(), front.line(key), key,
                    "'" + value + "' is not a date; expected YYYY-MM-DD, such as 2018-06-18");
        }
    }

    private static Session session(FrontMatter front) throws SourceException {
        Optional<String> number = front.optional("session");
        if (number.isEmpty()) {
            for (String dependent : List.of("session-style", "session-kind")) {
                if (front.has(dependent)) {
                    throw new SourceException(front.file(), front.line(dependent), dependent,
                            "given without 'session:'; expected a session number too");
                }
            }
            return null;
        }
        if (!NUMBER.matcher(number.get()).matches() || Integer.parseInt(number.get()) < 1) {
            throw new SourceException(front.file(), front.line("session"), "session",
                    "'" + number.get() + "' is not a session number; expected a whole number from 1, such as 9");
        }
        SessionStyle style = null;
        Optional<String> styleValue = front.optional("session-style");
        if (styleValue.isPresent()) {
            style = requiredChoice(front, "session-style", styleValue.get(), SessionStyle.class, "words or numeric");
        }
        SessionKind kind = SessionKind.REGULAR;
        Optional<String> kindValue = front.optional("session-kind");
        if (kindValue.isPresent()) {
            kind = requiredChoice(front, "session-kind", kindValue.get(), SessionKind.class, "regular or special");
        }
        return new Session(Integer.parseInt(number.get()), style, kind);
    }

    private static Meeting meeting(FrontMatter front) throws SourceException {
        Optional<String> dates = front.optional("dates");
        Optional<String> venue = front.optional("venue");
        if (dates.isEmpty()) {
            if (venue.isPresent()) {
                throw new SourceException(front.file(), front.line("venue"), "venue",
                        "given without 'dates:'; expected the meeting's dates too, such as 2018-10-15/2018-10-19");
            }
            return null;
        }
        String[] parts = dates.get().split("/", -1);
        if (parts.length > 2) {
            throw new SourceException(front.file(), front.line("dates"), "dates",
                    "'" + dates.get() + "' is not a date range; expected first/last day, such as 2018-10-15/2018-10-19");
        }
        LocalDate first = date(front, "dates", parts[0]);
        LocalDate last = parts.length == 2 ? date(front, "dates", parts[1]) : first;
        try {
            return new Meeting(venue.orElse(null), first, last);
        } catch (IllegalArgumentException e) {
            throw new SourceException(front.file(), front.line("dates"), "dates", e.getMessage());
        }
    }

    private static Agenda agenda(FrontMatter front) throws SourceException {
        if (!front.has("agenda")) {
            return null;
        }
        FrontMatter agenda = front.nested("agenda", AGENDA_FIELDS);
        List<String> itemTexts = agenda.list("agenda.item");
        if (itemTexts.isEmpty()) {
            throw new SourceException(front.file(), front.line("agenda"), "agenda.item",
                    "missing; expected the item number, such as \"4\", or a list of items");
        }
        List<Agenda.AgendaItem> items = new ArrayList<>();
        for (String text : itemTexts) {
            try {
                items.add(Agenda.AgendaItem.parse(text));
            } catch (IllegalArgumentException e) {
                throw new SourceException(front.file(), agenda.line("agenda.item"), "agenda.item", e.getMessage());
            }
        }
        AgendaStage stage = AgendaStage.PROVISIONAL;
        Optional<String> stageValue = agenda.optional("agenda.stage");
        if (stageValue.isPresent()) {
            stage = requiredChoice(agenda, "agenda.stage", stageValue.get(), AgendaStage.class,
                    "provisional, adopted or preliminary");
        }
        if (agenda.optional("agenda.title").isEmpty()) {
            throw new SourceException(front.file(), front.line("agenda"), "agenda.title",
                    "missing; expected the agenda item's title");
        }
        org.secnotes.core.DocumentSymbol symbol = null;
        Optional<String> symbolValue = agenda.optional("agenda.symbol");
        if (symbolValue.isPresent()) {
            try {
                symbol = org.secnotes.core.DocumentSymbol.of(symbolValue.get());
            } catch (IllegalArgumentException e) {
                throw new SourceException(front.file(), agenda.line("agenda.symbol"), "agenda.symbol", e.getMessage());
            }
        }
        return new Agenda(items, stage, symbol);
    }

    private static NoteKind kind(FrontMatter front) throws SourceException {
        Optional<String> kind = front.optional("kind");
        boolean subtitle = front.optional("subtitle").isPresent();
        if (kind.isEmpty()) {
            return subtitle ? NoteKind.SUBTITLE : NoteKind.NOTE_BY_THE_SECRETARIAT;
        }
        NoteKind value = requiredChoice(front, "kind", kind.get(), NoteKind.class,
                "note-by-the-secretariat, note-by-the-secretary-general or report-of-the-secretary-general"
                        + " (or leave it out and give 'subtitle:')");
        if (value == NoteKind.SUBTITLE && !subtitle) {
            throw new SourceException(front.file(), front.line("kind"), "subtitle", "missing; kind subtitle needs 'subtitle: <text>'");
        }
        if (value != NoteKind.SUBTITLE && subtitle) {
            throw new SourceException(front.file(), front.line("subtitle"), "subtitle",
                    "given with kind " + kind.get() + "; give either a kind or a subtitle");
        }
        return value;
    }

    /**
     * Makes one note of the versions of one document.
     *
     * @param versions source files whose first symbols are the same
     * @return the note with all their versions
     * @throws SourceException if two files disagree on a language-neutral field (the message names
     *                         both files and the field), share a language, or name different first symbols
     */
    public static Note assemble(List<SourceFile> versions) throws SourceException {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no versions to assemble");
        }
        SourceFile first = versions.get(0);
        for (SourceFile other : versions.subList(1, versions.size())) {
            if (other.version().language() == first.version().language()) {
                throw new SourceException(other.path(), 0, "language", first.displayName() + " and "
                        + other.displayName() + " are both in " + first.version().language().code()
                        + "; expected one file per language");
            }
            for (RecordComponent component : NoteMetadata.class.getRecordComponents()) {
                Object a = value(component, first.metadata());
                Object b = value(component, other.metadata());
                if (!Objects.equals(a, b)) {
                    String field = SOURCE_NAMES.getOrDefault(component.getName(), component.getName());
                    throw new SourceException(other.path(), 0, field, first.displayName() + " and "
                            + other.displayName() + " disagree on " + field + ": " + a + " vs " + b
                            + "; the language versions of one note must agree on it");
                }
            }
        }
        List<NoteVersion> all = new ArrayList<>();
        for (SourceFile version : versions) {
            all.add(version.version());
        }
        return new Note(first.metadata(), all);
    }

    private static Object value(RecordComponent component, NoteMetadata metadata) {
        try {
            return component.getAccessor().invoke(metadata);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
