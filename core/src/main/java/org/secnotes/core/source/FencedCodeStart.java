package org.secnotes.core.source;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Flexmark's own fenced-code block start, asked only about lines that can open a fence. Flexmark
 * tries every block start on every line, and its fenced-code start runs a regular expression
 * that Java's {@code find} attempts at every position of the line: for a note written one
 * paragraph to a line, a tenth of all the reading time. A fence opens with backticks or tildes
 * after at most three spaces, so a line whose first character after its indent is neither opens
 * none; every other line is still decided by Flexmark's code, so what is a code block (and is
 * warned about) does not change. Installed in place of the core start, with its dependencies.
 *
 * <p>Immutable and thread-safe.
 */
final class FencedCodeStart implements CustomBlockParserFactory {

    private final FencedCodeBlockParser.Factory core = new FencedCodeBlockParser.Factory();

    private FencedCodeStart() {
    }

    /**
     * Replaces a parser builder's fenced-code start with this one.
     *
     * @param builder the builder, with its options and extensions set
     * @return the same builder
     */
    static Parser.Builder install(Parser.Builder builder) {
        builder.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
        return builder.customBlockParserFactory(new FencedCodeStart());
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory fenced = core.apply(options);
        return (state, matched) -> {
            BasedSequence line = state.getLine();
            int at = state.getNextNonSpaceIndex();
            if (at >= line.length() || (line.charAt(at) != '`' && line.charAt(at) != '~')) {
                return BlockStart.none();
            }
            return fenced.tryStart(state, matched);
        };
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return core.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return core.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return core.affectsGlobalScope();
    }
}
