package org.secnotes.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a lawyer checks in {@code secnotes.jar}: every component it bundles comes with its licence
 * and its notice. Runs after {@code package} (failsafe, in {@code verify}), on the jar as built.
 *
 * <p>The bundled components are found, not listed: every jar on this test's class path that has a
 * class or resource inside {@code secnotes.jar} is bundled. A new dependency therefore fails this
 * test until {@code META-INF/THIRD-PARTY.txt} names it and its licence text is in the jar.
 */
class ShadedJarLicencesIT {

    private static final Path SHADED = Path.of("target", "secnotes.jar");
    private static final Path ROOT_LICENSE = Path.of("..", "LICENSE");

    private static ZipFile shaded;
    private static List<Bundled> bundled;

    /**
     * Licence files that are deliberately not carried, each because the code it covers is not in
     * secnotes.jar: OpenPDF's {@code LICENSES.md} speaks of OpenPDF's classes, which the shade
     * filter leaves out; the Liberation fonts taken from that jar keep their own licence,
     * {@code liberation/LICENSE}, which {@link #theLiberationFontsKeepTheirLicence} checks.
     */
    private static final Map<String, List<String>> NOT_CARRIED =
            Map.of("com.github.librepdf:openpdf-fonts-extra", List.of("META-INF/LICENSES.md"));

    /** A jar on the class path whose content is in secnotes.jar, with its Maven coordinates. */
    private record Bundled(Path jar, String coordinates) { }

