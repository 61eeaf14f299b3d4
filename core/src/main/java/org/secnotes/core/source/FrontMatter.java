package org.secnotes.core.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The YAML front matter of a source as a map of {@link SourceField}s to YAML nodes, each of which
 * knows its line in the file. Values are read as strings from the node tree, never through YAML's
 * own type guessing, so {@code 4} and {@code "4"} are the same item and no tag can build an object.
 * A YAML null ({@code ~}, {@code null}, or nothing) is an absent field.
 *
 * <p>Not thread-safe; one per file read.
 */
final class FrontMatter {

    /** Aliases are never needed in a note; allowing a few keeps anchors usable while a "billion laughs" dies at once. */
    private static final int MAX_ALIASES = 8;
    private static final int MAX_CODE_POINTS = 256 * 1024;

    /**
     * The YAML settings, built once: they are immutable, and building them per file (a schema
     * built by the builder and replaced, then ours) was a tenth of the YAML's time. They carry no
     * file name: YAML puts one only in its marks' text, and the messages here take the line from
     * a mark and the words from the problem.
     */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setCodePointLimit(MAX_CODE_POINTS)
            // The core schema knows every spelling of null (~, null, Null, NULL, nothing);
            // the default JSON schema only 'null', and would make 'organ: ~' print a tilde.
            .setSchema(new CoreSchema())
            .build();

    private final Origin origin;
    private final int firstLine;
    private final List<String> warnings;
    private final Map<SourceField, Node> fields;
    private final Map<SourceField, Integer> keyLines;

    private FrontMatter(Origin origin, int firstLine, List<String> warnings, Map<SourceField, Node> fields,
            Map<SourceField, Integer> keyLines) {
        this.origin = origin;
        this.firstLine = firstLine;
        this.warnings = warnings;
        this.fields = fields;
        this.keyLines = keyLines;
    }

    /**
     * Parses front matter text.
     *
     * @param yaml      the text between the two {@code ---} lines
     * @param origin    the source, for messages
     * @param firstLine the file line (from 1) on which the YAML text starts
     * @param warnings  where to note characters removed from values
     */
    static FrontMatter parse(String yaml, Origin origin, int firstLine, List<String> warnings) throws SourceException {
        Optional<Node> root;
        try {
            // One pass: the tree is composed from the events as they are checked for depth.
            root = new Composer(SETTINGS, new DepthLimit(new ParserImpl(SETTINGS, new StreamReader(SETTINGS, yaml)),
                    origin, firstLine)).getSingleNode();
        } catch (DepthLimit.TooDeep e) {
            throw e.error;
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + firstLine).orElse(firstLine);
            throw origin.error(line, null, "the front matter is not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw origin.error(firstLine, null, "the front matter is not valid YAML: " + e.getMessage());
        }
        if (root.isEmpty() || isNull(root.get())) {
            throw origin.error(firstLine, null, "the front matter is empty; expected fields such as symbol, date, language");
        }
        if (!(root.get() instanceof MappingNode)) {
            throw origin.error(lineOf(root.get(), firstLine), null, "the front matter must be a list of 'key: value' fields");
        }
        refuseDuplicateKeys(root.get(), origin, firstLine);
        FrontMatter front = of((MappingNode) root.get(), null, origin, firstLine, warnings);
        // Unknown keys of nested maps are refused at once, before any field's value is judged.
        for (Map.Entry<SourceField, Node> field : front.fields.entrySet()) {
            if (field.getValue() instanceof MappingNode && !SourceField.under(field.getKey()).isEmpty()) {
                of((MappingNode) field.getValue(), field.getKey(), origin, firstLine, warnings);
            }
        }
        return front;
    }

    /**
     * The parser's events, refusing YAML nested deeper than a note needs as they pass, before the
     * composer builds the level: composing a tree recurses once per level, and deep flow nesting
     * is quadratic to scan.
     */
    private static final class DepthLimit implements Parser {
        private final Parser events;
        private final Origin origin;
        private final int firstLine;
        private int depth;

        /** Carries the refusal through the composer, which declares no checked exception. */
        static final class TooDeep extends RuntimeException {
            private static final long serialVersionUID = 1L;
            final transient SourceException error;

            TooDeep(SourceException error) {
                super(null, null, false, false);
                this.error = error;
            }
        }

        DepthLimit(Parser events, Origin origin, int firstLine) {
            this.events = events;
            this.origin = origin;
            this.firstLine = firstLine;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return events.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return events.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return events.hasNext();
        }

        @Override
        public Event next() {
            Event event = events.next();
            switch (event.getEventId()) {
                case SequenceStart:
                case MappingStart:
                    if (++depth > SourceLimits.MAX_YAML_DEPTH) {
                        int line = event.getStartMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
                        throw new TooDeep(origin.error(line, null, "the front matter nests lists and maps more than "
                                + SourceLimits.MAX_YAML_DEPTH + " levels deep; a note needs three at most"));
                    }
                    break;
                case SequenceEnd:
                case MappingEnd:
                    depth--;
                    break;
                default:
                    break;
            }
            return event;
        }
    }

