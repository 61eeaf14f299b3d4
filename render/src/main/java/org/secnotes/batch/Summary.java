package org.secnotes.batch;

/**
 * The counts at the end of a batch.
 *
 * @param sources       the sources found
 * @param planned       the outputs the batch meant to write
 * @param written       the outputs written
 * @param failedSources the sources that gave no output because they, or their note, failed
 * @param failedOutputs the outputs that were not written although their sources were good
 * @param warnings      the warnings
 */
public record Summary(int sources, int planned, int written, int failedSources, int failedOutputs, int warnings) {

    /** @return whether everything was written and nothing failed */
    public boolean succeeded() {
        return failedSources == 0 && failedOutputs == 0;
    }
}