    @BeforeAll
    static void openTheShadedJar() throws IOException {
        assertTrue(Files.isRegularFile(SHADED), SHADED + " is missing: run after package");
        shaded = new ZipFile(SHADED.toFile());
        bundled = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator))) {
            Path path = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(path) && !path.toAbsolutePath().equals(SHADED.toAbsolutePath())
                    && isBundled(path)) {
                bundled.add(new Bundled(path, coordinatesOf(path)));
            }
        }
    }

    @AfterAll
    static void close() throws IOException {
        shaded.close();
    }

    @Test
    void theBundledComponentsAreFound() {
        List<String> names = bundled.stream().map(Bundled::coordinates).toList();
        // The ones this test is about: if these are not found, the discovery is broken.
        for (String expected : List.of("org.apache.pdfbox:pdfbox", "com.vladsch.flexmark:flexmark",
                "com.ibm.icu:icu4j", "org.secnotes:secnotes-core")) {
            assertTrue(names.contains(expected), expected + " not found among " + names);
        }
    }

    @Test
    void everyBundledComponentIsListedWithItsLicenceText() throws IOException {
        List<String[]> listing = thirdPartyListing();
        List<String> problems = new ArrayList<>();
        for (Bundled b : bundled) {
            List<String[]> lines = listing.stream().filter(l -> matches(l[0], b.coordinates())).toList();
            if (lines.isEmpty()) {
                problems.add(b.coordinates() + " is bundled but not in META-INF/THIRD-PARTY.txt");
            }
            for (String[] line : lines) {
                ZipEntry text = shaded.getEntry(line[2]);
                if (text == null || text.getSize() == 0) {
                    problems.add(b.coordinates() + ": its licence text " + line[2] + " is not in the jar");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyLicenceAndNoticeThatABundledJarShipsIsCarriedWhole() throws IOException {
        Map<String, List<String>> byContent = new HashMap<>();
        shaded.stream().filter(e -> !e.isDirectory() && e.getName().startsWith("META-INF/licenses/"))
                .forEach(e -> byContent.computeIfAbsent(text(shaded, e), k -> new ArrayList<>()).add(e.getName()));
        List<String> problems = new ArrayList<>();
        for (Bundled b : bundled) {
            if (b.coordinates().startsWith("org.secnotes:")) {
                continue;
            }
            try (ZipFile jar = new ZipFile(b.jar().toFile())) {
                for (ZipEntry e : jar.stream().filter(ShadedJarLicencesIT::isLicenceOrNotice).toList()) {
                    if (NOT_CARRIED.getOrDefault(b.coordinates(), List.of()).contains(e.getName())) {
                        continue;
                    }
                    if (!byContent.containsKey(text(jar, e))) {
                        problems.add(b.coordinates() + ": " + e.getName() + " is not carried whole");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theLiberationFontsKeepTheirLicence() {
        assertNotNull(shaded.getEntry("liberation/LICENSE"), "the Liberation fonts' OFL text is missing");
    }

    @Test
    void theMergedNoticeHasEveryLineOfEveryBundledNotice() throws IOException {
        ZipEntry merged = shaded.getEntry("META-INF/NOTICE");
        assertNotNull(merged, "secnotes.jar has no META-INF/NOTICE");
        String notice = text(shaded, merged);
        List<String> problems = new ArrayList<>();
        for (Bundled b : bundled) {
            try (ZipFile jar = new ZipFile(b.jar().toFile())) {
                for (ZipEntry e : jar.stream().filter(e -> e.getName().startsWith("META-INF/NOTICE")).toList()) {
                    Arrays.stream(text(jar, e).split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
                            .filter(l -> !notice.contains(l))
                            .forEach(l -> problems.add(b.coordinates() + " " + e.getName() + ": " + l));
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(notice.contains("Apache PDFBox"), notice);
    }

    @Test
    void secnotesOwnJarsAndTheShadedJarCarryTheProjectLicence() throws IOException {
        String licence = Files.readString(ROOT_LICENSE);
        assertEquals(licence, text(shaded, shaded.getEntry("META-INF/LICENSE")));
        List<Bundled> ours = bundled.stream().filter(b -> b.coordinates().startsWith("org.secnotes:")).toList();
        assertFalse(ours.isEmpty(), "no secnotes jar on the class path");
        for (Bundled b : ours) {
            try (ZipFile jar = new ZipFile(b.jar().toFile())) {
                ZipEntry e = jar.getEntry("META-INF/LICENSE");
                assertNotNull(e, b.jar() + " has no META-INF/LICENSE");
                assertEquals(licence, text(jar, e), b.jar() + ": META-INF/LICENSE is not the project's");
            }
        }
    }

    private static boolean isLicenceOrNotice(ZipEntry e) {
        return !e.isDirectory() && (e.getName().startsWith("META-INF/LICENSE") || e.getName().startsWith("META-INF/NOTICE"));
    }

    /** A jar is bundled if one of its own files (outside META-INF) is in secnotes.jar. */
    private static boolean isBundled(Path jar) {
        try (ZipFile z = new ZipFile(jar.toFile())) {
            return z.stream().filter(e -> !e.isDirectory() && !e.getName().startsWith("META-INF/"))
                    .anyMatch(e -> shaded.getEntry(e.getName()) != null);
        } catch (IOException e) {
            throw new UncheckedIOException(jar.toString(), e);
        }
    }

    /** groupId:artifactId from the jar's pom.properties, or else from its place in a Maven repository. */
    private static String coordinatesOf(Path jar) throws IOException {
        try (ZipFile z = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> poms = z.stream()
                    .filter(e -> e.getName().matches("META-INF/maven/[^/]+/[^/]+/pom.properties")).toList();
            if (poms.size() == 1) {
                Properties p = new Properties();
                try (InputStream in = z.getInputStream(poms.get(0))) {
                    p.load(in);
                }
                return p.getProperty("groupId") + ":" + p.getProperty("artifactId");
            }
        }
        // .../<group as folders>/<artifactId>/<version>/<artifactId>-<version>.jar
        Path version = jar.toAbsolutePath().getParent();
        Path artifact = version.getParent();
        Path repository = Path.of(System.getProperty("user.home"), ".m2", "repository");
        for (Path p = artifact.getParent(); p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals("repository")) {
                repository = p;
                break;
            }
        }
        String group = repository.relativize(artifact.getParent()).toString().replace(File.separatorChar, '.');
        return group + ":" + artifact.getFileName();
    }

    private static List<String[]> thirdPartyListing() throws IOException {
        ZipEntry e = shaded.getEntry("META-INF/THIRD-PARTY.txt");
        if (e == null) {
            fail("secnotes.jar has no META-INF/THIRD-PARTY.txt");
        }
        return text(shaded, e).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\s+")).toList();
    }

    private static boolean matches(String glob, String coordinates) {
        return coordinates.matches(Pattern.quote(glob).replace("*", "\\E.*\\Q"));
    }

    private static String text(ZipFile zip, ZipEntry e) {
        try (InputStream in = zip.getInputStream(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException x) {
            throw new UncheckedIOException(e.getName(), x);
        }
    }
}