    /** YAML would let a later key silently win; every map, at every level, must give each key once. */
    private static void refuseDuplicateKeys(Node root, Origin origin, int firstLine) throws SourceException {
        Deque<Map.Entry<String, Node>> pending = new ArrayDeque<>();
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.push(Map.entry("", root));
        while (!pending.isEmpty()) {
            String path = pending.peek().getKey();
            Node node = pending.pop().getValue();
            if (!seen.add(node)) {
                continue;
            }
            if (node instanceof SequenceNode) {
                for (Node item : ((SequenceNode) node).getValue()) {
                    pending.push(Map.entry(path, item));
                }
            } else if (node instanceof MappingNode) {
                Map<String, Integer> lines = new HashMap<>();
                for (NodeTuple tuple : ((MappingNode) node).getValue()) {
                    Node key = tuple.getKeyNode();
                    int line = lineOf(key, firstLine);
                    if (!(key instanceof ScalarNode)) {
                        throw origin.error(line, null, "a field name must be plain text");
                    }
                    String name = path + ((ScalarNode) key).getValue();
                    Integer first = lines.putIfAbsent(name, line);
                    if (first != null) {
                        throw origin.error(line, name, "given twice (first on line " + first + "); expected each field once");
                    }
                    pending.push(Map.entry(name + ".", tuple.getValueNode()));
                }
            }
        }
    }

    private static FrontMatter of(MappingNode map, SourceField parent, Origin origin, int firstLine,
            List<String> warnings) throws SourceException {
        Map<SourceField, Node> fields = new EnumMap<>(SourceField.class);
        Map<SourceField, Integer> keyLines = new EnumMap<>(SourceField.class);
        for (NodeTuple tuple : map.getValue()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            int line = lineOf(tuple.getKeyNode(), firstLine);
            Optional<SourceField> field = SourceField.find(parent, key);
            if (field.isEmpty()) {
                String path = parent == null ? key : parent.key() + "." + key;
                throw origin.error(line, path, unknownKeyReason(key, parent));
            }
            keyLines.put(field.get(), line);
            if (!isNull(tuple.getValueNode())) {
                fields.put(field.get(), tuple.getValueNode());
            }
        }
        return new FrontMatter(origin, firstLine, warnings, fields, keyLines);
    }

    /** A plain {@code ~}, {@code null} or empty value: YAML's null, which a source means as "not given". */
    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private static String unknownKeyReason(String key, SourceField parent) {
        Set<String> known = new TreeSet<>();
        SourceField.under(parent).forEach(f -> known.add(f.key()));
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
        return "unknown field" + hint + " Known fields: " + String.join(", ", known);
    }

    private static int editDistance(String a, String b) {
        if (a.length() > 64) {
            return Integer.MAX_VALUE;
        }
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

    Origin origin() {
        return origin;
    }

    /** @return whether the field is given with a value that is not null */
    boolean has(SourceField field) {
        return fields.containsKey(field);
    }

    /** The line of a field's value, of its key when the value is null, or of the front matter's start. */
    int line(SourceField field) {
        Node node = fields.get(field);
        return node == null ? keyLines.getOrDefault(field, firstLine) : lineOf(node, firstLine);
    }

    /** An error about a field, at its line. */
    SourceException error(SourceField field, String reason) {
        return origin.error(line(field), field.path(), reason);
    }

    /** A required text field. */
    String required(SourceField field) throws SourceException {
        Optional<String> value = optional(field);
        if (value.isEmpty()) {
            throw origin.error(firstLine - 1, field.path(), "missing; expected " + field.expected());
        }
        return value.get();
    }

    /** An optional text field; an empty value counts as absent. */
    Optional<String> optional(SourceField field) throws SourceException {
        Node node = fields.get(field);
        if (node == null) {
            return Optional.empty();
        }
        return Optional.of(scalar(node, field)).filter(s -> !s.isBlank()).map(String::strip);
    }

    /** A field that may be one text or a list of texts. */
    List<String> list(SourceField field) throws SourceException {
        Node node = fields.get(field);
        List<String> values = new ArrayList<>();
        if (node instanceof SequenceNode) {
            for (Node item : ((SequenceNode) node).getValue()) {
                if (!isNull(item)) {
                    values.add(scalar(item, field).strip());
                }
            }
        } else if (node != null) {
            String value = scalar(node, field).strip();
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }

    private String scalar(Node node, SourceField field) throws SourceException {
        if (node instanceof ScalarNode) {
            // Escapes in double-quoted values can spell what the raw text may not hold.
            return TextGuard.clean(((ScalarNode) node).getValue(), origin, lineOf(node, firstLine), warnings);
        }
        throw origin.error(lineOf(node, firstLine), field.path(), "expected a single value, not a list or a map");
    }

    /** The fields of a nested map, such as {@code agenda}, as its own front matter. */
    FrontMatter nested(SourceField field) throws SourceException {
        Node node = fields.get(field);
        if (!(node instanceof MappingNode)) {
            throw origin.error(line(field), field.path(), "expected " + field.expected());
        }
        return of((MappingNode) node, field, origin, firstLine, warnings);
    }
}
