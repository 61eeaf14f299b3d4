package org.secnotes.core.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.secnotes.core.AgendaStage;
import org.secnotes.core.Distribution;
import org.secnotes.core.SessionKind;
import org.secnotes.core.SessionStyle;
import org.secnotes.core.SourceKey;

/**
 * The fields of a source's front matter: the one list that the reader accepts, that its messages
 * name ("missing; expected ..."), and that {@link #markdownTable()} prints for the README.
 *
 * <p>Immutable and thread-safe.
 */
public enum SourceField {
    /** The document symbol or symbols. */
    SYMBOL("symbol", null, true, "the document symbol, such as CTOC/COP/2018/10"),
    /** Who may receive the document. */
    DISTRIBUTION("distribution", null, false, SourceKey.choices(Distribution.class) + " (default general)"),
    /** The date of issue. */
    DATE("date", null, true, "the date of issue as YYYY-MM-DD"),
    /** The language of this version. */
    LANGUAGE("language", null, true, "one of ar, en, es, fr, ru, zh"),
    /** The language the note was written in. */
    ORIGINAL("original", null, true, "one of ar, en, es, fr, ru, zh"),
    /** The issuing organ's name in this language. */
    ORGAN("organ", null, false, "a line, or a list of lines (principal organ, then the body under it);"
            + " left out, it comes from the registry"),
    /** The session number. */
    SESSION("session", null, false, "a whole number from 1, such as 9"),
    /** How the session number is written. */
    SESSION_STYLE("session-style", null, false, SourceKey.choices(SessionStyle.class)
            + " (default: the language's rule for the body), for this version only; needs session"),
    /** Regular or special session. */
    SESSION_KIND("session-kind", null, false, SourceKey.choices(SessionKind.class) + "; needs session"),
    /** The meeting's city. */
    VENUE("venue", null, false, "the city's English name; needs dates"),
    /** The host country, printed after a city away from the usual seats. */
    VENUE_COUNTRY("venue-country", null, false, "the host country's ISO 3166 code, such as MA; needs venue"),
    /** The meeting's days. */
    DATES("dates", null, false, "first/last day, such as 2018-10-15/2018-10-19, or one date"),
    /** The agenda item or items. */
    AGENDA("agenda", null, false, "the fields item, stage, title and symbol, indented under it"),
    /** The agenda item number or numbers. */
    AGENDA_ITEM("item", AGENDA, true, "the item number, such as \"4\", or a list of items"),
    /** Which agenda the items are on. */
    AGENDA_STAGE("stage", AGENDA, false, SourceKey.choices(AgendaStage.class) + " (default provisional)"),
    /** The agenda item's title in this language. */
    AGENDA_TITLE("title", AGENDA, true, "the agenda item's title"),
    /** The agenda document cited in the "*" footnote. */
    AGENDA_SYMBOL("symbol", AGENDA, false, "the agenda document's symbol, cited in the \"*\" footnote"),
    /** The note's title in this language. */
    TITLE("title", null, true, "the note's title"),
    /** What kind of document the note is. */
    KIND("kind", null, false, "note-by-the-secretariat (default), note-by-the-secretary-general or"
            + " report-of-the-secretary-general; or leave it out and give subtitle"),
    /** A free subtitle, instead of a kind. */
    SUBTITLE("subtitle", null, false, "the subtitle printed under the title, instead of a kind"),
    /** The job number. */
    JOB("job", null, false, "the job number, such as V.18-04130 (page-1 footer and barcode)"),
    /** The days this version was processed, printed after the job number. */
    JOB_DATES("job-dates", null, false, "the days this version was processed, YYYY-MM-DD, one or a list; needs job");

    private final String key;
    private final SourceField parent;
    private final boolean required;
    private final String expected;

    SourceField(String key, SourceField parent, boolean required, String expected) {
        this.key = key;
        this.parent = parent;
        this.required = required;
        this.expected = expected;
    }

    /** @return the key as written under its parent, such as {@code item} */
    public String key() {
        return key;
    }

    /** @return the full name used in messages, such as {@code agenda.item} */
    public String path() {
        return parent == null ? key : parent.key + "." + key;
    }

    /** @return the field this one is indented under, if any */
    public Optional<SourceField> parent() {
        return Optional.ofNullable(parent);
    }

    /** @return whether a source (or its parent field, when given) must have it */
    public boolean required() {
        return required;
    }

    /** @return what the value must be, as messages say it after "expected" */
    public String expected() {
        return expected;
    }

    /**
     * The fields directly under a parent.
     *
     * @param parent the parent, or {@code null} for the top level
     * @return those fields, in the order of this list
     */
    public static List<SourceField> under(SourceField parent) {
        List<SourceField> fields = new ArrayList<>();
        for (SourceField field : values()) {
            if (field.parent == parent) {
                fields.add(field);
            }
        }
        return fields;
    }

    /**
     * The field a key names under a parent.
     *
     * @param parent the parent, or {@code null} for the top level
     * @param key    the key as written
     * @return the field, or empty when the key is unknown there
     */
    public static Optional<SourceField> find(SourceField parent, String key) {
        for (SourceField field : under(parent)) {
            if (field.key.equals(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** @return a Markdown table of every field, whether it is required, and what is expected */
    public static String markdownTable() {
        StringBuilder out = new StringBuilder("| Field | Required | Expected |\n|---|---|---|\n");
        for (SourceField field : values()) {
            out.append("| `").append(field.path()).append("` | ")
                    .append(field.required ? (field.parent == null ? "yes" : "yes, under " + field.parent.key) : "no")
                    .append(" | ").append(field.expected.replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }
}
