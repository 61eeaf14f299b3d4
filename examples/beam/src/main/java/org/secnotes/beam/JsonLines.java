package org.secnotes.beam;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.secnotes.Problem;
import org.secnotes.core.source.SourceException;

/**
 * The pipeline's records as JSON Lines, one object a line, keys always in the same order so that
 * the same run writes the same bytes.
 *
 * <p>Stateless and thread-safe.
 */
final class JsonLines {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonLines() {
    }

    /** A field writer that may fail only as a StringWriter can, which is never. */
    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private static String object(Fields fields) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory", e);
        }
        return text.toString();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /**
     * One file written.
     *
     * @return {@code {symbol, lang, format, file, bytes, sha256, sources}}
     */
    static String written(String symbol, String lang, String format, String file, long bytes, String sha256,
            List<String> sources) {
        return object(json -> {
            json.writeStringField("symbol", symbol);
            json.writeStringField("lang", lang);
            json.writeStringField("format", format);
            json.writeStringField("file", file);
            json.writeNumberField("bytes", bytes);
            json.writeStringField("sha256", sha256);
            strings(json, "sources", sources);
        });
    }

    /**
     * A source that could not be read.
     *
     * @param stage  {@code read}
     * @param origin the source
     * @param e      the failure; its message is the one the command line prints
     * @return {@code {stage, file, line, field, reason, message}}
     */
    static String sourceFailed(String stage, String origin, SourceException e) {
        return object(json -> {
            json.writeStringField("stage", stage);
            json.writeStringField("file", origin);
            json.writeNumberField("line", e.line());
            json.writeStringField("field", e.field().orElse(null));
            json.writeStringField("reason", e.reason());
            json.writeStringField("message", e.getMessage());
        });
    }

    /**
     * Sources the library could not make a note of, such as versions that disagree.
     *
     * @param stage   the stage, such as {@code assemble}
     * @param problem the failure as the library reports it
     * @return {@code {stage, sources, message}}
     */
    static String problem(String stage, Problem problem) {
        return object(json -> {
            json.writeStringField("stage", stage);
            strings(json, "sources", problem.sources().stream().map(Object::toString).toList());
            json.writeStringField("message", problem.message());
        });
    }

    /**
     * A source that failed otherwise than as a bad source, such as by a stack overflow.
     *
     * @return {@code {stage, file, message}}
     */
    static String sourceFailed(String stage, String origin, String message) {
        return object(json -> {
            json.writeStringField("stage", stage);
            json.writeStringField("file", origin);
            json.writeStringField("message", message);
        });
    }

    /**
     * An output that could not be rendered.
     *
     * @return {@code {stage, output, sources, message}}
     */
    static String renderFailed(String output, List<String> sources, String message) {
        return object(json -> {
            json.writeStringField("stage", "render");
            json.writeStringField("output", output);
            strings(json, "sources", sources);
            json.writeStringField("message", message);
        });
    }
}
