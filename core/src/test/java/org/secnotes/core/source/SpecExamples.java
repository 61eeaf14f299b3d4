package org.secnotes.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a spec-example file: Markdown where each {@code ## } heading names an example and the
 * fenced blocks under it (```` ```source ````, ```` ```error ````, ...) hold its input and
 * expected output. The file reads as documentation; this class only cuts it apart. Shared with
 * the other modules' tests through core's test jar.
 *
 * <p>A character that a text file should not hold literally (a NUL, which makes git treat the
 * file as binary; a bidi override, which would reorder the spec as shown) is written
 * {@code {U+XXXX}} in a block, and {@link Example#block} decodes it.
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
        /** @param info a block's info string @return its content, with {@code {U+XXXX}} decoded */
        public String block(String info) {
            String value = blocks.get(info);
            if (value == null) {
                throw new IllegalStateException("example '" + name + "' has no ```" + info + " block");
            }
            return decode(value);
        }

        /** @param info a block's info string @return whether the example has such a block */
        public boolean has(String info) {
            return blocks.containsKey(info);
        }

        @Override
        public String toString() {
            return name + " (line " + line + ")";
        }
    }

    private static final Pattern ESCAPE = Pattern.compile("\\{U\\+([0-9A-F]{4,6})\\}");

    private SpecExamples() {
    }

    /** Replaces each {@code {U+XXXX}} by the UTF-16 unit or code point it names. */
    static String decode(String text) {
        Matcher matcher = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int code = Integer.parseInt(matcher.group(1), 16);
            String character = code <= 0xFFFF ? String.valueOf((char) code) : new String(Character.toChars(code));
            matcher.appendReplacement(out, Matcher.quoteReplacement(character));
        }
        return matcher.appendTail(out).toString();
    }

    /**
     * Reads every spec file ({@code *.md}) in a class-path folder, so that a new file cannot be
     * left out of a test by forgetting to name it.
     *
     * @param folder the folder's absolute resource name, such as {@code /spec}
     * @return the files' names and their examples, in the order of the names
     * @throws IOException if the folder cannot be listed or a file cannot be read
     */
    public static Map<String, List<Example>> discover(String folder) throws IOException {
        URL url = Thread.currentThread().getContextClassLoader().getResource(folder.substring(1));
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IOException("no test resource folder " + folder + " on the file system: " + url);
        }
        Map<String, List<Example>> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(Path.of(URI.create(url.toString())))) {
            for (Path file : (Iterable<Path>) listing.sorted()::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".md")) {
                    files.put(name, load(folder + "/" + name));
                }
            }
        }
        return files;
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
