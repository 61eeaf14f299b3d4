package org.secnotes;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Something wrong with one or more sources, said in words a user can act on: an error that kept
 * them from being rendered, or a warning about what was dropped or changed. The message names the
 * file (and, where there is one, the line and field) and says why, such as
 * {@code notes/cop.es.md:4: date: '2018-06-31' is not a date; expected YYYY-MM-DD}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sources the source files it is about (more than one when versions of a note disagree);
 *                empty for text that came from no file
 * @param message the whole message, naming the sources
 */
public record Problem(List<Path> sources, String message) {
    /**
     * Checks the parts and copies the list.
     *
     * @param sources the files it is about
     * @param message the whole message
     */
    public Problem {
        sources = List.copyOf(sources);
        Objects.requireNonNull(message, "message");
    }

    /**
     * Words a failure that is not a source error, such as running out of stack on deeply nested
     * text, naming the source it happened on.
     *
     * @param source  the file being read or rendered, or {@code null}
     * @param failure what was thrown
     * @return the problem
     */
    public static Problem of(Path source, Throwable failure) {
        String name = source == null ? "<text>" : source.toString();
        List<Path> sources = source == null ? List.of() : List.of(source);
        return new Problem(sources, name + ": " + describe(failure));
    }

    /**
     * Says in words what went wrong, never as Java's class names.
     *
     * @param failure what was thrown
     * @return a reason, such as "ran out of stack: the text is nested too deeply"
     */
    public static String describe(Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return "ran out of stack: the text is nested too deeply (block quotes, lists or emphasis inside one"
                    + " another); flatten it";
        }
        if (failure instanceof OutOfMemoryError) {
            return "ran out of memory (" + failure.getMessage() + ") on this source; give the program more"
                    + " memory with -Xmx or split the source";
        }
        if (failure instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (failure instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof java.nio.file.FileSystemException e && e.getReason() != null) {
            return e.getReason();
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? "failed unexpectedly (" + failure.getClass().getSimpleName() + ")"
                : message;
    }
}
