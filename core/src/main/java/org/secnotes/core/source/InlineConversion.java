package org.secnotes.core.source;

import com.vladsch.flexmark.ast.AutoLink;
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
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.strikethrough.Subscript;
import com.vladsch.flexmark.ext.superscript.Superscript;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.secnotes.core.DocumentSymbol;
import org.secnotes.core.Inline;

/**
 * Turns Markdown inline content into the model's inlines, and numbers the footnotes by first
 * call. Each footnote definition is read once, when its number is given out, so the work is
 * linear in the number of footnotes. One per body read; not thread-safe.
 */
final class InlineConversion {

    /** Runs of white space in a footnote label; compiled once, not at each of the label's uses. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Origin origin;
    private final int firstLine;
    private final List<String> warnings;
    /** Definitions by normalized label; see {@link #key}. */
    private final Map<String, FootnoteBlock> definitions = new LinkedHashMap<>();
    /** Labels in the order of their first call; a label's number is its place here plus one. */
    private final List<String> called = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();

    InlineConversion(Origin origin, int firstLine, List<String> warnings) {
        this.origin = origin;
        this.firstLine = firstLine;
        this.warnings = warnings;
    }

    Origin origin() {
        return origin;
    }

    int line(Node node) {
        return node.getLineNumber() + firstLine;
    }

    void warn(Node node, String what) {
        warnings.add("line " + line(node) + ": " + what);
    }

    /**
     * A footnote label as matched: in Unicode normalization form C with its spaces collapsed, so
     * that a call typed with a decomposed "é" finds a definition typed with a composed one.
     */
    private static String key(CharSequence label) {
        return SPACES.matcher(Normalizer.normalize(label, Normalizer.Form.NFC).strip()).replaceAll(" ");
    }

