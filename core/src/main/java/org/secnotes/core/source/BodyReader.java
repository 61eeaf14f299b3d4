package org.secnotes.core.source;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughSubscriptExtension;
import com.vladsch.flexmark.ext.superscript.SuperscriptExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.secnotes.core.Block;
import org.secnotes.core.Body;
import org.secnotes.core.Inline;

/**
 * Turns the Markdown body of a source into the model's blocks and footnotes, in reading order:
 * a block nested in a list item comes after the item's own text.
 *
 * <p>Immutable and thread-safe: Flexmark's parser may be shared, and each call keeps its state
 * in a {@link Conversion} of its own.
 */
final class BodyReader {

    /**
     * What makes a level-1 heading an annex's: the class attribute {@code {.annex}} at its end, as
     * Pandoc and kramdown write one. It is syntax, not a word of any language: the templates word
     * the annex's heading in each.
     */
    private static final Pattern ANNEX_MARK = Pattern.compile("\\s*\\{\\.annex\\}\\s*$");

    private static final Pattern HEADING_LABEL = Pattern.compile("^((?:[IVXLC]+)|[A-Z]|\\d{1,3})\\.\\s+");

    private final Parser parser;

    BodyReader() {
        this.parser = parser();
    }

    /**
     * The body parser: Flexmark with the extensions a note needs, its heading, fence and
     * thematic-break starts guarded ({@link BlockStartGuard}) and its table pre-processor built
     * only for a paragraph with a pipe ({@link TableReading#extension}). Thread-safe.
     */
    static Parser parser() {
        MutableDataSet options = new MutableDataSet();
        // Superscript reads "m^2^" and StrikethroughSubscript "CO~2~" as raised and lowered text
        // (the plain Subscript extension would read "~~gone~~" as a subscript in a subscript;
        // this one reads it as strikethrough, which InlineConversion keeps as text with a
        // warning). Without them the markers would print as literal tildes and carets.
        options.set(Parser.EXTENSIONS, List.of(FootnoteExtension.create(), SuperscriptExtension.create(),
                StrikethroughSubscriptExtension.create(), TableReading.extension()));
        TableReading.configure(options);
        return BlockStartGuard.install(Parser.builder(options)).build();
    }

    /**
     * Reads a body.
     *
     * @param text      the lines after the front matter, joined by {@code \n}
     * @param origin    the source, for messages
     * @param firstLine the file line (from 1) on which the body starts
     * @param warnings  where to note what was dropped
     */
    Body read(String text, Origin origin, int firstLine, List<String> warnings) throws SourceException {
        if (blankLines(text)) {
            // What the parser makes of blank lines, without its setup: a batch reads each source's
            // front matter alone first, to group the sources by note.
            return Body.empty();
        }
        precheck(text, origin, firstLine);
        LinkLabels.check(text, origin, firstLine);
        Document document = parser.parse(ParsedText.of(text));
        return new Conversion(new InlineConversion(origin, firstLine, warnings)).convert(document);
    }

