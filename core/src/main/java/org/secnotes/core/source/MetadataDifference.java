package org.secnotes.core.source;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.secnotes.core.Agenda.AgendaItem;
import org.secnotes.core.NoteMetadata;
import org.secnotes.core.SourceKey;

/**
 * The first language-neutral field on which two versions of a note disagree, named and worded as
 * a source writes it ({@code session: 9 vs 10}), never as Java prints a record.
 *
 * @param field  the field as a source names it, such as {@code session} or {@code agenda.stage}
 * @param first  the first version's value, in source words
 * @param second the second version's value, in source words
 */
record MetadataDifference(String field, String first, String second) {

    /**
     * Source names of the metadata's components, and of the parts of the composite ones, where
     * they differ from the Java names. A part not listed is named {@code <component>.<part>}.
     */
    private static final Map<String, String> SOURCE_NAMES = Map.ofEntries(
            Map.entry("symbols", SourceField.SYMBOL.path()),
            Map.entry("dateOfIssue", SourceField.DATE.path()),
            Map.entry("session.number", SourceField.SESSION.path()),
            Map.entry("session.style", SourceField.SESSION_STYLE.path()),
            Map.entry("session.kind", SourceField.SESSION_KIND.path()),
            Map.entry("meeting.venue", SourceField.VENUE.path()),
            Map.entry("meeting.first", SourceField.DATES.path()),
            Map.entry("meeting.last", SourceField.DATES.path()),
            Map.entry("agenda.items", "agenda.item"));

    /**
     * Compares two versions' metadata.
     *
     * @param a the first version's metadata
     * @param b the second version's metadata
     * @return the first field on which they differ, or empty if they agree
     */
    static Optional<MetadataDifference> between(NoteMetadata a, NoteMetadata b) {
        return between("", a, b);
    }

    private static Optional<MetadataDifference> between(String prefix, Record a, Record b) {
        for (RecordComponent component : a.getClass().getRecordComponents()) {
            Object x = value(component, a);
            Object y = value(component, b);
            if (Objects.equals(x, y)) {
                continue;
            }
            String path = prefix + component.getName();
            if (x instanceof Record rx && y instanceof Record ry && !(x instanceof AgendaItem)) {
                Optional<MetadataDifference> inner = between(path + ".", rx, ry);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.of(new MetadataDifference(SOURCE_NAMES.getOrDefault(path, path), words(x), words(y)));
        }
        return Optional.empty();
    }

    /** A value as a source would write it. */
    static String words(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof Enum<?> constant) {
            return SourceKey.of(constant);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof AgendaItem item) {
            return item.subItem() == null ? item.number() : item.number() + " (" + item.subItem() + ")";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(MetadataDifference::words).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Record record) {
            StringBuilder text = new StringBuilder();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object part = value(component, record);
                if (part != null) {
                    text.append(text.length() == 0 ? "" : ", ").append(component.getName()).append(' ')
                            .append(words(part));
                }
            }
            return text.toString();
        }
        return value.toString();
    }

    private static Object value(RecordComponent component, Record owner) {
        try {
            return component.getAccessor().invoke(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