    /** Finds every footnote definition, wherever it stands: at the top, in a list item or a quotation. */
    void collectFootnotes(Document document) throws SourceException {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof FootnoteBlock) {
                FootnoteBlock definition = (FootnoteBlock) node;
                String label = definition.getText().toString();
                if (definitions.put(key(label), definition) != null) {
                    throw origin.error(line(node), null, "footnote [^" + label + "] is defined twice; expected one definition");
                }
                if (definitions.size() > SourceLimits.MAX_FOOTNOTES) {
                    throw tooManyFootnotes(origin, line(node));
                }
            }
            if (node instanceof Paragraph || node instanceof Heading) {
                continue;
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                pending.push(child);
            }
        }
    }

    static SourceException tooManyFootnotes(Origin origin, int line) {
        return origin.error(line, null, "more than " + SourceLimits.MAX_FOOTNOTES + " footnotes; expected at most "
                + SourceLimits.MAX_FOOTNOTES + " in one source");
    }

    /** The footnotes in the order of their numbers; any definition never called is an error. */
    List<org.secnotes.core.Footnote> footnotes() throws SourceException {
        List<org.secnotes.core.Footnote> footnotes = new ArrayList<>();
        // A footnote's text may call further footnotes, which join the end of the list.
        for (int i = 0; i < called.size(); i++) {
            footnotes.add(new org.secnotes.core.Footnote(i + 1, ofContainer(definitions.get(called.get(i)), 0)));
        }
        for (Map.Entry<String, FootnoteBlock> definition : definitions.entrySet()) {
            if (!numbers.containsKey(definition.getKey())) {
                String label = definition.getValue().getText().toString();
                throw origin.error(line(definition.getValue()), null, "footnote [^" + label
                        + "] is defined but never called; expected a [^" + label + "] in the text, or no definition");
            }
        }
        return footnotes;
    }

    /** The text of a code block, its lines joined by single spaces. */
    static String codeText(Node node) {
        String code = node instanceof FencedCodeBlock
                ? ((FencedCodeBlock) node).getContentChars().toString()
                : node.getChars().toString();
        return code.strip().replaceAll("\\s+", " ");
    }

    /**
     * The inlines of a block inside a container (a footnote, a sub-item): paragraphs give their
     * runs, code its text, lists and quotations their items' text; raw HTML is dropped with a
     * warning, as in the body. Nothing is dropped without a word.
     */
    List<Inline> ofContainer(Node container, int depth) throws SourceException {
        if (depth > SourceLimits.MAX_BLOCK_DEPTH) {
            throw BodyReader.tooDeep(origin, line(container));
        }
        if (container instanceof Paragraph || container instanceof Heading) {
            return of(container);
        }
        if (container instanceof FencedCodeBlock || container instanceof IndentedCodeBlock) {
            return List.of(new Inline.Text(codeText(container)));
        }
        if (container instanceof HtmlBlock || container instanceof HtmlCommentBlock) {
            warn(container, "raw HTML block dropped; write Markdown instead");
            return List.of();
        }
        if (container instanceof TableBlock) {
            warn(container, UnsupportedConstructs.TABLE_INSIDE);
            return TableReading.flattened((TableBlock) container, this);
        }
        List<Inline> out = new ArrayList<>();
        for (Node child = container.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FootnoteBlock) {
                continue;
            }
            List<Inline> part = ofContainer(child, depth + 1);
            if (!out.isEmpty() && !part.isEmpty()) {
                out.add(new Inline.Text(" "));
            }
            out.addAll(part);
        }
        return out;
    }

    /** The inlines of a paragraph or heading, whose length is bounded. */
    List<Inline> of(Node block) throws SourceException {
        if (block.getChars().length() > SourceLimits.MAX_PARAGRAPH_CHARS) {
            throw origin.error(line(block), null, "this paragraph has " + block.getChars().length()
                    + " characters; expected at most " + SourceLimits.MAX_PARAGRAPH_CHARS + " (split it)");
        }
        return inlines(block, 0);
    }

    private List<Inline> inlines(Node parent, int depth) throws SourceException {
        if (depth > SourceLimits.MAX_INLINE_DEPTH) {
            throw origin.error(line(parent), null, "emphasis, strong text and links nest more than "
                    + SourceLimits.MAX_INLINE_DEPTH + " levels deep here; expected a few levels at most");
        }
        List<Inline> out = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text) {
                appendUnescaped(node.getChars(), pending);
            } else if (node instanceof HtmlEntity) {
                // An entity can spell what the raw text may not hold, such as &#x202E;.
                pending.append(TextGuard.clean(Escaping.unescapeString(node.getChars()), origin, line(node), warnings));
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                pending.append(' ');
            } else if (node instanceof Code) {
                pending.append(((Code) node).getText());
            } else if (node instanceof HtmlInline || node instanceof HtmlInlineComment) {
                warn(node, "raw HTML " + node.getChars() + " dropped");
            } else if ((node instanceof Subscript || node instanceof Superscript) && holdsSpace(node)) {
                // As in Pandoc, raised or lowered text holds no unescaped space: "from ~5 to ~6
                // million" is two tildes in running text, not a lowered "5 to ".
                pending.append(Escaping.unescapeString(node.getChars()));
            } else {
                flushText(pending, out);
                markup(node, depth, out);
            }
        }
        flushText(pending, out);
        return out;
    }

    /** Whether the text between a sub- or superscript's delimiters has a space not escaped. */
    private static boolean holdsSpace(Node script) {
        CharSequence chars = script.getChars();
        for (int i = 1; i < chars.length() - 1; i++) {
            if (Character.isWhitespace(chars.charAt(i)) && chars.charAt(i - 1) != '\\') {
                return true;
            }
        }
        return false;
    }

    /**
     * Appends a text node's characters with their backslash escapes and entities resolved.
     * Flexmark's unescaping runs regular expressions and copies the text even when it holds
     * neither, as nearly every text of a note does (it was a sixth of the reading time): such
     * text is copied straight from the body text the node's characters lie in ({@link ParsedText}),
     * in one array copy.
     */
    private static void appendUnescaped(BasedSequence chars, StringBuilder pending) {
        String source = ParsedText.text(chars);
        if (source != null) {
            int start = chars.getStartOffset();
            int end = chars.getEndOffset();
            int at = start;
            while (at < end && source.charAt(at) != '\\' && source.charAt(at) != '&') {
                at++;
            }
            if (at == end) {
                pending.append(source, start, end);
                return;
            }
        }
        pending.append(Escaping.unescapeString(chars));
    }

    private void markup(Node node, int depth, List<Inline> out) throws SourceException {
        if (node instanceof Emphasis) {
            out.add(new Inline.Emphasis(inlines(node, depth + 1)));
        } else if (node instanceof StrongEmphasis) {
            out.add(new Inline.Strong(inlines(node, depth + 1)));
        } else if (node instanceof Subscript) {
            out.add(new Inline.Subscript(inlines(node, depth + 1)));
        } else if (node instanceof Superscript) {
            out.add(new Inline.Superscript(inlines(node, depth + 1)));
        } else if (node instanceof Strikethrough) {
            out.addAll(inlines(node, depth + 1));
            warn(node, UnsupportedConstructs.STRIKETHROUGH);
        } else if (node instanceof Link) {
            link(((Link) node).getUrl().toString(), inlines(node, depth + 1), out);
        } else if (node instanceof AutoLink) {
            String url = ((AutoLink) node).getUrl().toString();
            link(url, List.of(new Inline.Text(url)), out);
        } else if (node instanceof MailLink) {
            String address = ((MailLink) node).getText().toString();
            out.add(new Inline.Link("mailto:" + address, List.of(new Inline.Text(address))));
        } else if (node instanceof Image) {
            out.add(new Inline.Text(((Image) node).getText().toString()));
            warn(node, "image dropped; its description is kept as text");
        } else if (node instanceof Footnote) {
            footnoteCall((Footnote) node, out);
        } else {
            out.addAll(inlines(node, depth + 1));
        }
    }

    private void footnoteCall(Footnote call, List<Inline> out) throws SourceException {
        String label = call.getText().toString();
        String key = key(label);
        if (!definitions.containsKey(key)) {
            throw origin.error(line(call), null, "footnote [^" + label
                    + "] is called but never defined; expected a line '[^" + label + "]: text'");
        }
        Integer number = numbers.get(key);
        if (number == null) {
            called.add(key);
            number = called.size();
            numbers.put(key, number);
        }
        out.add(new Inline.FootnoteReference(number));
    }

    private static void link(String url, List<Inline> text, List<Inline> out) {
        String plain = Inline.plainText(text);
        var symbol = DocumentSymbol.referencedBy(plain);
        if (symbol.isPresent()) {
            out.add(new Inline.DocumentReference(plain, symbol.get()));
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
        int at = 0;
        for (DocumentSymbol.Reference reference : DocumentSymbol.findAll(text)) {
            if (reference.start() > at) {
                out.add(new Inline.Text(text.substring(at, reference.start())));
            }
            out.add(new Inline.DocumentReference(text.substring(reference.start(), reference.end()), reference.target()));
            at = reference.end();
        }
        if (at < text.length()) {
            out.add(new Inline.Text(text.substring(at)));
        }
    }
}
