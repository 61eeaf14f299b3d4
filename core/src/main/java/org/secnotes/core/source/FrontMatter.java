package org.secnotes.core.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The YAML front matter of a source as a map of keys to YAML nodes, each of which knows its line
 * in the file. Values are read as strings from the node tree, never through YAML's own type
 * guessing, so {@code 4} and {@code "4"} are the same item and no tag can build an object.
 *
 * <p>Not thread-safe; one per file read.
 */
final class FrontMatter {

    /** Aliases are never needed in a note; allowing a few keeps anchors usable while a "billion laughs" dies at once. */
    private static final int MAX_ALIASES = 8;
    private static final int MAX_CODE_POINTS = 256 * 1024;

    private final Path file;
    private final int firstLine;
    private final Map<String, Node> fields;
    private final Map<String, Integer> keyLines;

    private FrontMatter(Path file, int firstLine, Map<String, Node> fields, Map<String, Integer> keyLines) {
        this.file = file;
        this.firstLine = firstLine;
        this.fields = fields;
        this.keyLines = keyLines;
    }

    /**
     * Parses front matter text.
     *
     * @param yaml      the text between the two {@code ---} lines
     * @param file      the source file, for messages
     * @param firstLine the file line (from 1) on which the YAML text starts
     */
    static FrontMatter parse(String yaml, Path file, int firstLine, Set<String> knownKeys) throws SourceException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file == null ? "<text>" : file.toString())
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS)
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + firstLine).orElse(firstLine);
            throw new SourceException(file, line, null, "the front matter is not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new SourceException(file, firstLine, null, "the front matter is not valid YAML: " + e.getMessage());
        }
        if (root.isEmpty()) {
            throw new SourceException(file, firstLine, null, "the front matter is empty; expected fields such as symbol, date, language");
        }
        if (!(root.get() instanceof MappingNode)) {
            throw new SourceException(file, lineOf(root.get(), firstLine), null,
                    "the front matter must be a list of 'key: value' fields");
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) root.get()).getValue()) {
            Node keyNode = tuple.getKeyNode();
            int line = lineOf(keyNode, firstLine);
            if (!(keyNode instanceof ScalarNode)) {
                throw new SourceException(file, line, null, "a field name must be plain text");
            }
            String key = ((ScalarNode) keyNode).getValue();
            if (!knownKeys.contains(key)) {
                throw new SourceException(file, line, key, unknownKeyReason(key, knownKeys));
            }
            // Composing a YAML tree keeps duplicate keys; the later one would silently win.
            if (fields.containsKey(key)) {
                throw new SourceException(file, line, key, "given twice (first on line " + keyLines.get(key)
                        + "); expected each field once");
            }
            fields.put(key, tuple.getValueNode());
            keyLines.put(key, line);
        }
        return new FrontMatter(file, firstLine, fields, keyLines);
    }

    private static String unknownKeyReason(String key, Set<String> known) {
        String closest = null;
        int best = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = editDistance(key, candidate);
            if (distance < best) {
                best = distance;
                closest = candidate;
            }
        }
        String hint = best <= 2 ? "; did you mean '" + closest + "'?" : "";
        return "unknown field" + hint + " Known fields: " + String.join(", ", new java.util.TreeSet<>(known));
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    static int lineOf(Node node, int firstLine) {
        return node.getStartMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
    }

    Path file() {
        return file;
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    /** The line of a field's value, or of the front matter's start when the field is absent. */
    int line(String key) {
        Node node = fields.get(key);
        return node == null ? keyLines.getOrDefault(key, firstLine) : lineOf(node, firstLine);
    }

    Node node(String key) {
        return fields.get(key);
    }

    /** A required text field. */
    String required(String key, String expected) throws SourceException {
        Optional<String> value = optional(key);
        if (value.isEmpty()) {
            throw new SourceException(file, firstLine - 1, key, "missing; expected " + expected);
        }
        return value.get();
    }

    /** An optional text field; an empty value counts as absent. */
    Optional<String> optional(String key) throws SourceException {
        Node node = fields.get(key);
        if (node == null) {
            return Optional.empty();
        }
        return Optional.of(scalar(node, key)).filter(s -> !s.isBlank()).map(String::strip);
    }

    /** A field that may be one text or a list of texts. */
    List<String> list(String key) throws SourceException {
        Node node = fields.get(key);
        if (node == null) {
            return List.of();
        }
        return textList(node, key);
    }

    String scalar(Node node, String key) throws SourceException {
        if (node instanceof ScalarNode) {
            return ((ScalarNode) node).getValue();
        }
        throw new SourceException(file, lineOf(node, firstLine), key, "expected a single value, not a list or a map");
    }

    List<String> textList(Node node, String key) throws SourceException {
        List<String> values = new ArrayList<>();
        if (node instanceof SequenceNode) {
            for (Node item : ((SequenceNode) node).getValue()) {
                values.add(scalar(item, key).strip());
            }
        } else {
            String value = scalar(node, key).strip();
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }

    /** The fields of a nested map, such as {@code agenda}, as its own front matter. */
    FrontMatter nested(String key, Set<String> knownKeys) throws SourceException {
        Node node = fields.get(key);
        if (!(node instanceof MappingNode)) {
            throw new SourceException(file, line(key), key, "expected fields indented under '" + key + ":'");
        }
        Map<String, Node> nestedFields = new LinkedHashMap<>();
        Map<String, Integer> nestedLines = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            int line = lineOf(tuple.getKeyNode(), firstLine);
            String nestedKey = scalar(tuple.getKeyNode(), key);
            if (!knownKeys.contains(nestedKey)) {
                throw new SourceException(file, line, key + "." + nestedKey, unknownKeyReason(nestedKey, knownKeys));
            }
            nestedFields.put(key + "." + nestedKey, tuple.getValueNode());
            nestedLines.put(key + "." + nestedKey, line);
        }
        return new FrontMatter(file, firstLine, nestedFields, nestedLines);
    }
}
