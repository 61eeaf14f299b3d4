package org.secnotes.core.source;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.secnotes.core.Block;
import org.secnotes.core.Body;
import org.secnotes.core.DocumentSymbol;
import org.secnotes.core.Inline;

/**
 * Turns the Markdown body of a source into the model's blocks and footnotes.
 *
 * <p>Immutable and thread-safe: Flexmark's parser may be shared, and each call keeps its state
 * in a {@link Conversion} of its own.
 */
final class BodyReader {

    /**
     * A document symbol in running text: capital letters, then slash-separated segments, with
     * joint symbols joined by a hyphen or an en dash. The look-behind keeps "2/6" or "and/or" out.
     */
    private static final String ONE_SYMBOL = "[A-Z][A-Z0-9]*(?:/[A-Za-z0-9][A-Za-z0-9.]*)+";
    private static final Pattern SYMBOL_IN_TEXT =
            Pattern.compile("(?<![\\w/.\\-])" + ONE_SYMBOL + "(?:[-\u2013]" + ONE_SYMBOL + ")*");
    private static final Pattern HEADING_LABEL = Pattern.compile("^((?:[IVXLC]+)|[A-Z]|\\d{1,3})\\.\\s+");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private final Parser parser;

    BodyReader() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(FootnoteExtension.create()));
        this.parser = Parser.builder(options).build();
    }

    /**
     * Reads a body.
     *
     * @param markdown  the text after the front matter
     * @param file      the source, for messages
     * @param firstLine the file line (from 1) on which the body starts
     * @param warnings  where to note what was dropped
     */
    Body read(String markdown, Path file, int firstLine, List<String> warnings) throws SourceException {
        Document document = parser.parse(markdown);
        return new Conversion(file, firstLine, warnings).convert(document);
    }

    /** The state of one body's conversion. */
    private static final class Conversion {
        private final Path file;
        private final int firstLine;
        private final List<String> warnings;
        private final List<Block> blocks = new ArrayList<>();
        private final Map<String, Integer> footnoteNumbers = new LinkedHashMap<>();
        private final Map<String, FootnoteBlock> definitions = new LinkedHashMap<>();
        private int paragraphs;

        Conversion(Path file, int firstLine, List<String> warnings) {
            this.file = file;
            this.firstLine = firstLine;
            this.warnings = warnings;
        }

        private int line(Node node) {
            return node.getLineNumber() + firstLine;
        }

        Body convert(Document document) throws SourceException {
            for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof FootnoteBlock) {
                    FootnoteBlock definition = (FootnoteBlock) node;
                    String label = definition.getText().toString();
                    if (definitions.put(label, definition) != null) {
                        throw new SourceException(file, line(node), null,
                                "footnote [^" + label + "] is defined twice; expected one definition");
                    }
                }
            }
            for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
                block(node);
            }
            List<org.secnotes.core.Footnote> footnotes = new ArrayList<>();
            // Footnote texts may call further footnotes, so the list can grow while it is read.
            List<String> labels = new ArrayList<>(footnoteNumbers.keySet());
            for (int i = 0; i < labels.size(); i++) {
                FootnoteBlock definition = definitions.get(labels.get(i));
                footnotes.add(new org.secnotes.core.Footnote(i + 1, containerInlines(definition)));
                for (String label : footnoteNumbers.keySet()) {
                    if (!labels.contains(label)) {
                        labels.add(label);
                    }
                }
            }
            for (Map.Entry<String, FootnoteBlock> definition : definitions.entrySet()) {
                if (!footnoteNumbers.containsKey(definition.getKey())) {
                    throw new SourceException(file, line(definition.getValue()), null, "footnote [^"
                            + definition.getKey() + "] is defined but never called; expected a [^"
                            + definition.getKey() + "] in the text, or no definition");
                }
            }
            return new Body(blocks, footnotes);
        }

        private void block(Node node) throws SourceException {
            if (node instanceof OrderedList) {
                for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                    numberedParagraph((ListItem) item);
                }
            } else if (node instanceof BulletList) {
                subItems((ListBlock) node, 1);
            } else if (node instanceof Heading) {
                heading((Heading) node);
            } else if (node instanceof Paragraph) {
                blocks.add(new Block.Paragraph(inlines(node)));
            } else if (node instanceof BlockQuote) {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    block(child);
                }
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                String code = node instanceof FencedCodeBlock
                        ? ((FencedCodeBlock) node).getContentChars().toString()
                        : node.getChars().toString();
                blocks.add(new Block.Paragraph(List.of(new Inline.Text(code.strip().replaceAll("\\s+", " ")))));
            } else if (node instanceof HtmlBlock || node instanceof HtmlCommentBlock) {
                warnings.add("line " + line(node) + ": raw HTML block dropped; write Markdown instead");
            } else if (node instanceof ThematicBreak || node instanceof FootnoteBlock) {
                // A rule has no place in a UN document; footnote definitions were read first.
                return;
            } else {
                warnings.add("line " + line(node) + ": " + node.getNodeName() + " is not supported and was dropped");
            }
        }

        private void numberedParagraph(ListItem item) throws SourceException {
            List<Inline> text = new ArrayList<>();
            List<ListBlock> nested = new ArrayList<>();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListBlock) {
                    nested.add((ListBlock) child);
                } else if (child instanceof Paragraph) {
                    if (!text.isEmpty()) {
                        text.add(new Inline.Text(" "));
                    }
                    text.addAll(inlines(child));
                } else {
                    block(child);
                }
            }
            blocks.add(new Block.NumberedParagraph(++paragraphs, text));
            for (ListBlock list : nested) {
                subItems(list, 1);
            }
        }

        private void subItems(ListBlock list, int depth) throws SourceException {
            int ordinal = 0;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                List<Inline> text = new ArrayList<>();
                List<ListBlock> nested = new ArrayList<>();
                for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof ListBlock) {
                        nested.add((ListBlock) child);
                    } else {
                        if (!text.isEmpty()) {
                            text.add(new Inline.Text(" "));
                        }
                        text.addAll(inlines(child));
                    }
                }
                if (depth > 2) {
                    throw new SourceException(file, line(item), null,
                            "sub-items nest two levels deep at most ((a), then (i))");
                }
                blocks.add(new Block.SubItem(depth, ++ordinal, text));
                for (ListBlock inner : nested) {
                    subItems(inner, depth + 1);
                }
            }
        }

        private void heading(Heading heading) throws SourceException {
            if (heading.getLevel() > 3) {
                throw new SourceException(file, line(heading), null,
                        "heading level " + heading.getLevel() + " is too deep; expected #, ## or ### (chapter, section, subsection)");
            }
            List<Inline> text = new ArrayList<>(inlines(heading));
            String label = "";
            if (!text.isEmpty() && text.get(0) instanceof Inline.Text) {
                String first = ((Inline.Text) text.get(0)).text();
                Matcher matcher = HEADING_LABEL.matcher(first);
                if (matcher.find()) {
                    label = matcher.group(1);
                    text.set(0, new Inline.Text(first.substring(matcher.end())));
                }
            }
            blocks.add(new Block.Heading(heading.getLevel(), label, text));
        }

        /** The inlines of all paragraphs of a container, such as a footnote definition. */
        private List<Inline> containerInlines(Node container) throws SourceException {
            List<Inline> out = new ArrayList<>();
            for (Node child = container.getFirstChild(); child != null; child = child.getNext()) {
                if (!out.isEmpty()) {
                    out.add(new Inline.Text(" "));
                }
                out.addAll(child instanceof Paragraph ? inlines(child) : containerInlines(child));
            }
            return out;
        }

        private List<Inline> inlines(Node parent) throws SourceException {
            List<Inline> out = new ArrayList<>();
            StringBuilder pending = new StringBuilder();
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Text) {
                    pending.append(Escaping.unescapeString(node.getChars()));
                    continue;
                }
                if (node instanceof HtmlEntity) {
                    pending.append(Escaping.unescapeString(node.getChars()));
                    continue;
                }
                if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                    pending.append(' ');
                    continue;
                }
                if (node instanceof Code) {
                    pending.append(((Code) node).getText());
                    continue;
                }
                if (node instanceof HtmlInline || node instanceof HtmlInlineComment) {
                    warnings.add("line " + line(node) + ": raw HTML " + node.getChars() + " dropped");
                    continue;
                }
                flushText(pending, out);
                if (node instanceof Emphasis) {
                    out.add(new Inline.Emphasis(inlines(node)));
                } else if (node instanceof StrongEmphasis) {
                    out.add(new Inline.Strong(inlines(node)));
                } else if (node instanceof Link) {
                    link(((Link) node).getUrl().toString(), inlines(node), out);
                } else if (node instanceof AutoLink) {
                    String url = ((AutoLink) node).getUrl().toString();
                    link(url, List.of(new Inline.Text(url)), out);
                } else if (node instanceof MailLink) {
                    String address = ((MailLink) node).getText().toString();
                    out.add(new Inline.Link("mailto:" + address, List.of(new Inline.Text(address))));
                } else if (node instanceof Image) {
                    out.add(new Inline.Text(((Image) node).getText().toString()));
                    warnings.add("line " + line(node) + ": image dropped; its description is kept as text");
                } else if (node instanceof Footnote) {
                    footnoteCall((Footnote) node, out);
                } else {
                    out.addAll(inlines(node));
                }
            }
            flushText(pending, out);
            return out;
        }

        private void footnoteCall(Footnote call, List<Inline> out) throws SourceException {
            String label = call.getText().toString();
            if (!definitions.containsKey(label)) {
                throw new SourceException(file, line(call), null, "footnote [^" + label
                        + "] is called but never defined; expected a line '[^" + label + "]: text'");
            }
            int number = footnoteNumbers.computeIfAbsent(label, k -> footnoteNumbers.size() + 1);
            out.add(new Inline.FootnoteReference(number));
        }

        private void link(String url, List<Inline> text, List<Inline> out) {
            String plain = Inline.plainText(text);
            DocumentSymbol symbol = symbolIn(plain);
            if (symbol != null && SYMBOL_IN_TEXT.matcher(plain).matches()) {
                out.add(new Inline.DocumentReference(plain, symbol));
            } else if (Inline.Link.isSafeUri(url)) {
                out.add(new Inline.Link(url.strip(), text));
            } else {
                // An address with any other scheme (javascript:, file:, data:) is never a link.
                out.addAll(text);
            }
        }

        /** Emits pending plain text, turning the document symbols in it into references. */
        private static void flushText(StringBuilder pending, List<Inline> out) {
            if (pending.length() == 0) {
                return;
            }
            String text = pending.toString();
            pending.setLength(0);
            Matcher matcher = SYMBOL_IN_TEXT.matcher(text);
            int at = 0;
            while (matcher.find()) {
                String found = matcher.group();
                // A full stop after a symbol ends the sentence; it is not part of the symbol.
                String trimmed = found.replaceAll("\\.+$", "");
                DocumentSymbol symbol = symbolIn(trimmed);
                if (symbol == null) {
                    continue;
                }
                if (matcher.start() > at) {
                    out.add(new Inline.Text(text.substring(at, matcher.start())));
                }
                out.add(new Inline.DocumentReference(trimmed, symbol));
                at = matcher.start() + trimmed.length();
            }
            if (at < text.length()) {
                out.add(new Inline.Text(text.substring(at)));
            }
        }

        /** The first symbol of a possibly joint reference, or null when the text is no symbol. */
        private static DocumentSymbol symbolIn(String text) {
            String first = text.split("[-\u2013](?=[A-Z])", 2)[0];
            if (!DIGIT.matcher(first).find() || first.indexOf('/') < 0) {
                return null;
            }
            try {
                return DocumentSymbol.of(first);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
