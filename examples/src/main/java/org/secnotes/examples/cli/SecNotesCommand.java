package org.secnotes.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.secnotes.Problem;
import org.secnotes.SecNotes;
import picocli.AutoComplete;
import picocli.codegen.docgen.manpage.ManPageGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code secnotes} command line: {@code java -jar secnotes.jar render ...}.
 *
 * <p>Usage errors are one line naming the option or argument and why, then a hint to
 * {@code --help}; failures during a run are words naming the file, never a Java exception.
 *
 * <p>Not meant to be shared between threads; each run builds its own.
 */
@Command(name = "secnotes",
        mixinStandardHelpOptions = true,
        versionProvider = SecNotesCommand.Version.class,
        description = "Renders United Nations Secretariat notes to PDF and Markdown.",
        subcommands = {RenderCommand.class, CommandLine.HelpCommand.class})
public final class SecNotesCommand implements Runnable {

    /** The exit status of a usage error, as picocli and most tools have it. */
    static final int USAGE = 2;

    /** PDFBox's system property for the zlib level of the streams it deflates (0-9). */
    static final String DEFLATE_LEVEL = "org.apache.pdfbox.filter.deflatelevel";

    private final InputStream stdin;
    private final OutputStream stdout;
    private final boolean terminal;
    private final Supplier<SecNotes> library;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private SecNotesCommand(InputStream stdin, OutputStream stdout, boolean terminal, Supplier<SecNotes> library) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.terminal = terminal;
        this.library = library;
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        favourSpeedOverSize();
        Supplier<SecNotes> library = args.length > 0 && args[0].equals("render") ? warmUpInBackground() : SecNotes::standard;
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(new SecNotesCommand(System.in, System.out, System.console() != null, library)
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
        return new SecNotesCommand(stdin, stdout, terminal, SecNotes::standard).commandLine(out, err, args).execute(args);
    }

    private CommandLine commandLine(PrintWriter out, PrintWriter err, String[] args) {
        CommandLine commandLine = new CommandLine(this);
        // picocli reads a command's annotations when it is added, and for the two generators
        // that is about half of the command line's start-up (annotation proxies, reflection): a
        // render, the run that must start fast, cannot reach them, so only other runs add them.
        if (args.length == 0 || !args[0].equals("render")) {
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
     * Builds the library on a background thread and warms it up there, while picocli reads the
     * arguments: the run gets that very instance, so the templates' formatters the warm-up built
     * serve the real note too.
     *
     * @return the instance, once built; one built anew if the background thread failed to
     */
    private static Supplier<SecNotes> warmUpInBackground() {
        CompletableFuture<SecNotes> built = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            SecNotes secnotes;
            try {
                secnotes = SecNotes.standard();
            } catch (Throwable e) {
                // Never leave the run waiting; it builds its own and reports the failure.
                built.completeExceptionally(e);
                return;
            }
            built.complete(secnotes);
            try {
                secnotes.warmUp();
            } catch (RuntimeException e) {
                // It only saves time; the real work reports its own failures.
            }
        }, "secnotes-warm-up");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            try {
                return built.join();
            } catch (CompletionException e) {
                return SecNotes.standard(); // which fails again, on this thread, where it is reported
            }
        };
    }

    /** @return the library the render command works with */
    SecNotes library() {
        return library.get();
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
