package org.secnotes.render.layout;

import java.util.Objects;

/**
 * A run of text after shaping: how far each character advances the pen. Advances are indexed by
 * the character's UTF-16 offset in the run's text; a cluster that several characters make (a
 * surrogate pair, an Arabic ligature) has its whole advance on its first unit and 0 on the rest,
 * so that a line breaker can sum advances between any two break opportunities.
 *
 * <p>Immutable and thread-safe.
 *
 * @param run      what was shaped
 * @param advances the advance of each UTF-16 unit, in points
 * @param width    the run's natural width in points
 */
public record ShapedRun(TextRun run, float[] advances, float width) {
    /**
     * Checks and copies the advances.
     *
     * @param run what was shaped
     * @param advances the advance of each UTF-16 unit, in points
     * @param width the run's natural width in points
     */
    public ShapedRun {
        Objects.requireNonNull(run, "run");
        if (advances.length != run.text().length()) {
            throw new IllegalArgumentException("one advance per UTF-16 unit: " + run.text().length()
                    + " expected, " + advances.length + " given");
        }
        advances = advances.clone();
    }

    /** @return a copy of the advances */
    @Override
    public float[] advances() {
        return advances.clone();
    }

    /**
     * Copies the advances into an array, without a defensive copy in between.
     *
     * @param out    where to write
     * @param offset where the run's first unit goes
     */
    public void copyAdvances(float[] out, int offset) {
        System.arraycopy(advances, 0, out, offset, advances.length);
    }
}
