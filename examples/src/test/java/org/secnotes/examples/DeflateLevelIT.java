package org.secnotes.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line trades a tenth of file size for speed: PDFBox deflates every stream at zlib's
 * fastest level, unless the user asks for another level with PDFBox's own system property. Read
 * from the files themselves: the second byte of a zlib stream's header names the level class it
 * was written with (RFC 1950, FLEVEL: 0 fastest, 1 fast, 2 default, 3 maximum). Runs the jar that
 * {@code package} made in a JVM of its own, since the setting is one for the whole JVM.
 */
class DeflateLevelIT {

    private static final int FASTEST = 0;
    private static final int MAXIMUM = 3;

    @Test
    void everyStreamIsDeflatedAtTheFastestLevel() throws Exception {
        assertEquals(Set.of(FASTEST), levelClassesOfAPdfRenderedWith());
    }

    @Test
    void aLevelTheUserChoseIsKept() throws Exception {
        assertEquals(Set.of(MAXIMUM), levelClassesOfAPdfRenderedWith("-Dorg.apache.pdfbox.filter.deflatelevel=9"));
    }

    private static Set<Integer> levelClassesOfAPdfRenderedWith(String... javaOptions) throws Exception {
        Path out = Files.createTempDirectory("secnotes-deflate");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(javaOptions));
        command.addAll(List.of("-jar", "target/secnotes.jar", "render", "notes/peacekeeping-report.en.md",
                "--format", "pdf", "--out", out.toString(), "-q"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        List<Path> written;
        try (Stream<Path> files = Files.list(out)) {
            written = files.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
        assertEquals(1, written.size(), "one PDF: " + written + "\n" + output);
        byte[] pdf = Files.readAllBytes(written.get(0));
        Set<Integer> classes = zlibLevelClasses(pdf);
        assertFalse(classes.isEmpty(), "no deflated stream found");
        return classes;
    }

    /** The FLEVEL of every stream in the file that starts with a zlib header. */
    private static Set<Integer> zlibLevelClasses(byte[] pdf) {
        byte[] keyword = "stream\r\n".getBytes(StandardCharsets.US_ASCII);
        Set<Integer> classes = new TreeSet<>();
        for (int at = indexOf(pdf, keyword, 0); at >= 0; at = indexOf(pdf, keyword, at + keyword.length)) {
            int start = at + keyword.length;
            int cmf = pdf[start] & 0xFF;
            int flg = pdf[start + 1] & 0xFF;
            boolean zlib = (cmf & 0x0F) == 8 && (cmf << 8 | flg) % 31 == 0;
            if (zlib) {
                classes.add(flg >> 6);
            }
        }
        return classes;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
