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
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.secnotes.core.Language;

/**
 * One language's template file: its phrases as ICU MessageFormat patterns and the few settings
 * that steer ICU (the locale, the rule set for ordinals). Everything that differs between
 * languages lives in the file, so that a new language needs a new file and no code.
 *
 * <p>Immutable and thread-safe. ICU's formatters are not thread-safe, and building one (parsing a
 * pattern, loading a locale's rules) costs far more than using it, so each formatter is built on
 * first use, for the phrases a note prints and no others, into its own {@link FormatterPool},
 * which lends it to one thread at a time: a batch pays for each once per worker using it at the
 * same moment, not once per note, and what a warm-up thread built serves the thread that renders
 * the real note.
 *
 * <p>The first-note path uses no lambdas or streams: in a cold JVM, linking each such call site
 * costs more than the code it runs.
 */
final class LanguageTemplate {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private final Language language;
    private final ULocale locale;
    private final Properties phrases;
    /** The template's own month names (month.1 to month.12), or null to use ICU's. */
    private final String[] months;
    /** Each pattern's formatter in the template's language, by key, built on first use. */
    private final Map<String, MessagePool> messages = new ConcurrentHashMap<>();
    /** Each pattern's formatter in the block language (see {@link #formatBlock}), by key. */
    private final Map<String, MessagePool> blockMessages = new ConcurrentHashMap<>();
    private final FormatterPool<RuleBasedNumberFormat> spellout = new FormatterPool<>() {
        @Override
        RuleBasedNumberFormat make() {
            return new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        }
    };
    private final FormatterPool<LocaleDisplayNames> namesAtStart =
            new NamesPool(DisplayContext.CAPITALIZATION_FOR_BEGINNING_OF_SENTENCE);
    private final FormatterPool<LocaleDisplayNames> namesInside =
            new NamesPool(DisplayContext.CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE);
    private final FormatterPool<ListFormatter> lists = new FormatterPool<>() {
        @Override
        ListFormatter make() {
            return ListFormatter.getInstance(locale);
        }
    };
    /** The list-pair pattern, in the template's locale and without its month names. */
    private final MessagePool listPairs;

