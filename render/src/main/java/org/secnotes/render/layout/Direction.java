package org.secnotes.render.layout;

/**
 * The direction a run of text is read in. Latin, Cyrillic and Chinese text runs left to right;
 * Arabic runs right to left, with numbers and Latin words inside it left to right (the Unicode
 * bidirectional algorithm decides the runs; a shaper receives one run at a time).
 *
 * <p>Immutable and thread-safe.
 */
public enum Direction {
    /** Left to right. */
    LEFT_TO_RIGHT,
    /** Right to left. */
    RIGHT_TO_LEFT
}
