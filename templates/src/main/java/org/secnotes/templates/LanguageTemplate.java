package org.secnotes.templates;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.secnotes.core.Language;

/**
 * One language's template file: its phrases as ICU MessageFormat patterns and the few settings
 * that steer ICU (the locale, the rule set for ordinals). Everything that differs between
 * languages lives in the file, so that a new language needs a new file and no code.
 *
 * <p>Immutable and thread-safe. ICU's formatters are not thread-safe, and building one (parsing a
 * pattern, loading a locale's rules) costs far more than using it, so each formatter is built
 * once, on first use, into a set ({@link Formatters}) that is lent to one thread at a time and
 * then given back: a batch pays for them once per worker busy at the same moment, not once per
 * note, and the sets a warm-up thread built serve the thread that renders the real note (a set
 * kept per thread, as before, was built again by every new thread, on a cold start's critical
 * path).
 */
final class LanguageTemplate {

    private final Language language;
    private final ULocale locale;
    private final Properties phrases;
    /** The template's own month names (month.1 to month.12), or null to use ICU's. */
    private final String[] months;
    /** The formatter sets no thread is using: see the class comment. */
    private final Deque<Formatters> idle = new ConcurrentLinkedDeque<>();

    private LanguageTemplate(Language language, Properties phrases) {
        this.language = language;
        this.phrases = phrases;
        this.locale = new ULocale(required("locale"));
        this.months = optional("month.1").isEmpty() ? null
                : IntStream.rangeClosed(1, 12).mapToObj(m -> required("month." + m)).toArray(String[]::new);
    }

