package org.secnotes.beam;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.secnotes.render.OutputFiles;

/**
 * Writes one output file so that no reader sees a partial one, on whatever file system the output
 * folder is.
 *
 * <ul>
 *   <li>On this machine's file system, through the library's {@link OutputFiles#writeAtomically}
 *       (a temporary file beside the target, then a rename); a file that already holds exactly
 *       these bytes is left alone, so a rerun rewrites nothing.</li>
 *   <li>On an object store, straight to the final name with {@link FileSystems#create}: an upload
 *       appears whole or not at all, and a retried attempt uploads the same bytes again.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class OutputWriter {

    private OutputWriter() {
    }

    /**
     * Writes a file.
     *
     * @param folder   the output folder, as a path or a URL such as gs://bucket/out
     * @param relative the file's name inside it, with '/' between folders
     * @param bytes    the content
     * @return false if the file already held these bytes and was left alone
     * @throws IOException if the file cannot be written (the runner retries the bundle)
     */
    static boolean write(String folder, String relative, byte[] bytes) throws IOException {
        if (SourceReading.isLocal(folder)) {
            Path target = Path.of(folder).resolve(relative);
            if (holds(target, bytes)) {
                return false;
            }
            OutputFiles.writeAtomically(target, out -> out.write(bytes));
            return true;
        }
        ResourceId target = FileSystems.matchNewResource(folder, true)
                .resolve(relative, StandardResolveOptions.RESOLVE_FILE);
        try (OutputStream out = Channels.newOutputStream(FileSystems.create(target, mimeType(relative)))) {
            out.write(bytes);
        }
        return true;
    }

    private static boolean holds(Path file, byte[] bytes) throws IOException {
        return Files.isRegularFile(file) && Files.size(file) == bytes.length
                && Arrays.equals(Files.readAllBytes(file), bytes);
    }

    private static String mimeType(String name) {
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".md")) {
            return "text/markdown";
        }
        return name.endsWith(".jsonl") ? "application/jsonl" : "application/octet-stream";
    }
}
