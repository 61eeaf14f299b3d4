package org.secnotes.templates;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.secnotes.core.Agenda;
import org.secnotes.core.Block;
import org.secnotes.core.DocumentSymbol;
import org.secnotes.core.Inline;
import org.secnotes.core.JobNumber;
import org.secnotes.core.Language;
import org.secnotes.core.Meeting;
import org.secnotes.core.Note;
import org.secnotes.core.NoteKind;
import org.secnotes.core.NoteMetadata;
import org.secnotes.core.NoteVersion;
import org.secnotes.core.Session;
import org.secnotes.core.SessionStyle;

/**
 * The standard templates: one file per language under {@code org/secnotes/templates/lang/}, and
 * the organ registry {@code organs.txt}. A language is supported when its file is on the
 * classpath.
 *
 * <p>Immutable and thread-safe: build it once with {@link #standard()} and share it. The files are
 * read when a note first needs them, once per process, and every instance shares them and the
 * formatters built from them: a run that writes English never reads the other five files.
 */
public final class NoteTemplates implements NoteLocalizer {

    private static final String EN_DASH = "\u2013";
    /** ICU's roman numbering rules: shared by all templates, lent to one thread at a time. */
    private static final FormatterPool<RuleBasedNumberFormat> ROMAN = new FormatterPool<>() {
        @Override
        RuleBasedNumberFormat make() {
            return new RuleBasedNumberFormat(ULocale.ROOT, RuleBasedNumberFormat.NUMBERING_SYSTEM);
        }
    };
    /** A symbol's part that may say what the document is: a name, a full stop and a number ("Add.1"). */
    private static final Pattern SYMBOL_PART = Pattern.compile("([A-Za-z]+)\\.\\d+");
    /** Each language's template once read, by ordinal; guarded by the class. */
    private static final LanguageTemplate[] LOADED = new LanguageTemplate[Language.values().length];
    /** Whether each language's file has been looked for; guarded by the class. */
    private static final boolean[] LOOKED_FOR = new boolean[Language.values().length];

    private NoteTemplates() {
    }

    /**
     * The templates of every language whose file is on the classpath, and the organ registry.
     * Cheap: each file is read when a note first needs it, so a file that cannot be read or lacks
     * a setting is reported then, by {@link #localize} or {@link #supports}, as an
     * {@link IllegalStateException} naming the file or the key.
     *
     * @return the templates
     */
    public static NoteTemplates standard() {
        return new NoteTemplates();
    }

    /** The language's template, read on first use; null if it has no file. */
    private static synchronized LanguageTemplate template(Language language) {
        int index = language.ordinal();
        if (!LOOKED_FOR[index]) {
            LOADED[index] = LanguageTemplate.load(language).orElse(null);
            LOOKED_FOR[index] = true;
        }
        return LOADED[index];
    }

    /**
     * Whether a language has a template.
     *
     * @param language the language
     * @return true if notes can be written in it
     */
    public boolean supports(Language language) {
        return template(language) != null;
    }

    /** @return the languages that have a template */
    public Set<Language> languages() {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (Language language : Language.values()) {
            if (supports(language)) {
                languages.add(language);
            }
        }
        return Collections.unmodifiableSet(languages);
    }

