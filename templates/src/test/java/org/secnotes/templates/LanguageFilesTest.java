package org.secnotes.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every language file says everything the English one says, so no language fails on a note the others take. */
class LanguageFilesTest {

    private static final Path LANG = Path.of("src", "main", "resources", "org", "secnotes", "templates", "lang");

    static Stream<String> languageFiles() throws IOException {
        try (Stream<Path> files = Files.list(LANG)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.equals("en.properties")).sorted().toList();
            assertTrue(names.size() >= 4, "the language files: " + names);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languageFiles")
    void definesEveryKeyOfTheEnglishFile(String file) throws IOException {
        Set<String> missing = new TreeSet<>(keys("en.properties"));
        missing.removeAll(keys(file));
        assertEquals(Set.of(), missing, file + " lacks keys that en.properties defines");
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(LANG.resolve(file))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
