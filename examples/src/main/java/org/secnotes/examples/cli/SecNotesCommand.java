package org.secnotes.examples.cli;

/** Placeholder until the command line lands. */
public final class SecNotesCommand {
    private SecNotesCommand() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        System.err.println("not yet");
    }
}