    @Override
    public LocalizedNote localize(Note note, Language language) {
        Objects.requireNonNull(note, "note");
        LanguageTemplate template = template(Objects.requireNonNull(language, "language"));
        if (template == null) {
            List<String> codes = new ArrayList<>();
            for (Language supported : languages()) {
                codes.add(supported.code());
            }
            throw new IllegalArgumentException("there is no template for " + language.code()
                    + "; templates exist for " + codes);
        }
        Optional<NoteVersion> found = note.version(language);
        if (found.isEmpty()) {
            throw new IllegalArgumentException(note.metadata().primarySymbol() + " has no " + language.code() + " version");
        }
        NoteVersion version = found.get();
        NoteMetadata metadata = note.metadata();
        BodyConventions body = BodyConventions.of(OrganRegistry.standard(), metadata.symbols());

        List<String> symbols = new ArrayList<>();
        for (DocumentSymbol symbol : metadata.symbols()) {
            symbols.add(symbol.value());
        }
        boolean translation = language != metadata.original();
        Agenda agenda = metadata.agendaIfAny().orElse(null);
        LocalizedNote.AgendaFootnote agendaFootnote = null;
        if (agenda != null && agenda.footnoteSymbol().isPresent()) {
            DocumentSymbol symbol = agenda.footnoteSymbol().get();
            agendaFootnote = new LocalizedNote.AgendaFootnote(template.required("agenda-footnote-marker"),
                    List.of(new Inline.DocumentReference(symbol.value(), symbol), new Inline.Text(".")));
        }

        String symbolLine = String.join(EN_DASH, symbols);
        String title = version.title();
        LocalDate issued = metadata.dateOfIssue();
        return new LocalizedNote(
                new LocalizedNote.DocumentInfo(language, template.flag("right-to-left"), symbolLine, symbolLine + " " + title,
                        issued, template.required("link.alt")),
                new HeaderGroup.Masthead(template.required("masthead"), metadata.symbols(), symbolLine,
                        organ(template, version, body)),
                new HeaderGroup.IssueBlock(
                        Language.fromCode(template.required("block-language")),
                        template.formatBlock("distribution", Map.of("distribution", lower(metadata.distribution().name()))),
                        template.formatBlock("date-of-issue", Map.of("date", issued,
                                "day", String.valueOf(issued.getDayOfMonth()))),
                        translation ? template.formatBlock("language-line",
                                Map.of("name", template.languageName(language, true))) : null,
                        template.formatBlock("original-line", Map.of("name", template.languageName(metadata.original(), false)))),
                sessionBlock(template, metadata, version, body),
                new HeaderGroup.TitleBlock(title, kind(template, metadata.kind(), version),
                        partLines(template, metadata.primarySymbol())),
                new LocalizedNote.LocalizedBody(blocks(template, version.body().blocks()), version.body().footnotes(),
                        agendaFootnote),
                new LocalizedNote.PageFurniture(metadata.job(),
                        metadata.job() == null ? null : jobLine(template, metadata.job(), version),
                        template.required("figure.qr-code"), template.required("figure.emblem")));
    }

    /** The session block: the body heading it, the session, the year, the venue and the agenda. */
    private static HeaderGroup.SessionBlock sessionBlock(LanguageTemplate template, NoteMetadata metadata,
            NoteVersion version, BodyConventions body) {
        String bodyLine = null;
        if (version.organ().isEmpty()) {
            Optional<String> key = body.sessionBlockKey();
            bodyLine = key.isPresent() ? template.required("organ." + key.get()) : null;
        }
        Optional<Session> session = metadata.sessionIfAny();
        Optional<Integer> year = body.countedYear(metadata.dateOfIssue());
        Optional<Meeting> meeting = metadata.meetingIfAny();
        Optional<Agenda> agenda = metadata.agendaIfAny();
        return new HeaderGroup.SessionBlock(bodyLine,
                session.isPresent() ? session(template, session.get(), version, body) : null,
                year.isPresent() ? template.format("year-line",
                        Map.of("ordinal", template.ordinalWords(year.get(), "year-ordinal-rule-set"))) : null,
                meeting.isPresent() ? venueAndDates(template, meeting.get()) : null,
                agenda.isPresent() ? agendaLine(template, agenda.get(), body) : null,
                agenda.isPresent() ? version.agendaTitle() : null);
    }

    /**
     * The organ's lines in the masthead: as the source gives them, or from the registry by the
     * body's conventions.
     */
    private static List<String> organ(LanguageTemplate template, NoteVersion version, BodyConventions body) {
        if (!version.organ().isEmpty()) {
            return version.organ();
        }
        List<String> lines = new ArrayList<>();
        for (String key : body.mastheadKeys()) {
            lines.add(template.required("organ." + key));
        }
        return lines;
    }

