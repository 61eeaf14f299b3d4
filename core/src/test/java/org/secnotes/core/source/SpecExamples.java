package org.secnotes.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a spec-example file: Markdown where each {@code ## } heading names an example and the
 * fenced blocks under it (```` ```source ````, ```` ```error ````, ...) hold its input and
 * expected output. The file reads as documentation; this class only cuts it apart. Shared with
 * the other modules' tests through core's test jar.
 */
public final class SpecExamples {

    /**
     * One example: its name, its line in the spec file, and its blocks by info string.
     *
     * @param name   the example's heading
     * @param line   the heading's line in the file
     * @param blocks the fenced blocks under it, by info string, in order
     */
    public record Example(String name, int line, Map<String, String> blocks) {
        /** @param info a block's info string @return its content */
        public String block(String info) {
            String value = blocks.get(info);
            if (value == null) {
                throw new IllegalStateException("example '" + name + "' has no ```" + info + " block");
            }
            return value;
        }

        @Override
        public String toString() {
            return name + " (line " + line + ")";
        }
    }

    private SpecExamples() {
    }

    /**
     * Reads a spec file from the class path.
     *
     * @param resource the resource's absolute name
     * @return its examples in order
     * @throws IOException if it cannot be read
     */
    public static List<Example> load(String resource) throws IOException {
        String text;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource.substring(1))) {
            if (in == null) {
                throw new IOException("no test resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Example> examples = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        String name = null;
        int nameLine = 0;
        Map<String, String> blocks = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("## ")) {
                if (name != null) {
                    examples.add(new Example(name, nameLine, blocks));
                }
                name = line.substring(3).strip();
                nameLine = i + 1;
                blocks = new LinkedHashMap<>();
            } else if (line.startsWith("````") || line.startsWith("```")) {
                String fence = line.startsWith("````") ? "````" : "```";
                String info = line.substring(fence.length()).strip();
                StringBuilder content = new StringBuilder();
                for (i++; i < lines.length && !lines[i].equals(fence); i++) {
                    content.append(lines[i]).append('\n');
                }
                blocks.put(info, content.toString());
            }
        }
        if (name != null) {
            examples.add(new Example(name, nameLine, blocks));
        }
        return examples;
    }
}
