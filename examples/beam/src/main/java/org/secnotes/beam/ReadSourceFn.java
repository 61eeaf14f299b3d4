package org.secnotes.beam;

import java.io.IOException;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.secnotes.core.source.SourceException;
import org.secnotes.core.source.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage 2: reads one source and keys it by its first symbol, so that the versions of a note meet.
 * Only the source's name travels on: model records are not serializable, and shuffling names is
 * cheaper than shuffling text; the render stage reads the source again.
 *
 * <p>A bad source becomes a dead letter with the command line's message. A failure to reach the
 * file system propagates, and the runner retries the bundle.
 */
final class ReadSourceFn extends DoFn<MatchResult.Metadata, KV<String, String>> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ReadSourceFn.class);

    private final Counter read = Metrics.counter(RenderNotes.class, RenderNotes.READ);
    private final Counter failed = Metrics.counter(RenderNotes.class, RenderNotes.FAILED);

    @ProcessElement
    public void process(@Element MatchResult.Metadata file, MultiOutputReceiver out) throws IOException {
        // Hidden files are skipped, as the command line skips them in folders; among them are the
        // temporary files of writes still under way.
        if (file.resourceId().getFilename() == null || file.resourceId().getFilename().startsWith(".")) {
            return;
        }
        String origin = file.resourceId().toString();
        try {
            SourceFile source = SourceReading.read(origin);
            source.warnings().forEach(warning -> LOG.warn("{}: {}", origin, warning));
            read.inc();
            out.get(RenderNotes.KEYED).output(KV.of(source.metadata().primarySymbol().value(), origin));
        } catch (SourceException e) {
            failed.inc();
            out.get(RenderNotes.FAILURES).output(JsonLines.sourceFailed("read", origin, e));
        } catch (RuntimeException | StackOverflowError e) {
            // As the library's batch reading does: a source that breaks the reader is that
            // source's failure, not the job's.
            failed.inc();
            out.get(RenderNotes.FAILURES).output(JsonLines.sourceFailed("read", origin, SourceReading.messageOf(origin, e)));
        }
    }
}
