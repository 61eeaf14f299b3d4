package org.secnotes.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.secnotes.Problem;
import org.secnotes.SecNotes;
import org.secnotes.render.OutputFormat;
import picocli.AutoComplete;
import picocli.codegen.docgen.manpage.ManPageGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code secnotes} command line: {@code java -jar secnotes.jar render ...}.
 *
 * <p>Usage errors are one line naming the option or argument and why, then a hint to
 * {@code --help}; failures during a run are words naming the file, never a Java exception.
 *
 * <p>Declared with picocli's programmatic API, as {@link RenderCommand} is (which says why); the
 * help and generator subcommands are picocli's own, annotated classes, which a render never builds.
 *
 * <p>Not meant to be shared between threads; each run builds its own.
 */
public final class SecNotesCommand implements Runnable {

    /** The exit status of a usage error, as picocli and most tools have it. */
    static final int USAGE = 2;

    /** PDFBox's system property for the zlib level of the streams it deflates (0-9). */
    static final String DEFLATE_LEVEL = "org.apache.pdfbox.filter.deflatelevel";

    private final InputStream stdin;
    private final OutputStream stdout;
    private final boolean terminal;
    /** The background build and warm-up of a render run from {@link #main}; null elsewhere. */
    private final WarmUp warmUp;

    private final CommandSpec spec;

    private SecNotesCommand(InputStream stdin, OutputStream stdout, boolean terminal, WarmUp warmUp) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.terminal = terminal;
        this.warmUp = warmUp;
        this.spec = CommandSpec.wrapWithoutInspection(this)
                .name("secnotes")
                .versionProvider(new Version());
        spec.usageMessage().description("Renders United Nations Secretariat notes to PDF and Markdown.");
        addStandardHelpOptions(spec);
    }

    /**
     * Adds {@code -h, --help} and {@code -V, --version}, as picocli's {@code mixinStandardHelpOptions}
     * does, with its words, but without the annotated mixin that it reads to do so.
     *
     * @param command the command to add them to
     */
    static void addStandardHelpOptions(CommandSpec command) {
        command.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class).arity("0")
                .description("Show this help message and exit.").build());
        command.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class).arity("0")
                .description("Print version information and exit.").build());
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        favourSpeedOverSize();
        WarmUp warmUp = args.length > 0 && args[0].equals("render") ? WarmUp.start() : null;
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(new SecNotesCommand(System.in, System.out, System.console() != null, warmUp)
                .commandLine(out, err, args).execute(args));
    }

    /**
     * Asks PDFBox for zlib's fastest level for every stream it deflates, unless the user chose one
     * with {@code -Dorg.apache.pdfbox.filter.deflatelevel}. At zlib's default level a batch spent
     * a seventh of its processor time deflating (page contents, font subsets, object streams);
     * at level 1 it is a third of that, and the files are about a tenth larger, still smaller
     * than FOP's. PDFBox reads the level from this system property on every stream, which is a
     * setting for the whole JVM: the command line owns its JVM, the library leaves it alone.
     */
    private static void favourSpeedOverSize() {
        if (System.getProperty(DEFLATE_LEVEL) == null) {
            System.setProperty(DEFLATE_LEVEL, "1");
        }
    }

    /**
     * Runs the command line with its output and errors sent to the given writers, for tests and
     * embedding. Standard input is empty and no progress bar is drawn.
     *
     * @param out  where results and the summary go
     * @param err  where errors, warnings and progress go
     * @param args the arguments
     * @return the exit status: 0 if everything was rendered, 1 if something failed, 2 for a usage error
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(InputStream.nullInputStream(), OutputStream.nullOutputStream(), false, out, err, args);
    }

    /**
     * Runs the command line with every stream given, for tests and embedding.
     *
     * @param stdin    what {@code -} reads
     * @param stdout   where {@code --out -} writes the document
     * @param terminal whether to draw a progress bar
     * @param out      where results and the summary go
     * @param err      where errors, warnings and progress go
     * @param args     the arguments
     * @return the exit status: 0 if everything was rendered, 1 if something failed, 2 for a usage error
     */
    public static int run(InputStream stdin, OutputStream stdout, boolean terminal, PrintWriter out, PrintWriter err,
            String... args) {
        return new SecNotesCommand(stdin, stdout, terminal, null).commandLine(out, err, args).execute(args);
    }

    private CommandLine commandLine(PrintWriter out, PrintWriter err, String[] args) {
        CommandLine commandLine = new CommandLine(spec);
        commandLine.addSubcommand("render", new CommandLine(new RenderCommand(this).spec()));
        // picocli reads the annotations of its help and generator commands when they are added
        // (annotation proxies, reflection), which was most of the command line's start-up: a
        // render, the run that must start fast, cannot reach them, so only other runs add them.
        if (args.length == 0 || !args[0].equals("render")) {
            commandLine.addSubcommand(new CommandLine.HelpCommand());
            commandLine.addSubcommand(new AutoComplete.GenerateCompletion());
            commandLine.addSubcommand(new ManPageGenerator());
            for (String generator : List.of("generate-completion", "gen-manpage")) {
                commandLine.getSubcommands().get(generator).getCommandSpec().usageMessage().hidden(false);
            }
        }
        return commandLine.setOut(out).setErr(err)
                // Unknown options are checked by the render command itself, so that a file whose
                // name starts with '-' is still a file.
                .setUnmatchedOptionsArePositionalParams(true)
                .setParameterExceptionHandler(SecNotesCommand::usageError)
                .setExecutionExceptionHandler((failure, cmd, parsed) -> {
                    cmd.getErr().println("error: " + Problem.describe(failure));
                    cmd.getErr().flush();
                    return 1;
                });
    }

    /** One line saying what is wrong with which argument, then where to find the usage. */
    private static int usageError(CommandLine.ParameterException failure, String[] args) {
        CommandLine cmd = failure.getCommandLine();
        PrintWriter err = cmd.getErr();
        String message = failure.getMessage();
        if (failure instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            message = "unknown option " + String.join(", ", unmatched.getUnmatched().stream().map(a -> "'" + a + "'").toList())
                    + (suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions) + "?)")
                    + (unmatched.getUnmatched().stream().allMatch(a -> a.startsWith("--")) ? ""
                            : "; write a file whose name starts with '-' as ./-name.md");
        }
        err.println(cmd.getCommandSpec().qualifiedName() + ": " + message);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return USAGE;
    }

    /**
     * @param formats the formats the run writes; empty for all
     * @return the library the render command works with
     */
    SecNotes library(Set<OutputFormat> formats) {
        return warmUp != null ? warmUp.library(formats) : SecNotes.standard();
    }

    InputStream standardInput() {
        return stdin;
    }

    OutputStream standardOutput() {
        return stdout;
    }

    boolean isTerminal() {
        return terminal;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: render, help, generate-completion or gen-manpage");
    }

    /** Reports the version the build wrote into {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"secnotes " + properties.getProperty("version", "(version unknown: not built by Maven)")};
        }
    }
}
