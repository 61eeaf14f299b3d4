package org.secnotes.render;

/**
 * A note that cannot be drawn in an output format, such as one with a character that no font
 * has. The message says what and where.
 *
 * <p>Immutable, so safe to pass between threads.
 */
public class RenderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what could not be drawn, and where
     */
    public RenderException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the failure that caused it.
     *
     * @param message what could not be drawn
     * @param cause   the underlying failure
     */
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
