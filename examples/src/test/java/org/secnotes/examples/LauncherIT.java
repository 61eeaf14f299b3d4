package org.secnotes.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The launcher {@code bin/secnotes} on the jar and class-data archive that {@code package} made: it
 * renders the example notes, and the JVM it starts can map the archive (with {@code -Xshare:on} a
 * JVM that cannot map it refuses to start, so a stale or broken archive fails here instead of
 * silently costing every user its start-up gain). Runs after {@code package} (failsafe, in
 * {@code verify}); needs a POSIX shell.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("bin", "secnotes");

    @Test
    void theLauncherRendersTheExampleNotesWithTheArchiveMapped() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        assertTrue(Files.isRegularFile(Path.of("target", "secnotes.jsa")), "package made no class-data archive");
        Path out = Files.createTempDirectory("secnotes-launcher");
        ProcessBuilder launch = new ProcessBuilder("/bin/sh", LAUNCHER.toString(), "render", "notes",
                "--format", "pdf", "--out", out.toString(), "-q").redirectErrorStream(true);
        launch.environment().put("JAVA_HOME", System.getProperty("java.home"));
        launch.environment().put("SECNOTES_JAVA_OPTS", "-Xshare:on");
        Process process = launch.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        List<String> pdfs;
        try (Stream<Path> files = Files.list(out)) {
            pdfs = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).sorted().toList();
        }
        assertEquals(sourcesIn(Path.of("notes")), pdfs.size(), "one PDF per example source: " + pdfs + "\n" + output);
    }

    /**
     * The archive holds what a render loads, picocli included: of the classes a one-note PDF
     * render loads, at most 1 % are read from the jar (with JDK 17's dynamic archive, which cannot
     * hold picocli's Java 5 classes, it was 5 %: 186 classes parsed and verified on every run).
     */
    @Test
    void aRenderLoadsAlmostNothingFromTheJar() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        Path out = Files.createTempDirectory("secnotes-launcher");
        Path log = out.resolve("classes.log");
        ProcessBuilder launch = new ProcessBuilder("/bin/sh", LAUNCHER.toString(), "render", "notes/peacekeeping-report.en.md",
                "--format", "pdf", "--out", out.toString(), "-q").redirectErrorStream(true);
        launch.environment().put("JAVA_HOME", System.getProperty("java.home"));
        launch.environment().put("SECNOTES_JAVA_OPTS", "-Xshare:on -Xlog:class+load=info:file=" + log);
        Process process = launch.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        List<String> loaded = Files.readAllLines(log).stream().filter(l -> l.contains(" source: ")).toList();
        List<String> fromJar = loaded.stream().filter(l -> l.contains("secnotes.jar")).toList();
        assertTrue(loaded.size() > 1000, "a render loads thousands of classes: " + loaded.size());
        assertTrue(fromJar.size() * 100 <= loaded.size(), fromJar.size() + " of " + loaded.size()
                + " classes were read from the jar, not the archive:\n" + String.join("\n", fromJar));
    }

    /**
     * The launcher picks the serial collector and one C1 thread, and steps aside for a user who
     * picks a collector or turns C2 back on: the JVM refuses to start with two collectors, or
     * with C2 and a single compiler thread.
     */
    @Test
    void aCollectorOrJitTheUserChoseReplacesTheLaunchers() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        assertTrue(collectorOfALaunchWith("").contains("Serial"), "the launcher's own choice");
        assertTrue(collectorOfALaunchWith("-XX:+UseG1GC").contains("G1"), "the user's collector");
        assertTrue(collectorOfALaunchWith("-XX:+UseParallelGC -XX:TieredStopAtLevel=4").contains("Parallel"),
                "the user's collector with the full JIT");
    }

    /** Starts the launcher with {@code --version} and returns the collector the JVM logged. */
    private static String collectorOfALaunchWith(String options) throws Exception {
        ProcessBuilder launch = new ProcessBuilder("/bin/sh", LAUNCHER.toString(), "--version").redirectErrorStream(true);
        launch.environment().put("JAVA_HOME", System.getProperty("java.home"));
        launch.environment().put("SECNOTES_JAVA_OPTS", (options + " -Xlog:gc=info").strip());
        Process process = launch.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "SECNOTES_JAVA_OPTS=" + options + ":\n" + output);
        return output.lines().filter(l -> l.contains("Using ")).findFirst().orElse("no collector logged:\n" + output);
    }

    private static long sourcesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md")).count();
        }
    }
}