    private LanguageTemplate(Language language, Properties phrases) {
        this.language = language;
        this.phrases = phrases;
        this.locale = new ULocale(required("locale"));
        if (optional("month.1").isPresent()) {
            months = new String[12];
            for (int m = 1; m <= 12; m++) {
                months[m - 1] = required("month." + m);
            }
        } else {
            months = null;
        }
        this.listPairs = new MessagePool("list-pair", false, false);
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
        String value = phrases.getProperty(key);
        if (value == null) {
            return Optional.empty();
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
    }

    boolean flag(String key) {
        return Boolean.parseBoolean(required(key));
    }

    int number(String key) {
        return Integer.parseInt(required(key));
    }

    Set<String> words(String key) {
        Optional<String> value = optional(key);
        return value.isPresent() ? Set.of(WHITESPACE.split(value.get())) : Set.of();
    }

    /**
     * Formats a pattern of the right-hand block (distribution, date, language, original), which
     * Russian, Chinese and Arabic versions print in English: in the block language's locale.
     */
    String formatBlock(String key, Map<String, Object> arguments) {
        return format(key, arguments, true);
    }

    /**
     * Formats the pattern under a key with named arguments; LocalDate arguments become dates. Where
     * the template lists its own month names ({@code month.1} to {@code month.12}: Arabic pairs the
     * Levantine name with the Western one, "تشرين الأول/أكتوبر", which no ICU locale gives), the
     * month fields of its date sub-formats print those names.
     */
    String format(String key, Map<String, Object> arguments) {
        return format(key, arguments, false);
    }

    private String format(String key, Map<String, Object> arguments, boolean block) {
        Map<String, Object> converted = new HashMap<>();
        for (Map.Entry<String, Object> argument : arguments.entrySet()) {
            Object value = argument.getValue();
            if (value instanceof LocalDate) {
                value = DayStart.of((LocalDate) value);
            }
            converted.put(argument.getKey(), value);
        }
        Map<String, MessagePool> pools = block ? blockMessages : messages;
        MessagePool pool = pools.get(key);
        if (pool == null) {
            MessagePool made = new MessagePool(key, block, !block);
            pool = pools.putIfAbsent(key, made);
            if (pool == null) {
                pool = made;
            }
        }
        MessageFormat message = pool.borrow();
        try {
            return message.format(converted);
        } finally {
            pool.giveBack(message);
        }
    }

    /**
     * A pattern's formatter, in the block language or the template's, with the template's month
     * names where it has its own and {@code ownMonths} asks for them.
     */
    private MessageFormat newMessage(String key, boolean block, boolean ownMonths) {
        MessageFormat message = new MessageFormat(required(key), block ? new ULocale(required("block-language")) : locale);
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
        String ruleSet = required(ruleSetKey);
        RuleBasedNumberFormat rules = spellout.borrow();
        String words;
        try {
            words = rules.format(number, ruleSet);
        } finally {
            spellout.giveBack(rules);
        }
        // Where UN usage differs from ICU's spelling (French: the traditional forms, not the 1990
        // reform's hyphens), the template lists FROM|TO replacements, applied in order.
        Optional<String> replacements = optional("ordinal-words-replace");
        if (replacements.isPresent()) {
            for (String rule : replacements.get().split(";")) {
                String[] parts = rule.split("\\|", 2);
                words = words.replace(parts[0], parts[1]);
            }
        }
        return words;
    }

    /** The ordinal in figures: "27th", "27º", "13er". */
    String ordinalFigures(int number) {
        String suffix = "";
        Optional<String> rules = optional("ordinal-figures-suffixes");
        if (rules.isPresent()) {
            String words = plainOrdinalWords(number);
            for (String rule : WHITESPACE.split(rules.get())) {
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
        FormatterPool<LocaleDisplayNames> pool = startOfLine ? namesAtStart : namesInside;
        LocaleDisplayNames names = pool.borrow();
        try {
            return names.languageDisplayName(named.code());
        } finally {
            pool.giveBack(names);
        }
    }

    /**
     * A country's name in this template's language, from its ISO 3166 code, as ICU's locale data
     * writes it; a template overrides a name the UN writes otherwise under {@code country.<code>}.
     */
    String countryName(String code) {
        return LocaleDisplayNames.getInstance(locale, DisplayContext.CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE)
                .regionDisplayName(code);
    }

    /**
     * Joins items as the language lists them: "3 and 5", "3, 5 y 7". A template whose usage differs
     * from ICU's list format gives {@code list-pair}, a pattern that joins the list so far ({0}) to
     * the next item ({1}): Arabic repeats a spaced "و" before each further item, "5 و 9 و 17".
     */
    String list(List<String> items) {
        if (optional("list-pair").isEmpty() || items.isEmpty()) {
            ListFormatter list = lists.borrow();
            try {
                return list.format(new ArrayList<>(items));
            } finally {
                lists.giveBack(list);
            }
        }
        MessageFormat join = listPairs.borrow();
        try {
            String joined = items.get(0);
            for (String item : items.subList(1, items.size())) {
                joined = join.format(new Object[] {joined, item});
            }
            return joined;
        } finally {
            listPairs.giveBack(join);
        }
    }

    private String capitalizeFirst(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(text.substring(Character.charCount(first))).toString();
    }

    /** The formatters of one pattern. */
    private final class MessagePool extends FormatterPool<MessageFormat> {
        private final String key;
        private final boolean block;
        private final boolean ownMonths;

        MessagePool(String key, boolean block, boolean ownMonths) {
            this.key = key;
            this.block = block;
            this.ownMonths = ownMonths;
        }

        @Override
        MessageFormat make() {
            return newMessage(key, block, ownMonths);
        }
    }

    /** The language names as the block language writes them, capitalised for one place in a line. */
    private final class NamesPool extends FormatterPool<LocaleDisplayNames> {
        private final DisplayContext capitalization;

        NamesPool(DisplayContext capitalization) {
            this.capitalization = capitalization;
        }

        @Override
        LocaleDisplayNames make() {
            return LocaleDisplayNames.getInstance(new ULocale(required("block-language")), capitalization);
        }
    }

    /** The key under which a venue's name is listed: "Addis Ababa" becomes "addis-ababa". */
    static String venueKey(String englishName) {
        return "venue." + WHITESPACE.matcher(englishName.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
    }
}
