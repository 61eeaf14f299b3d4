package org.secnotes.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.secnotes.Problem;

/**
 * Finds the sources a user meant among files and folders:
 * <ul>
 *   <li>a file named as an input is taken whatever its name; a folder is searched, through
 *       sub-folders, for files whose names end in {@code .md} in any case;</li>
 *   <li>hidden files and folders (names starting with {@code .}) and build folders
 *       ({@code target}, {@code build}, {@code node_modules}) are skipped, and so is the output
 *       folder when it lies inside an input folder;</li>
 *   <li>in the output folder itself (when it is also an input folder), Markdown files that do not
 *       open with a front matter are earlier outputs and are skipped, so a second run into the
 *       source folder reads what the first did;</li>
 *   <li>symbolic links are followed; a link back to a folder already being searched is reported
 *       once and not followed again, so loops end;</li>
 *   <li>a sub-folder that cannot be read is skipped with a warning, the rest is searched;</li>
 *   <li>a file reached twice (two spellings of one folder, a link) is taken once, by its real path.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class SourceFinder {

    private static final Set<String> BUILD_FOLDERS = Set.of("target", "build", "node_modules");

    private SourceFinder() {
    }

    /**
     * A source found, with the identity of its file, which outputs are checked against.
     *
     * @param path     the file as the user's input spells it
     * @param identity the file's identity (device and inode where the system has them, else its
     *                 real path)
     */
    public record Source(Path path, Object identity) {
        /**
         * Checks the parts.
         *
         * @param path the file as spelled
         * @param identity the file's identity
         */
        public Source {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(identity, "identity");
        }
    }

    /**
     * What a search found.
     *
     * @param sources  the source files, each once, in a stable order
     * @param failures inputs that could not be used (missing, not a file, unreadable)
     * @param warnings parts of the inputs that were skipped and why
     */
    public record Found(List<Source> sources, List<Problem> failures, List<Problem> warnings) {
        /**
         * Copies the lists.
         *
         * @param sources the sources
         * @param failures the failed inputs
         * @param warnings the warnings
         */
        public Found {
            sources = List.copyOf(sources);
            failures = List.copyOf(failures);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Searches the inputs.
     *
     * @param inputs       files and folders, as the user gave them
     * @param outputFolder where outputs go, or {@code null} when they go to no folder
     * @return the sources, the failed inputs and the warnings
     */
    public static Found find(List<Path> inputs, Path outputFolder) {
        Object outputIdentity = outputFolder == null ? null : identityOrNull(outputFolder);
        Map<Object, Source> found = new LinkedHashMap<>();
        List<Problem> failures = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        for (Path input : inputs) {
            String why = unusable(input);
            if (why != null) {
                failures.add(new Problem(List.of(input), input + ": " + why));
                continue;
            }
            List<Source> sources = new ArrayList<>();
            if (Files.isDirectory(input)) {
                search(input, outputIdentity, sources, failures, warnings);
                sources.sort((a, b) -> a.path().compareTo(b.path()));
            } else {
                sources.add(new Source(input, identityOrNull(input)));
            }
            for (Source source : sources) {
                found.putIfAbsent(source.identity(), source);
            }
        }
        return new Found(new ArrayList<>(found.values()), failures, warnings);
    }

    /** @return why an input cannot be used, or {@code null} if it is a file or a folder */
    private static String unusable(Path input) {
        if (!Files.exists(input)) {
            if (Files.isSymbolicLink(input)) {
                String target;
                try {
                    target = Files.readSymbolicLink(input).toString();
                } catch (IOException e) {
                    target = "a path";
                }
                return "is a symbolic link to " + target + ", which does not exist";
            }
            return "no such file or folder";
        }
        if (Files.isDirectory(input) || Files.isRegularFile(input)) {
            return Files.isReadable(input) ? null : "cannot be read (permission denied)";
        }
        return "is " + FileKinds.describe(input) + ", not a source file; give a .md file or a folder of them";
    }

    private static void search(Path root, Object outputIdentity, List<Source> sources, List<Problem> failures,
            List<Problem> warnings) {
        Deque<Boolean> inOutput = new ArrayDeque<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            boolean output = outputIdentity != null && outputIdentity.equals(identity(dir, attributes));
                            if (!dir.equals(root)) {
                                String name = dir.getFileName().toString();
                                if (name.startsWith(".") || BUILD_FOLDERS.contains(name) || output) {
                                    return FileVisitResult.SKIP_SUBTREE;
                                }
                            }
                            inOutput.push(output);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException failure) {
                            inOutput.pop();
                            if (failure != null) {
                                warnings.add(new Problem(List.of(dir), dir + ": the folder could not be read to the end ("
                                        + Problem.describe(failure) + "); what was read is used"));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            String name = file.getFileName().toString();
                            if (name.startsWith(".") || !name.toLowerCase(Locale.ROOT).endsWith(".md")) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attributes.isSymbolicLink()) {
                                warnings.add(new Problem(List.of(file), file
                                        + ": a symbolic link to a file that does not exist; skipped"));
                            } else if (attributes.isRegularFile() && !(inOutput.peek() && isEarlierOutput(file))) {
                                sources.add(new Source(file, identity(file, attributes)));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException failure) {
                            Problem problem;
                            if (failure instanceof FileSystemLoopException) {
                                problem = new Problem(List.of(file), file + ": a symbolic link back to a folder"
                                        + " already being searched (a loop); not followed again");
                            } else if (failure instanceof AccessDeniedException) {
                                problem = new Problem(List.of(file), file
                                        + ": cannot be read (permission denied); skipped");
                            } else {
                                problem = new Problem(List.of(file), file + ": cannot be read ("
                                        + Problem.describe(failure) + "); skipped");
                            }
                            (file.equals(root) ? failures : warnings).add(problem);
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            failures.add(new Problem(List.of(root), root + ": cannot be searched (" + Problem.describe(e) + ")"));
        }
    }

    /** An earlier output: Markdown in the output folder that does not open a front matter. */
    private static boolean isEarlierOutput(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String start = new String(in.readNBytes(6), StandardCharsets.UTF_8);
            return !(start.startsWith("---") || start.startsWith("\uFEFF---"));
        } catch (IOException e) {
            return false;
        }
    }

    private static Object identity(Path path, BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        if (key != null) {
            return key;
        }
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /**
     * The identity of a file or folder, following links.
     *
     * @param path the file
     * @return its identity, or {@code null} if it does not exist
     */
    static Object identityOrNull(Path path) {
        try {
            return identity(path, Files.readAttributes(path, BasicFileAttributes.class));
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The identity of a file without following a last link, for checks on outputs.
     *
     * @param path the file
     * @param follow whether to follow a link at the end of the path
     * @return its identity, or {@code null} if it does not exist
     */
    static Object identityOrNull(Path path, boolean follow) {
        if (follow) {
            return identityOrNull(path);
        }
        try {
            return identity(path, Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return null;
        }
    }
}
