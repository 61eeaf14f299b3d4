package org.secnotes.templates;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.secnotes.core.Agenda;
import org.secnotes.core.Block;
import org.secnotes.core.DocumentSymbol;
import org.secnotes.core.Inline;
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
 * <p>Immutable and thread-safe: build it once with {@link #standard()} and share it.
 */
public final class NoteTemplates implements NoteLocalizer {

    private static final String EN_DASH = "\u2013";
    /** Built once per thread: building it parses ICU's rules, and ICU's formatters are not thread-safe. */
    private static final ThreadLocal<RuleBasedNumberFormat> ROMAN = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(ULocale.ROOT, RuleBasedNumberFormat.NUMBERING_SYSTEM));
    /** A symbol's part that may say what the document is: a name, a full stop and a number ("Add.1"). */
    private static final java.util.regex.Pattern SYMBOL_PART = java.util.regex.Pattern.compile("([A-Za-z]+)\\.\\d+");

    private final Map<Language, LanguageTemplate> templates;
    private final OrganRegistry organs;

    private NoteTemplates(Map<Language, LanguageTemplate> templates, OrganRegistry organs) {
        this.templates = templates;
        this.organs = organs;
    }

    /**
     * Loads every language template on the classpath and the organ registry.
     *
     * @return the templates
     */
    public static NoteTemplates standard() {
        Map<Language, LanguageTemplate> templates = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            LanguageTemplate.load(language).ifPresent(t -> templates.put(language, t));
        }
        return new NoteTemplates(templates, OrganRegistry.load());
    }

    /**
     * Whether a language has a template.
     *
     * @param language the language
     * @return true if notes can be written in it
     */
    public boolean supports(Language language) {
        return templates.containsKey(language);
    }

    /** @return the languages that have a template */
    public Set<Language> languages() {
        return templates.keySet();
    }

    @Override
    public LocalizedNote localize(Note note, Language language) {
        Objects.requireNonNull(note, "note");
        LanguageTemplate template = templates.get(Objects.requireNonNull(language, "language"));
        if (template == null) {
            throw new IllegalArgumentException("there is no template for " + language.code()
                    + "; templates exist for " + templates.keySet().stream().map(Language::code).toList());
        }
        NoteVersion version = note.version(language).orElseThrow(() -> new IllegalArgumentException(
                note.metadata().primarySymbol() + " has no " + language.code() + " version"));
        NoteMetadata metadata = note.metadata();
        BodyConventions body = BodyConventions.of(organs, metadata.symbols());

        List<String> symbols = metadata.symbols().stream().map(DocumentSymbol::value).toList();
        boolean translation = language != metadata.original();
        LocalizedNote.AgendaFootnote agendaFootnote = metadata.agendaIfAny()
                .flatMap(Agenda::footnoteSymbol)
                .map(symbol -> new LocalizedNote.AgendaFootnote(template.required("agenda-footnote-marker"),
                        List.of(new Inline.DocumentReference(symbol.value(), symbol), new Inline.Text("."))))
                .orElse(null);

        String symbolLine = String.join(EN_DASH, symbols);
        String title = version.title();
        return new LocalizedNote(
                new LocalizedNote.DocumentInfo(language, template.flag("right-to-left"), symbolLine, symbolLine + " " + title,
                        metadata.dateOfIssue(), template.required("link.alt")),
                new HeaderGroup.Masthead(template.required("masthead"), metadata.symbols(), symbolLine,
                        organ(template, version, body)),
                new HeaderGroup.IssueBlock(
                        Language.fromCode(template.required("block-language")),
                        template.formatBlock("distribution", Map.of("distribution", lower(metadata.distribution().name()))),
                        template.formatBlock("date-of-issue", Map.of("date", metadata.dateOfIssue(),
                                "day", String.valueOf(metadata.dateOfIssue().getDayOfMonth()))),
                        translation ? template.formatBlock("language-line",
                                Map.of("name", template.languageName(language, true))) : null,
                        template.formatBlock("original-line", Map.of("name", template.languageName(metadata.original(), false)))),
                new HeaderGroup.SessionBlock(
                        version.organ().isEmpty()
                                ? body.sessionBlockKey().map(key -> template.required("organ." + key)).orElse(null)
                                : null,
                        metadata.sessionIfAny().map(s -> session(template, s, version, body)).orElse(null),
                        body.countedYear(metadata.dateOfIssue()).map(year -> template.format("year-line",
                                Map.of("ordinal", template.ordinalWords(year, "year-ordinal-rule-set")))).orElse(null),
                        metadata.meetingIfAny().map(m -> venueAndDates(template, m)).orElse(null),
                        metadata.agendaIfAny().map(a -> agendaLine(template, a, body)).orElse(null),
                        metadata.agendaIfAny().isPresent() ? version.agendaTitle() : null),
                new HeaderGroup.TitleBlock(title, kind(template, metadata.kind(), version),
                        partLines(template, metadata.primarySymbol())),
                new LocalizedNote.LocalizedBody(blocks(template, version.body().blocks()), version.body().footnotes(),
                        agendaFootnote),
                new LocalizedNote.PageFurniture(metadata.job(),
                        metadata.jobIfAny().map(job -> jobLine(template, job.value(), version)).orElse(null),
                        template.required("figure.qr-code"), template.required("figure.emblem")));
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
            java.util.regex.Matcher part = SYMBOL_PART.matcher(segments[i]);
            if (part.matches()) {
                template.optional("symbol-part." + part.group(1)).ifPresent(lines::add);
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
        SessionStyle style = version.sessionStyleIfAny().or(session::requestedStyle).orElseGet(() ->
                session.number() <= template.number(body.keyFor(template, "session-words-up-to"))
                        ? SessionStyle.WORDS : SessionStyle.NUMERIC);
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
            String country = template.optional("country." + code).orElseGet(() -> template.countryName(code));
            venue = template.format("venue-with-country", Map.of("venue", venue, "country", country));
        }
        return template.format("venue-and-dates", Map.of("venue", venue, "dates", dates));
    }

    /**
     * The job line: the job number and language letter, then the days this version was processed
     * as {@code ddmmyy}, four spaces apart ("V.18-04130 (S)    190618    200618").
     */
    private static String jobLine(LanguageTemplate template, String job, NoteVersion version) {
        StringBuilder line = new StringBuilder(template.format("job-line",
                Map.of("job", job, "letter", template.required("job-letter"))));
        for (java.time.LocalDate day : version.processed()) {
            line.append("    ").append(template.format("job-processed", Map.of("date", day)));
        }
        return line.toString();
    }

    /** The agenda line, in the body's own wording where the template has one ({@code agenda-line.<body>}). */
    private static String agendaLine(LanguageTemplate template, Agenda agenda, BodyConventions body) {
        List<String> items = new ArrayList<>();
        for (Agenda.AgendaItem item : agenda.items()) {
            items.add(template.format("agenda-item",
                    Map.of("number", item.number(), "sub", item.subItemLetter().orElse("none"))));
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
        boolean singleAnnex = blocks.stream().filter(b -> b instanceof Block.Annex).count() == 1;
        for (Block block : blocks) {
            if (block instanceof Block.Annex) {
                int number = ((Block.Annex) block).number();
                out.add(new LocalizedBlock(BlockRole.ANNEX, 0, template.format("annex-heading", Map.of(
                        "single", String.valueOf(singleAnnex), "number", number,
                        "roman", ROMAN.get().format(number, "%roman-upper"))), block.text()));
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
                        Map.of("letter", letters(item.ordinal()), "roman", roman(item.ordinal())));
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
        return ROMAN.get().format(ordinal, "%roman-lower");
    }

    private static String lower(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }
}
