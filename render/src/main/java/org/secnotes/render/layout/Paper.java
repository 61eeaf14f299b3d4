package org.secnotes.render.layout;

import org.secnotes.core.JobNumber;

/**
 * The paper a PDF is set on.
 *
 * <p>Immutable and thread-safe.
 */
public enum Paper {
    /** ISO A4, 595 × 842 pt: the offices away from New York. */
    A4(595, 842),
    /** US Letter, 612 × 792 pt: New York documents. */
    LETTER(612, 792),
    /**
     * Chosen from the job number: Letter for New York job numbers (no office prefix, such as
     * {@code 21-02065}), A4 for the others ({@code V.}, {@code GE.}, ...) and for notes without one.
     */
    AUTO(0, 0);

    private final float width;
    private final float height;

    Paper(float width, float height) {
        this.width = width;
        this.height = height;
    }

    /** @return the width in points */
    public float width() {
        return width;
    }

    /** @return the height in points */
    public float height() {
        return height;
    }

    /**
     * The paper for a note: this one, or for {@link #AUTO} the one its job number implies.
     *
     * @param job the note's job number, or {@code null}
     * @return A4 or LETTER
     */
    public Paper resolve(JobNumber job) {
        if (this != AUTO) {
            return this;
        }
        return job != null && Character.isDigit(job.value().charAt(0)) ? LETTER : A4;
    }
}
