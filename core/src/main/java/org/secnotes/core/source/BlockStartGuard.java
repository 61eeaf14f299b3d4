package org.secnotes.core.source;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * One of Flexmark's own block starts, asked only about lines that can open its block. Flexmark
 * tries every block start on every line, and the fenced-code and heading starts run a regular
 * expression anchored at the line's start that Java's {@code find} still attempts at every
 * position of the line: for a note written one paragraph to a line, about a tenth of all the
 * reading time. Each of these blocks opens with one of a few characters after at most three
 * spaces (a fence with {@code `} or {@code ~}, a heading with {@code #} or its underline with
 * {@code =} or {@code -}, a thematic break with {@code *}, {@code _} or {@code -}), so a line whose
 * first character after its indent is none of them opens none; every other line is still decided
 * by Flexmark's code, so what is a heading or a code block (and is warned about) does not change.
 * Installed in place of the core starts, with their dependencies, which keep their order.
 *
 * <p>Immutable and thread-safe.
 */
abstract class BlockStartGuard implements CustomBlockParserFactory {

    private final CustomBlockParserFactory core;
    /** The characters one of which a line's first after its indent must be. */
    private final String openers;

    private BlockStartGuard(CustomBlockParserFactory core, String openers) {
        this.core = core;
        this.openers = openers;
    }

    /**
     * Replaces a parser builder's heading, fenced-code and thematic-break starts with guarded ones.
     *
     * @param builder the builder, with its options and extensions set
     * @return the same builder
     */
    static Parser.Builder install(Parser.Builder builder) {
        builder.set(Parser.HEADING_PARSER, false);
        builder.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
        builder.set(Parser.THEMATIC_BREAK_PARSER, false);
        return builder.customBlockParserFactory(new Heading())
                .customBlockParserFactory(new Fence())
                .customBlockParserFactory(new ThematicBreak());
    }

    // One class each: Flexmark orders block starts by class and allows one factory of a class.

    /** An ATX heading's {@code #}, or a setext heading's underline. */
    private static final class Heading extends BlockStartGuard {
        Heading() {
            super(new HeadingParser.Factory(), "#=-");
        }
    }

    /** A code fence of backticks or tildes. */
    private static final class Fence extends BlockStartGuard {
        Fence() {
            super(new FencedCodeBlockParser.Factory(), "`~");
        }
    }

    /** A thematic break: three or more {@code *}, {@code _} or {@code -}. */
    private static final class ThematicBreak extends BlockStartGuard {
        ThematicBreak() {
            super(new ThematicBreakParser.Factory(), "*_-");
        }
    }

    /** The guarded start last built, with the options it was built for. */
    private record Built(DataHolder options, BlockParserFactory start) {
    }

    /** Shared by the threads of one parser: each builds the same, and any of theirs may stay. */
    private volatile Built built;

    /**
     * The guarded start for a document. Flexmark asks for one per document, with its parser's
     * options, and the core starts compile their regular expressions on building it (a few tenths
     * of a percent of a batch): the one built for the same options is handed out again, to every
     * document and thread. That is safe because each of these starts is stateless: its only fields
     * are final options and compiled patterns, and each line's matching is local to the call.
     */
    @Override
    public BlockParserFactory apply(DataHolder options) {
        Built last = built;
        if (last == null || last.options() != options) {
            last = new Built(options, guarded(core.apply(options)));
            built = last;
        }
        return last.start();
    }

    private BlockParserFactory guarded(BlockParserFactory start) {
        return (state, matched) -> {
            BasedSequence line = state.getLine();
            int at = state.getNextNonSpaceIndex();
            if (at >= line.length() || openers.indexOf(line.charAt(at)) < 0) {
                return BlockStart.none();
            }
            return start.tryStart(state, matched);
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
