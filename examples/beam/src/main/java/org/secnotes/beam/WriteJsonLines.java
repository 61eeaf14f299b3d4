package org.secnotes.beam;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Writes lines into a fixed number of shards, {@code <folder>/<prefix>-00000-of-00001.jsonl},
 * each sorted and written atomically, so that the same lines always give the same bytes: a rerun
 * leaves the files as they were, and a run with no lines still replaces the last run's shards
 * with empty ones (a fixed run of dead letters disappears).
 *
 * <p>Beam's {@code TextIO} would write lines in whatever order the workers produce them; sorting
 * needs each shard's lines in one place, which bounds a shard by a worker's memory: raise the
 * number of shards for millions of lines.
 *
 * <p>Immutable.
 */
public final class WriteJsonLines extends PTransform<PCollection<String>, PCollection<String>> {
    private static final long serialVersionUID = 1L;

    /** The folder the shards go into. */
    private final String folder;
    /** The start of each shard's name. */
    private final String prefix;
    /** The number of shards. */
    private final int shards;

    private WriteJsonLines(String folder, String prefix, int shards) {
        this.folder = folder;
        this.prefix = prefix;
        this.shards = shards;
    }

    /**
     * Writes into one shard.
     *
     * @param folder the folder: a path, or a URL such as gs://bucket/out/_manifest
     * @param prefix the start of each shard's name
     * @return the transform
     */
    public static WriteJsonLines to(String folder, String prefix) {
        return new WriteJsonLines(folder, prefix, 1);
    }

    /**
     * Sets the number of shards.
     *
     * @param value at least 1
     * @return a transform writing that many
     * @throws IllegalArgumentException if the number is below 1
     */
    public WriteJsonLines withShards(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("shards must be 1 or more, not " + value);
        }
        return new WriteJsonLines(folder, prefix, value);
    }

    @Override
    public PCollection<String> expand(PCollection<String> lines) {
        int count = shards;
        PCollection<KV<Integer, String>> keyed = lines.apply("Pick shards", WithKeys.of((String line) -> Math.floorMod(line.hashCode(), count))
                .withKeyType(TypeDescriptors.integers()));
        // One empty line per shard, so that every shard is written even when no line falls in it.
        List<KV<Integer, String>> empty = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            empty.add(KV.of(i, ""));
        }
        PCollection<KV<Integer, String>> every = lines.getPipeline()
                .apply("Every shard", Create.of(empty).withCoder(KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of())));
        return PCollectionList.of(keyed).and(every)
                .apply("All lines", Flatten.pCollections())
                .apply("Gather shards", GroupByKey.create())
                .apply("Write shards", ParDo.of(new WriteShardFn(folder, prefix, shards)));
    }

    /** Sorts one shard's lines and writes them; emits the shard's name. */
    private static final class WriteShardFn extends DoFn<KV<Integer, Iterable<String>>, String> {
        private static final long serialVersionUID = 1L;

        private final String folder;
        private final String prefix;
        private final int shards;

        WriteShardFn(String folder, String prefix, int shards) {
            this.folder = folder;
            this.prefix = prefix;
            this.shards = shards;
        }

        @ProcessElement
        public void process(@Element KV<Integer, Iterable<String>> shard, OutputReceiver<String> out)
                throws java.io.IOException {
            List<String> lines = new ArrayList<>();
            for (String line : shard.getValue()) {
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
            lines.sort(null);
            StringBuilder text = new StringBuilder();
            for (String line : lines) {
                text.append(line).append('\n');
            }
            String name = String.format(Locale.ROOT, "%s-%05d-of-%05d.jsonl", prefix, shard.getKey(), shards);
            OutputWriter.write(folder, name, text.toString().getBytes(StandardCharsets.UTF_8));
            out.output(name);
        }
    }
}
