package org.secnotes.render.markdown;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.secnotes.core.Footnote;
import org.secnotes.core.Inline;
import org.secnotes.core.Language;
import org.secnotes.render.InlineVisitor;
import org.secnotes.render.JointReference;
import org.secnotes.render.NoteRenderer;
import org.secnotes.render.SymbolResolver;
import org.secnotes.templates.BlockRole;
import org.secnotes.templates.HeaderGroup;
import org.secnotes.templates.LocalizedBlock;
import org.secnotes.templates.LocalizedNote;

/**
 * Writes a note as CommonMark shaped like the UN's own Markdown editions: the masthead, the organ,
 * the right-hand block as consecutive lines, the session block, the agenda title in bold, the
 * title and kind, the numbered paragraphs, the footnotes, and the "*" agenda footnote last.
 * Document symbols become links through a {@link SymbolResolver}.
 *
 * <p>Every character of the note's text is escaped where Markdown would read it as syntax, so
 * the output parses back to exactly the note's text, and no raw HTML can pass through.
 *
 * <p>Immutable and thread-safe: build once, render any number of notes from any thread.
 */
public final class MarkdownRenderer implements NoteRenderer {

    /** Two trailing spaces: a hard line break that keeps the right-hand block's lines apart. */
    private static final String HARD_BREAK = "  \n";
    /** A paragraph label that Markdown reads as an ordered-list marker: "1." or "1)". */
    private static final Pattern LIST_LABEL = Pattern.compile("\\d{1,9}[.)]");
    private static final Pattern LINE_START_SYNTAX = Pattern.compile("^(\\s*)([#>+=~\\-]|\\d+[.)])");
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");

    private final SymbolResolver symbolResolver;

    private MarkdownRenderer(Builder builder) {
        this.symbolResolver = builder.symbolResolver;
    }

    /** @return a builder; its default resolver is {@link SymbolResolver#undocs()} */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void render(LocalizedNote note, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(toMarkdown(note));
        writer.flush();
    }