    /**
     * What the symbol's last parts make of the document: each part such as {@code Add.1} or
     * {@code Corr.1} whose name the template lists as {@code symbol-part.<name>} prints that line
     * ("Addendum", "Corrigendum"); an empty entry (a revision, {@code Rev.1}) prints none.
     */
    private static List<String> partLines(LanguageTemplate template, DocumentSymbol symbol) {
        List<String> lines = new ArrayList<>();
        String[] segments = symbol.value().split("/");
        for (int i = 1; i < segments.length; i++) {
            Matcher part = SYMBOL_PART.matcher(segments[i]);
            if (part.matches()) {
                Optional<String> line = template.optional("symbol-part." + part.group(1));
                if (line.isPresent()) {
                    lines.add(line.get());
                }
            }
        }
        return lines;
    }

    /**
     * The session line. Its number is in words or figures as this version's source asks (or the
     * note's model, built in code), else by the
     * language's rule for the body ({@code session-words-up-to.<body>}), else by the language's
     * general rule: Spanish writes 58º for the Human Rights Council and words for the Assembly.
     */
    private static String session(LanguageTemplate template, Session session, NoteVersion version,
            BodyConventions body) {
        Optional<SessionStyle> asked = version.sessionStyleIfAny();
        if (asked.isEmpty()) {
            asked = session.requestedStyle();
        }
        SessionStyle style;
        if (asked.isPresent()) {
            style = asked.get();
        } else {
            style = session.number() <= template.number(body.keyFor(template, "session-words-up-to"))
                    ? SessionStyle.WORDS : SessionStyle.NUMERIC;
        }
        String ordinal = style == SessionStyle.WORDS
                ? template.ordinalWords(session.number())
                : template.ordinalFigures(session.number());
        return template.format("session", Map.of("ordinal", ordinal, "kind", lower(session.kind().name())));
    }

    private static String venueAndDates(LanguageTemplate template, Meeting meeting) {
        String key;
        if (meeting.isSingleDay()) {
            key = "dates-one-day";
        } else if (meeting.first().getYear() != meeting.last().getYear()) {
            key = "dates-across-years";
        } else if (meeting.first().getMonth() != meeting.last().getMonth()) {
            key = "dates-same-year";
        } else {
            key = "dates-same-month";
        }
        String dates = template.format(key, Map.of("first", meeting.first(), "last", meeting.last(),
                "firstDay", meeting.first().getDayOfMonth(), "lastDay", meeting.last().getDayOfMonth()));
        if (meeting.venueName().isEmpty()) {
            return dates;
        }
        String englishName = meeting.venue();
        // A venue the template does not list is printed as the source gives it.
        String venue = template.optional(LanguageTemplate.venueKey(englishName)).orElse(englishName);
        if (meeting.countryIfAny().isPresent()) {
            String code = meeting.countryIfAny().get();
            Optional<String> listed = template.optional("country." + code);
            String country = listed.isPresent() ? listed.get() : template.countryName(code);
            venue = template.format("venue-with-country", Map.of("venue", venue, "country", country));
        }
        return template.format("venue-and-dates", Map.of("venue", venue, "dates", dates));
    }

    /**
     * The job line: the job number and language letter, then the days this version was processed
     * as {@code ddmmyy}, four spaces apart ("V.18-04130 (S)    190618    200618").
     */
    private static String jobLine(LanguageTemplate template, JobNumber job, NoteVersion version) {
        StringBuilder line = new StringBuilder(template.format("job-line",
                Map.of("job", job.value(), "letter", template.required("job-letter"))));
        for (LocalDate day : version.processed()) {
            line.append("    ").append(template.format("job-processed", Map.of("date", day)));
        }
        return line.toString();
    }

    /** The agenda line, in the body's own wording where the template has one ({@code agenda-line.<body>}). */
    private static String agendaLine(LanguageTemplate template, Agenda agenda, BodyConventions body) {
        List<String> items = new ArrayList<>();
        for (Agenda.AgendaItem item : agenda.items()) {
            Optional<String> letter = item.subItemLetter();
            items.add(template.format("agenda-item",
                    Map.of("number", item.number(), "sub", letter.isPresent() ? letter.get() : "none")));
        }
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("count", items.size());
        arguments.put("items", template.list(items));
        arguments.put("stage", lower(agenda.stage().name()));
        String line = template.format(body.keyFor(template, "agenda-line"), arguments);
        return agenda.footnoteSymbol().isPresent() ? line + template.required("agenda-footnote-marker") : line;
    }