    /** Loads {@code lang/<code>.properties} from the classpath, or returns empty if there is none. */
    static Optional<LanguageTemplate> load(Language language) {
        String resource = "lang/" + language.code() + ".properties";
        try (InputStream in = LanguageTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties phrases = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                phrases.load(reader);
            }
            return Optional.of(of(language, phrases));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the template " + resource, e);
        }
    }

    /** A template from phrases already read: for tests of the template machinery. */
    static LanguageTemplate of(Language language, Properties phrases) {
        return new LanguageTemplate(language, phrases);
    }

    Language language() {
        return language;
    }

    ULocale locale() {
        return locale;
    }

    String required(String key) {
        String value = phrases.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("the " + language.code() + " template has no '" + key + "'");
        }
        return value.strip();
    }

    Optional<String> optional(String key) {
        return Optional.ofNullable(phrases.getProperty(key)).map(String::strip).filter(s -> !s.isEmpty());
    }

    boolean flag(String key) {
        return Boolean.parseBoolean(required(key));
    }

    int number(String key) {
        return Integer.parseInt(required(key));
    }

    Set<String> words(String key) {
        return Set.of(optional(key).map(v -> v.split("\\s+")).orElse(new String[0]));
    }

    /**
     * Formats a pattern of the right-hand block (distribution, date, language, original), which
     * Russian, Chinese and Arabic versions print in English: in the block language's locale.
     */
    String formatBlock(String key, Map<String, Object> arguments) {
        return format(key, arguments, new ULocale(required("block-language")), false);
    }

    /**
     * Formats the pattern under a key with named arguments; LocalDate arguments become dates. Where
     * the template lists its own month names ({@code month.1} to {@code month.12}: Arabic pairs the
     * Levantine name with the Western one, "تشرين الأول/أكتوبر", which no ICU locale gives), the
     * month fields of its date sub-formats print those names.
     */
    String format(String key, Map<String, Object> arguments) {
        return format(key, arguments, locale, true);
    }

    private String format(String key, Map<String, Object> arguments, ULocale in, boolean ownMonths) {
        Map<String, Object> converted = new java.util.HashMap<>();
        for (Map.Entry<String, Object> argument : arguments.entrySet()) {
            Object value = argument.getValue();
            if (value instanceof LocalDate) {
                // MessageFormat's date sub-formats use the default time zone, so midnight there is the day itself.
                value = Date.from(((LocalDate) value).atStartOfDay(ZoneId.systemDefault()).toInstant());
            }
            converted.put(argument.getKey(), value);
        }
        return withFormatters(f -> f.message(key, in, ownMonths).format(converted));
    }

    /** Runs {@code use} with a formatter set that no other thread holds meanwhile. */
    private <T> T withFormatters(Function<Formatters, T> use) {
        Formatters formatters = idle.pollFirst();
        if (formatters == null) {
            formatters = new Formatters();
        }
        try {
            return use.apply(formatters);
        } finally {
            idle.offerFirst(formatters);
        }
    }

    /** A pattern's formatter, with the template's month names where it has its own. */
    private MessageFormat newMessage(String key, ULocale in, boolean ownMonths) {
        MessageFormat message = new MessageFormat(required(key), in);
        if (months != null && ownMonths) {
            useOwnMonths(key, message);
        }
        return message;
    }

    /**
     * Gives each date sub-format of a pattern the template's month names. ICU reaches only the
     * sub-formats at a pattern's top level, so one nested in a select or plural is refused.
     */
    private void useOwnMonths(String key, MessageFormat message) {
        Format[] formats = message.getFormats();
        int changed = 0;
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] instanceof SimpleDateFormat) {
                SimpleDateFormat date = (SimpleDateFormat) formats[i];
                DateFormatSymbols symbols = date.getDateFormatSymbols();
                symbols.setMonths(months, DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
                symbols.setMonths(months, DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE);
                date.setDateFormatSymbols(symbols);
                message.setFormat(i, date);
                changed++;
            }
        }
        if (changed != dateArguments(required(key))) {
            throw new IllegalStateException("the " + language.code() + " template's '" + key + "' nests a date"
                    + " inside a select or plural; with month.1 to month.12 set, dates must be at the top level");
        }
    }

    private static int dateArguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        int dates = 0;
        for (int i = 0; i < parsed.countParts() - 1; i++) {
            if (parsed.getPart(i).getType() == MessagePattern.Part.Type.ARG_NAME
                    && parsed.getPart(i + 1).getType() == MessagePattern.Part.Type.ARG_TYPE
                    && parsed.getSubstring(parsed.getPart(i + 1)).equals("date")) {
                dates++;
            }
        }
        return dates;
    }

    /** The ordinal in words, with a capital first letter: "Ninth", "Vigésimo primer". */
    String ordinalWords(int number) {
        return capitalizeFirst(plainOrdinalWords(number, "ordinal-words-rule-set"));
    }

    /**
     * The ordinal in words by the rule set the template names under a key, with a capital first
     * letter: a noun of another gender than "session" needs its own ("Восьмидесятый год").
     */
    String ordinalWords(int number, String ruleSetKey) {
        return capitalizeFirst(plainOrdinalWords(number, ruleSetKey));
    }

    private String plainOrdinalWords(int number) {
        return plainOrdinalWords(number, "ordinal-words-rule-set");
    }

    private String plainOrdinalWords(int number, String ruleSetKey) {
        String words = withFormatters(f -> f.spellout().format(number, required(ruleSetKey)));
        // Where UN usage differs from ICU's spelling (French: the traditional forms, not the 1990
        // reform's hyphens), the template lists FROM|TO replacements, applied in order.
        for (String rule : optional("ordinal-words-replace").map(v -> v.split(";")).orElse(new String[0])) {
            String[] parts = rule.split("\\|", 2);
            words = words.replace(parts[0], parts[1]);
        }
        return words;
    }

    /** The ordinal in figures: "27th", "27º", "13er". */
    String ordinalFigures(int number) {
        String suffix = "";
        Optional<String> rules = optional("ordinal-figures-suffixes");
        if (rules.isPresent()) {
            String words = plainOrdinalWords(number);
            for (String rule : rules.get().split("\\s+")) {
                String[] parts = rule.split("=", 2);
                if (parts[0].equals("*") || words.endsWith(parts[0])) {
                    suffix = parts[1];
                    break;
                }
            }
        }
        return format("ordinal-figures", Map.of("n", number, "suffix", suffix));
    }

    /**
     * A language's name as this template's block language writes it: at the start of a line
     * ("Español") or inside it ("Original: inglés"; English capitalises its own names anyway).
     */
    String languageName(Language named, boolean startOfLine) {
        return withFormatters(f -> f.names(startOfLine).languageDisplayName(named.code()));
    }

    /**
     * A country's name in this template's language, from its ISO 3166 code, as ICU's locale data
     * writes it; a template overrides a name the UN writes otherwise under {@code country.<code>}.
     */
    String countryName(String code) {
        return LocaleDisplayNames.getInstance(locale, com.ibm.icu.text.DisplayContext.CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE)
                .regionDisplayName(code);
    }

    /**
     * Joins items as the language lists them: "3 and 5", "3, 5 y 7". A template whose usage differs
     * from ICU's list format gives {@code list-pair}, a pattern that joins the list so far ({0}) to
     * the next item ({1}): Arabic repeats a spaced "و" before each further item, "5 و 9 و 17".
     */
    String list(List<String> items) {
        Optional<String> pair = optional("list-pair");
        if (pair.isEmpty() || items.isEmpty()) {
            return withFormatters(f -> f.list().format(new ArrayList<>(items)));
        }
        return withFormatters(f -> {
            MessageFormat join = f.listPair(pair.get());
            String joined = items.get(0);
            for (String item : items.subList(1, items.size())) {
                joined = join.format(new Object[] {joined, item});
            }
            return joined;
        });
    }

    private String capitalizeFirst(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(text.substring(Character.charCount(first))).toString();
    }

    /**
     * A set of formatters for this template, each built on first use: a run that never prints a
     * session in words never loads the spell-out rules. Held by one thread at a time.
     */
    private final class Formatters {
        private final Map<String, MessageFormat> messages = new HashMap<>();
        private final Map<String, MessageFormat> blockMessages = new HashMap<>();
        private RuleBasedNumberFormat spellout;
        private LocaleDisplayNames namesAtStart;
        private LocaleDisplayNames namesInside;
        private ListFormatter list;
        private MessageFormat listPair;

        MessageFormat message(String key, ULocale in, boolean ownMonths) {
            return (ownMonths ? messages : blockMessages).computeIfAbsent(key, k -> newMessage(k, in, ownMonths));
        }

        RuleBasedNumberFormat spellout() {
            if (spellout == null) {
                spellout = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
            }
            return spellout;
        }

        LocaleDisplayNames names(boolean startOfLine) {
            if (startOfLine) {
                if (namesAtStart == null) {
                    namesAtStart = newNames(DisplayContext.CAPITALIZATION_FOR_BEGINNING_OF_SENTENCE);
                }
                return namesAtStart;
            }
            if (namesInside == null) {
                namesInside = newNames(DisplayContext.CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE);
            }
            return namesInside;
        }

        private LocaleDisplayNames newNames(DisplayContext capitalization) {
            return LocaleDisplayNames.getInstance(new ULocale(required("block-language")), capitalization);
        }

        ListFormatter list() {
            if (list == null) {
                list = ListFormatter.getInstance(locale);
            }
            return list;
        }

        MessageFormat listPair(String pattern) {
            if (listPair == null) {
                listPair = new MessageFormat(pattern, locale);
            }
            return listPair;
        }
    }

    /** The key under which a venue's name is listed: "Addis Ababa" becomes "addis-ababa". */
    static String venueKey(String englishName) {
        return "venue." + englishName.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }
}