    /**
     * Renders a note to a string.
     *
     * @param note the localized note
     * @return the Markdown text, ending in a newline
     */
    public String toMarkdown(LocalizedNote note) {
        Objects.requireNonNull(note, "note");
        StringBuilder out = new StringBuilder(4096);
        Language language = note.language();

        for (HeaderGroup group : note.header()) {
            header(out, group);
        }

        LocalizedNote.LocalizedBody noteBody = note.body();
        body(out, noteBody.blocks(), language);

        for (Footnote footnote : noteBody.footnotes()) {
            out.append("[^").append(footnote.number()).append("]: ")
                    .append(inlines(footnote.text(), language)).append("\n\n");
        }
        if (noteBody.agendaFootnote() != null) {
            // Escaped, because "* " at the start of a line would open a bullet list.
            paragraph(out, escape(noteBody.agendaFootnote().marker()) + " "
                    + inlines(noteBody.agendaFootnote().text(), language));
        }
        // One newline at the end of the file, not a blank line.
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /**
     * One header group: the masthead's name and symbol each a paragraph and the organ's lines
     * together; the issue block's lines together; each session line a paragraph, the agenda title
     * in bold; the title and kind each a paragraph.
     */
    private static void header(StringBuilder out, HeaderGroup group) {
        if (group instanceof HeaderGroup.Masthead masthead) {
            paragraph(out, escape(masthead.unitedNations()));
            paragraph(out, escape(masthead.symbolLine()));
            if (!masthead.organ().isEmpty()) {
                paragraph(out, joinLines(masthead.organ()));
            }
        } else if (group instanceof HeaderGroup.IssueBlock issue) {
            paragraph(out, joinLines(issue.lines()));
        } else if (group instanceof HeaderGroup.SessionBlock session) {
            optionalParagraph(out, session.bodyLine());
            optionalParagraph(out, session.sessionLine());
            optionalParagraph(out, session.yearLine());
            optionalParagraph(out, session.venueLine());
            optionalParagraph(out, session.agendaLine());
            if (session.agendaTitle() != null) {
                paragraph(out, "**" + escape(session.agendaTitle()) + "**");
            }
        } else if (group instanceof HeaderGroup.TitleBlock title) {
            paragraph(out, escape(title.title()));
            optionalParagraph(out, title.kind());
            title.partLines().forEach(line -> paragraph(out, escape(line)));
        } else {
            throw new IllegalStateException("unknown header group " + group);
        }
    }

    private void body(StringBuilder out, List<LocalizedBlock> blocks, Language language) {
        // The content indent of the numbered paragraph that sub-items nest under, or -1 outside a list.
        int listIndent = -1;
        boolean inList = false;
        for (LocalizedBlock block : blocks) {
            String text = escapeLineStart(inlines(block.text(), language));
            if (block.role() == BlockRole.NUMBERED_PARAGRAPH && !LIST_LABEL.matcher(block.label()).matches()) {
                // A label that is no Markdown list marker (Arabic "1 -") starts a paragraph of its own:
                // written as a list line it would run on into the next paragraph's line.
                ensureBlankLine(out);
                out.append(escapeLineStart(escape(block.label()) + " " + text)).append("\n\n");
                listIndent = -1;
                inList = false;
            } else if (block.role() == BlockRole.NUMBERED_PARAGRAPH) {
                if (!inList && out.length() > 0) {
                    ensureBlankLine(out);
                }
                // A numbered paragraph is an ordered-list item whose number is the label.
                out.append(block.label()).append(' ').append(text).append('\n');
                listIndent = block.label().length() + 1;
                inList = true;
            } else if (block.role() == BlockRole.SUB_ITEM) {
                int base = listIndent < 0 ? 0 : listIndent;
                int indent = base + (block.level() - 1) * 2;
                if (!inList) {
                    ensureBlankLine(out);
                }
                out.append(" ".repeat(indent)).append("- ").append(escape(block.label())).append(' ')
                        .append(text).append('\n');
                inList = true;
            } else {
                ensureBlankLine(out);
                inList = false;
                listIndent = -1;
                if (block.role() == BlockRole.HEADING) {
                    String label = block.label().isEmpty() ? "" : block.label() + " ";
                    out.append("#".repeat(Math.max(1, block.level()))).append(' ')
                            .append(escape(label)).append(text).append("\n\n");
                } else if (block.role() == BlockRole.ANNEX) {
                    annex(out, block, text);
                } else if (block.role() == BlockRole.BLOCK_QUOTE) {
                    out.append("> ").append(text).append("\n\n");
                } else if (block.role() == BlockRole.TABLE) {
                    PipeTables.write(out, block.table(), cell -> inlines(cell, language));
                } else {
                    out.append(text).append("\n\n");
                }
            }
        }
        ensureBlankLine(out);
    }

    /**
     * An annex's heading as one level-1 heading of two lines, "Annex I" and the title, kept apart
     * by a hard break (a backslash): a setext heading, as an ATX heading cannot break its line.
     */
    private static void annex(StringBuilder out, LocalizedBlock block, String title) {
        String label = escapeLineStart(escape(block.label()));
        if (title.isEmpty()) {
            out.append("# ").append(label).append("\n\n");
        } else {
            out.append(label).append("\\\n").append(title).append("\n===\n\n");
        }
    }

    private static void ensureBlankLine(StringBuilder out) {
        if (out.length() > 0 && !(out.length() >= 2 && out.charAt(out.length() - 1) == '\n'
                && out.charAt(out.length() - 2) == '\n')) {
            out.append('\n');
        }
    }

    private static void paragraph(StringBuilder out, String markdown) {
        out.append(escapeLineStart(markdown)).append("\n\n");
    }

    private static void optionalParagraph(StringBuilder out, String line) {
        if (line != null) {
            paragraph(out, escape(line));
        }
    }

    private static String joinLines(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(escapeLineStart(escape(lines.get(i))));
            if (i < lines.size() - 1) {
                out.append(HARD_BREAK);
            }
        }
        return out.toString();
    }