    /** Whether the text is only blank lines as CommonMark has them: spaces and tabs, no other white space. */
    private static boolean blankLines(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * Refuses, before the parser sees them, inputs whose parsing would not be linear (or that
     * must fail anyway, with more footnote definitions than {@link SourceLimits#MAX_FOOTNOTES}): a run of
     * lines (a paragraph or a tight list) with more inline tags than {@link SourceLimits#MAX_INLINE_TAGS},
     * or a line that opens more nested block quotes and list items than {@link SourceLimits#MAX_BLOCK_DEPTH}.
     * One pass over the text: the {@code '<'} are found with {@code indexOf}, each once.
     */
    static void precheck(String text, Origin origin, int firstLine) throws SourceException {
        int runStart = 0;
        int tags = 0;
        int definitions = 0;
        int nextTag = text.indexOf('<');
        int line = 0;
        for (int start = 0, end = 0; start <= text.length(); start = end + 1, line++) {
            end = lineEnd(text, start);
            int first = start;
            while (first < end && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            // Counted exactly after parsing; this early count (which a line in a code block can
            // inflate, as no note has thousands of) spares a parse that must fail anyway.
            if (text.startsWith("[^", first) && closesLabel(text, first + 3, end)
                    && ++definitions > SourceLimits.MAX_FOOTNOTES) {
                throw InlineConversion.tooManyFootnotes(origin, firstLine + line);
            }
            if (first == end) {
                tags = 0;
                runStart = line + 1;
                continue;
            }
            for (; nextTag >= 0 && nextTag < end; nextTag = text.indexOf('<', nextTag + 1)) {
                if (++tags > SourceLimits.MAX_INLINE_TAGS) {
                    throw origin.error(firstLine + runStart, null, "the paragraph starting here holds more than "
                            + SourceLimits.MAX_INLINE_TAGS + " '<' (inline tags or autolinks); expected at most "
                            + SourceLimits.MAX_INLINE_TAGS + " in one paragraph");
                }
            }
            if (openedContainers(text, start, end) > SourceLimits.MAX_BLOCK_DEPTH) {
                throw tooDeep(origin, firstLine + line);
            }
        }
    }

    /** Where the line starting at {@code start} ends: its {@code \n}, or the end of the text. */
    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }

    /** Whether a {@code "]:"} starts at or after {@code from} and ends by {@code end}. */
    private static boolean closesLabel(String text, int from, int end) {
        for (int at = from; at + 1 < end; at++) {
            if (text.charAt(at) == ']' && text.charAt(at + 1) == ':') {
                return true;
            }
        }
        return false;
    }

    /** How many block quote and list markers the line from {@code from} to {@code end} opens before its text. */
    private static int openedContainers(String line, int from, int end) {
        int depth = 0;
        int at = from;
        while (at < end) {
            char c = line.charAt(at);
            if (c == ' ' || c == '\t') {
                at++;
            } else if (c == '>') {
                depth++;
                at++;
            } else if ((c == '-' || c == '*' || c == '+') && at + 1 < end && isSpace(line.charAt(at + 1))) {
                depth++;
                at += 2;
            } else if (c >= '0' && c <= '9') {
                int digits = at;
                while (digits < end && digits - at < 10 && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
                    digits++;
                }
                if (digits + 1 < end && (line.charAt(digits) == '.' || line.charAt(digits) == ')')
                        && isSpace(line.charAt(digits + 1))) {
                    depth++;
                    at = digits + 2;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return depth;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    static SourceException tooDeep(Origin origin, int line) {
        return origin.error(line, null, "block quotes and lists nest more than " + SourceLimits.MAX_BLOCK_DEPTH
                + " levels deep here; expected a few levels at most");
    }

    /** The state of one body's conversion into blocks. */
    private static final class Conversion {
        private final InlineConversion inlines;
        private final List<Block> blocks = new ArrayList<>();
        private int paragraphs;
        private int annexes;

        Conversion(InlineConversion inlines) {
            this.inlines = inlines;
        }

        Body convert(Document document) throws SourceException {
            inlines.collectFootnotes(document);
            for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
                block(node, 0);
            }
            return new Body(blocks, inlines.footnotes());
        }

        private void block(Node node, int depth) throws SourceException {
            if (depth > SourceLimits.MAX_BLOCK_DEPTH) {
                throw tooDeep(inlines.origin(), inlines.line(node));
            }
            if (node instanceof OrderedList) {
                for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                    numberedParagraph((ListItem) item, depth + 1);
                }
            } else if (node instanceof BulletList) {
                subItems((ListBlock) node, 1, depth + 1);
            } else if (node instanceof Heading) {
                heading((Heading) node);
            } else if (node instanceof Paragraph) {
                if (UnsupportedConstructs.isPipeTable(node.getChars())) {
                    // The tables extension refused it: its header and delimiter rows differ.
                    throw inlines.origin().error(inlines.line(node), null, UnsupportedConstructs.REFUSED_TABLE);
                }
                blocks.add(new Block.Paragraph(inlines.of(node)));
            } else if (node instanceof TableBlock) {
                blocks.add(TableReading.read((TableBlock) node, inlines));
            } else if (node instanceof BlockQuote) {
                // Each paragraph of a quotation is a quoted paragraph; anything else in it is read as usual.
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Paragraph) {
                        blocks.add(new Block.Quotation(inlines.of(child)));
                    } else {
                        block(child, depth + 1);
                    }
                }
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                inlines.warn(node, UnsupportedConstructs.CODE_BLOCK);
                blocks.add(new Block.Paragraph(List.of(new Inline.Text(InlineConversion.codeText(node)))));
            } else if (node instanceof HtmlBlock || node instanceof HtmlCommentBlock) {
                inlines.warn(node, "raw HTML block dropped; write Markdown instead");
            } else if (node instanceof ThematicBreak) {
                inlines.warn(node, UnsupportedConstructs.THEMATIC_BREAK);
            } else if (!(node instanceof FootnoteBlock)) {
                // Footnote definitions are read with their calls.
                inlines.warn(node, node.getNodeName() + " is not supported and was dropped");
            }
        }

        /**
         * A numbered paragraph: the item's leading paragraphs are its text; what follows them
         * (sub-items, a quotation, a later paragraph) comes after it, in the order written.
         */
        private void numberedParagraph(ListItem item, int depth) throws SourceException {
            List<Inline> text = new ArrayList<>();
            Node child = item.getFirstChild();
            for (; child instanceof Paragraph || child instanceof FootnoteBlock; child = child.getNext()) {
                if (child instanceof Paragraph) {
                    if (!text.isEmpty()) {
                        text.add(new Inline.Text(" "));
                    }
                    text.addAll(inlines.of(child));
                }
            }
            blocks.add(new Block.NumberedParagraph(++paragraphs, text));
            for (; child != null; child = child.getNext()) {
                if (child instanceof ListBlock) {
                    subItems((ListBlock) child, 1, depth + 1);
                } else {
                    block(child, depth + 1);
                }
            }
        }

        private void subItems(ListBlock list, int level, int depth) throws SourceException {
            int ordinal = 0;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (level > 2) {
                    throw inlines.origin().error(inlines.line(item), null,
                            "sub-items nest two levels deep at most ((a), then (i))");
                }
                List<Inline> text = new ArrayList<>();
                Node child = item.getFirstChild();
                // A table ends the item's text and follows it, as a nested list does.
                for (; child != null && !(child instanceof ListBlock) && !(child instanceof TableBlock);
                        child = child.getNext()) {
                    if (child instanceof FootnoteBlock) {
                        continue;
                    }
                    if (!text.isEmpty()) {
                        text.add(new Inline.Text(" "));
                    }
                    text.addAll(inlines.ofContainer(child, depth + 1));
                }
                blocks.add(new Block.SubItem(level, ++ordinal, text));
                for (; child != null; child = child.getNext()) {
                    if (child instanceof ListBlock) {
                        subItems((ListBlock) child, level + 1, depth + 1);
                    } else {
                        block(child, depth + 1);
                    }
                }
            }
        }

        /**
         * Whether a heading opens an annex; if so, takes the mark off the title's last run. The
         * mark is looked for in the text the parser read, so an escaped or linked one is text.
         */
        private boolean annexTitle(Heading heading, List<Inline> text) throws SourceException {
            int last = text.size() - 1;
            if (last < 0 || !(text.get(last) instanceof Inline.Text)
                    || !ANNEX_MARK.matcher(heading.getText()).find()) {
                return false;
            }
            Matcher mark = ANNEX_MARK.matcher(((Inline.Text) text.get(last)).text());
            if (!mark.find()) {
                return false;
            }
            if (heading.getLevel() != 1) {
                throw inlines.origin().error(inlines.line(heading), null, "an annex starts with a level-1 heading;"
                        + " expected '# Title {.annex}', not " + "#".repeat(heading.getLevel()));
            }
            String rest = ((Inline.Text) text.get(last)).text().substring(0, mark.start());
            text.remove(last);
            if (!rest.isEmpty()) {
                text.add(new Inline.Text(rest));
            }
            return true;
        }

        private void heading(Heading heading) throws SourceException {
            if (heading.getLevel() > 3) {
                throw inlines.origin().error(inlines.line(heading), null, "heading level " + heading.getLevel()
                        + " is too deep; expected #, ## or ### (chapter, section, subsection)");
            }
            List<Inline> text = new ArrayList<>(inlines.of(heading));
            if (annexTitle(heading, text)) {
                paragraphs = 0;
                blocks.add(new Block.Annex(++annexes, text));
                return;
            }
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
    }
}
