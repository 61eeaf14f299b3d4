package org.secnotes.core.source;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A source that cannot be read as a note. The message names the source (its file, or the origin
 * name a file-less caller gave), the line and the field, and says what was expected, such as
 * {@code notes/cop.es.md:4: date: '2018-06-31' is not a date; expected YYYY-MM-DD}.
 *
 * <p>Immutable, so safe to pass between threads.
 */
public class SourceException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What the text is called in messages: the file's path, or a caller's origin name. */
    private final String origin;
    /** The file, or {@code null} for text that did not come from a file. */
    private final transient Path file;
    /** The line, from 1, or 0 when the problem is the file as a whole. */
    private final int line;
    /** The front-matter field, or {@code null} when no single field is at fault. */
    private final String field;
    /** What is wrong and what was expected. */
    private final String reason;

    /**
     * @param file   the source file, or {@code null}
     * @param line   the line, from 1, or 0 when the problem is the file as a whole
     * @param field  the front-matter field, or {@code null} when no single field is at fault
     * @param reason what is wrong and what was expected
     */
    public SourceException(Path file, int line, String field, String reason) {
        this(file == null ? null : file.toString(), file, line, field, reason);
    }

    /**
     * For text that came from no file, such as a Beam element or standard input.
     *
     * @param origin what the text is called in messages, such as {@code gs://notes/cop.en.md};
     *               {@code null} is shown as {@code <text>}
     * @param line   the line, from 1, or 0 when the problem is the text as a whole
     * @param field  the front-matter field, or {@code null} when no single field is at fault
     * @param reason what is wrong and what was expected
     */
    public SourceException(String origin, int line, String field, String reason) {
        this(origin, null, line, field, reason);
    }

    SourceException(String origin, Path file, int line, String field, String reason) {
        super(format(origin, line, field, reason));
        this.origin = origin == null ? "<text>" : origin;
        this.file = file;
        this.line = line;
        this.field = field;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    private static String format(String origin, int line, String field, String reason) {
        StringBuilder text = new StringBuilder(origin == null ? "<text>" : origin);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (field != null) {
            text.append(field).append(": ");
        }
        return text.append(reason).toString();
    }

    /** @return the source file, if the text came from one */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** @return what the source is called in messages: its file, its origin name, or {@code <text>} */
    public String origin() {
        return origin;
    }

    /** @return the line, from 1, or 0 when the problem is the file as a whole */
    public int line() {
        return line;
    }

    /** @return the front-matter field at fault, if one is */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** @return what is wrong and what was expected, without the file and line */
    public String reason() {
        return reason;
    }
}