    private String inlines(List<Inline> inlines, Language language) {
        StringBuilder out = new StringBuilder();
        InlineVisitor<String> markdown = new InlineVisitor<>() {
            @Override
            public String text(Inline.Text text) {
                return escape(text.text());
            }

            @Override
            public String emphasis(Inline.Emphasis emphasis) {
                return "*" + inlines(emphasis.children(), language) + "*";
            }

            @Override
            public String strong(Inline.Strong strong) {
                return "**" + inlines(strong.children(), language) + "**";
            }

            @Override
            public String subscript(Inline.Subscript subscript) {
                // The source format's own markup, so that the output reads back as the same text.
                return "~" + inlines(subscript.children(), language) + "~";
            }

            @Override
            public String superscript(Inline.Superscript superscript) {
                return "^" + inlines(superscript.children(), language) + "^";
            }

            @Override
            public String link(Inline.Link link) {
                String text = inlines(link.children(), language);
                return Inline.Link.isSafeUri(link.uri()) ? "[" + text + "](" + destination(link.uri()) + ")" : text;
            }

            @Override
            public String documentReference(Inline.DocumentReference reference) {
                // Each part of a joint symbol links to its own document; the dash between links to none.
                StringBuilder out = new StringBuilder();
                for (JointReference.Part part : JointReference.of(reference).parts()) {
                    if (part.target() == null) {
                        out.append(escape(part.text()));
                    } else {
                        out.append('[').append(escape(part.text())).append("](")
                                .append(destination(symbolResolver.uriFor(part.target(), language))).append(')');
                    }
                }
                return out.toString();
            }

            @Override
            public String footnoteReference(Inline.FootnoteReference call) {
                return "[^" + call.number() + "]";
            }
        };
        for (Inline inline : inlines) {
            out.append(InlineVisitor.visit(inline, markdown));
        }
        return out.toString();
    }

    /** A link destination, in angle brackets when it holds characters that would end it early. */
    private static String destination(String uri) {
        if (uri.matches(".*[\\s()<>].*")) {
            return "<" + uri.replace("<", "%3C").replace(">", "%3E") + ">";
        }
        return uri;
    }

    /**
     * Escapes what Markdown would read as syntax anywhere in a line: emphasis, subscript,
     * superscript and link characters, backslashes, HTML and entities.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\': case '*': case '_': case '[': case ']': case '<': case '`': case '~': case '^':
                    out.append('\\').append(c);
                    break;
                case '\n': case '\r':
                    out.append(' ');
                    break;
                default:
                    out.append(c);
            }
        }
        return ENTITY.matcher(out).replaceAll("\\\\&");
    }

    /**
     * Escapes a block marker (heading, list, quote, tilde fence) that would open the given line of
     * text, and drops its leading white space, which a paragraph does not keep and which from four
     * spaces on would make the line indented code.
     */
    static String escapeLineStart(String text) {
        String line = text.stripLeading();
        var start = LINE_START_SYNTAX.matcher(line);
        if (!start.find()) {
            return line;
        }
        String marker = start.group(2);
        // "12." becomes "12\." and "#" becomes "\#": the text stays, the syntax goes.
        String quoted = Character.isDigit(marker.charAt(0))
                ? marker.substring(0, marker.length() - 1) + "\\" + marker.charAt(marker.length() - 1)
                : "\\" + marker;
        return start.group(1) + quoted + line.substring(start.end());
    }

    /**
     * Builds a {@link MarkdownRenderer}. Not thread-safe: use one builder on one thread.
     */
    public static final class Builder {
        private SymbolResolver symbolResolver = SymbolResolver.undocs();

        private Builder() {
        }

        /**
         * Sets where links to documents point.
         *
         * @param value the resolver
         * @return this builder
         */
        public Builder symbolResolver(SymbolResolver value) {
            this.symbolResolver = Objects.requireNonNull(value, "symbolResolver");
            return this;
        }

        /** @return the renderer */
        public MarkdownRenderer build() {
            return new MarkdownRenderer(this);
        }
    }
}
