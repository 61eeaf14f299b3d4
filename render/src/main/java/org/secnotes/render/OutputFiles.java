package org.secnotes.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes output files so that no reader ever sees a partial one: the bytes go to a temporary
 * file beside the target, which is moved into place only when complete.
 *
 * <p>Temporary files are named {@code .secnotes-<process id>-<n>.part}: short, so that a target
 * whose name fits the file system always has a temporary file that fits too, and marked with the
 * process that owns them, so that {@link #sweep} can remove what a killed run left without touching
 * the files of a run still going. The first use registers one JVM shutdown hook that removes the
 * temporary files still open, so that Ctrl-C or SIGTERM leaves none; from then on no new one is
 * started.
 *
 * <p>A new output gets the permissions the user's umask gives a new file; an output that replaces
 * a file keeps that file's permissions.
 *
 * <p>Stateless for its callers and thread-safe.
 */
public final class OutputFiles {

    private static final Pattern OURS = Pattern.compile("\\.secnotes-(\\d+)-[0-9a-z]+\\.part");
    /** What earlier versions left: {@code .<target><random digits>.part}. */
    private static final Pattern EARLIER = Pattern.compile("\\..+\\.(md|pdf)\\d+\\.part");
    private static final long PID = ProcessHandle.current().pid();
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
    private static volatile boolean closing;

    static {
        Thread hook = new Thread(OutputFiles::removeOpen, "secnotes-remove-temporary-files");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private OutputFiles() {
    }

    /**
     * What writes the content of a file.
     */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the content.
         *
         * @param out the stream to write to; it is closed by the caller
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file atomically. If writing fails, the target is left as it was and the temporary
     * file is removed.
     *
     * @param target  the file to create or replace
     * @param content what writes the bytes
     * @throws IOException if the folder cannot be written or the content fails
     */
    public static void writeAtomically(Path target, Content content) throws IOException {
        writeAllOrNone(Map.of(target, content));
    }

    /**
     * Writes several files so that either all of them appear or none: every content is written
     * to its temporary file first, and only when all are complete are they moved into place. If a
     * content fails, no target is touched; if a move fails (rare: the folder changed under us),
     * the targets already moved are removed again, so that no half set looks current.
     *
     * @param files the targets and what writes each, in the order to move them
     * @throws IOException if a folder cannot be written, a content fails or a move fails
     */
    public static void writeAllOrNone(Map<Path, Content> files) throws IOException {
        Map<Path, Path> temporaries = new LinkedHashMap<>();
        boolean done = false;
        try {
            for (Map.Entry<Path, Content> file : files.entrySet()) {
                Path target = file.getKey();
                Path temporary = startTemporary(target);
                temporaries.put(target, temporary);
                try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
                    file.getValue().writeTo(out);
                }
                keepPermissionsOf(target, temporary);
            }
            List<Path> moved = new ArrayList<>();
            try {
                for (Map.Entry<Path, Path> entry : temporaries.entrySet()) {
                    move(entry.getValue(), entry.getKey());
                    OPEN.remove(entry.getValue());
                    moved.add(entry.getKey());
                }
            } catch (IOException e) {
                for (Path target : moved) {
                    Files.deleteIfExists(target);
                }
                throw e;
            }
            done = true;
        } finally {
            if (!done) {
                for (Path temporary : temporaries.values()) {
                    Files.deleteIfExists(temporary);
                    OPEN.remove(temporary);
                }
            }
        }
    }

    /**
     * Removes the temporary files of our naming that a run which no longer exists left in a
     * folder (a run killed with SIGKILL, or a power cut), including the naming of earlier versions.
     * Temporary files of a run still going are left alone.
     *
     * @param folder the output folder; nothing happens if it does not exist
     * @return the files removed
     * @throws IOException if the folder cannot be listed
     */
    public static List<Path> sweep(Path folder) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return removed;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*.part")) {
            for (Path entry : entries) {
                if (isStale(entry.getFileName().toString()) && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(entry);
                    removed.add(entry);
                }
            }
        }
        return removed;
    }

    /**
     * Tells whether a file name is one of our temporary files.
     *
     * @param fileName a file name without folder
     * @return {@code true} for {@code .secnotes-<pid>-<n>.part} and the naming of earlier versions
     */
    public static boolean isTemporary(String fileName) {
        return OURS.matcher(fileName).matches() || EARLIER.matcher(fileName).matches();
    }

    private static boolean isStale(String fileName) {
        Matcher ours = OURS.matcher(fileName);
        if (ours.matches()) {
            long pid = Long.parseLong(ours.group(1));
            return pid != PID && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        }
        return EARLIER.matcher(fileName).matches();
    }

    private static Path startTemporary(Path target) throws IOException {
        if (closing) {
            throw new IOException("the program is shutting down; " + target + " was not written");
        }
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = folder.resolve(".secnotes-" + PID + "-"
                + Long.toString(COUNTER.incrementAndGet(), Character.MAX_RADIX) + ".part");
        OPEN.add(temporary);
        // No explicit permissions: the file system applies the umask, as for any new file.
        Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        if (closing) {
            Files.deleteIfExists(temporary);
            throw new IOException("the program is shutting down; " + target + " was not written");
        }
        return temporary;
    }

    private static void keepPermissionsOf(Path target, Path temporary) throws IOException {
        if (Files.isRegularFile(target) && Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void removeOpen() {
        closing = true;
        for (Path temporary : OPEN) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Nothing more can be done while the JVM stops; the next run's sweep removes it.
            }
        }
    }
}