    private static String kind(LanguageTemplate template, NoteKind kind, NoteVersion version) {
        if (kind == NoteKind.SUBTITLE) {
            return version.subtitle();
        }
        return template.required("kind." + lower(kind.name()).replace('_', '-'));
    }

    private static List<LocalizedBlock> blocks(LanguageTemplate template, List<Block> blocks) {
        List<LocalizedBlock> out = new ArrayList<>(blocks.size());
        // A lone annex is "Annex"; of several, each has its number: "Annex I", "Annex II".
        int annexes = 0;
        for (Block block : blocks) {
            if (block instanceof Block.Annex) {
                annexes++;
            }
        }
        boolean singleAnnex = annexes == 1;
        for (Block block : blocks) {
            if (block instanceof Block.Annex) {
                int number = ((Block.Annex) block).number();
                out.add(new LocalizedBlock(BlockRole.ANNEX, 0, template.format("annex-heading", Map.of(
                        "single", String.valueOf(singleAnnex), "number", number,
                        "roman", new RomanNumeral(number, "%roman-upper"))), block.text()));
            } else if (block instanceof Block.Heading) {
                Block.Heading heading = (Block.Heading) block;
                String label = heading.label().isEmpty() ? ""
                        : template.format("heading-label", Map.of("label", heading.label()));
                out.add(new LocalizedBlock(BlockRole.HEADING, heading.level(), label, heading.text()));
            } else if (block instanceof Block.NumberedParagraph) {
                Block.NumberedParagraph paragraph = (Block.NumberedParagraph) block;
                out.add(new LocalizedBlock(BlockRole.NUMBERED_PARAGRAPH, 0,
                        template.format("paragraph-label", Map.of("number", String.valueOf(paragraph.number()))),
                        paragraph.text()));
            } else if (block instanceof Block.SubItem) {
                Block.SubItem item = (Block.SubItem) block;
                String label = template.format("sub-item-label-" + item.depth(),
                        Map.of("letter", letters(item.ordinal()), "roman", new RomanNumeral(item.ordinal(), "%roman-lower")));
                out.add(new LocalizedBlock(BlockRole.SUB_ITEM, item.depth(), label, item.text()));
            } else if (block instanceof Block.Quotation) {
                out.add(new LocalizedBlock(BlockRole.BLOCK_QUOTE, 0, "", block.text()));
            } else if (block instanceof Block.Table) {
                out.add(LocalizedBlock.of((Block.Table) block));
            } else {
                out.add(new LocalizedBlock(BlockRole.PARAGRAPH, 0, "", block.text()));
            }
        }
        return out;
    }

    /** a, b, ..., z, then aa, bb, ... as UN documents continue a long list. */
    static String letters(int ordinal) {
        char letter = (char) ('a' + (ordinal - 1) % 26);
        return String.valueOf(letter).repeat((ordinal - 1) / 26 + 1);
    }

    /** i, ii, iii, iv, ...: ICU's roman numbering system. */
    static String roman(int ordinal) {
        return roman(ordinal, "%roman-lower");
    }

    private static String roman(int number, String ruleSet) {
        RuleBasedNumberFormat rules = ROMAN.borrow();
        try {
            return rules.format(number, ruleSet);
        } finally {
            ROMAN.giveBack(rules);
        }
    }

    /**
     * A number that a label's pattern may print in roman figures: written out only when the pattern
     * prints it (MessageFormat prints an argument that is neither a number nor a date by its
     * {@code toString}), because most labels print letters and ICU's roman rules cost a cold JVM
     * more to build than a whole note's labels.
     */
    private record RomanNumeral(int number, String ruleSet) {
        @Override
        public String toString() {
            return roman(number, ruleSet);
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }
}
