package org.secnotes.batch;

import java.nio.file.Path;
import org.secnotes.Problem;

/**
 * What a {@link Batch} tells as it goes. Called from the batch's worker threads, so an
 * implementation must be thread-safe; every method does nothing by default.
 */
public interface BatchListener {

    /**
     * The sources are grouped; rendering starts.
     *
     * @param sources the sources found
     * @param outputs the outputs the batch means to write
     */
    default void started(int sources, int outputs) {
    }

    /**
     * An output file is in place.
     *
     * @param file the file
     */
    default void written(Path file) {
    }

    /**
     * A source, a note or an output failed; the rest go on.
     *
     * @param problem what failed, naming the files, and why
     */
    default void failed(Problem problem) {
    }

    /**
     * Something was skipped, dropped or removed; nothing failed.
     *
     * @param problem what, naming the files, and why
     */
    default void warning(Problem problem) {
    }
}
