package org.secnotes.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code secnotes} command line: {@code java -jar secnotes.jar render ...}.
 *
 * <p>Not meant to be shared between threads; each run builds its own.
 */
@Command(name = "secnotes",
        mixinStandardHelpOptions = true,
        versionProvider = SecNotesCommand.Version.class,
        description = "Renders United Nations Secretariat notes to PDF and Markdown.",
        subcommands = {RenderCommand.class})
public final class SecNotesCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("render")) {
            RenderCommand.warmUp();
        }
        System.exit(run(args));
    }

    /**
     * Runs the command line without exiting, for tests and embedding.
     *
     * @param args the arguments
     * @return the exit status: 0 if everything was rendered
     */
    public static int run(String... args) {
        return new CommandLine(new SecNotesCommand()).execute(args);
    }

    /**
     * Runs the command line with its output and errors sent to the given writers.
     *
     * @param out  where results and the summary go
     * @param err  where errors, warnings and progress go
     * @param args the arguments
     * @return the exit status: 0 if everything was rendered
     */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return new CommandLine(new SecNotesCommand()).setOut(out).setErr(err).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: render");
    }

    /** Reports the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SecNotesCommand.class.getPackage().getImplementationVersion();
            return new String[] {"secnotes " + (version == null ? "(development build)" : version)};
        }
    }
}
