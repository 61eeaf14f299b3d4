package org.secnotes.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding snippet compiles as a user would paste it, against secnotes as built. */
class ReadmeSnippetTest {

    private static final Pattern SNIPPET =
            Pattern.compile("## Embedding\\R+```java\\R(.*?)\\R```", Pattern.DOTALL);
    private static final Pattern CLASS_NAME = Pattern.compile("public class (\\w+)");

    @Test
    void theEmbeddingSnippetCompilesAsPasted(@TempDir Path dir) throws Exception {
        Matcher m = SNIPPET.matcher(Files.readString(Path.of("..", "README.md")));
        assertTrue(m.find(), "README.md has no ```java block right under \"## Embedding\"");
        String source = m.group(1);
        Matcher name = CLASS_NAME.matcher(source);
        assertTrue(name.find(), "the snippet declares no public class, so it cannot be pasted into a file");
        Path file = dir.resolve(name.group(1) + ".java");
        Files.writeString(file, source);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "no system Java compiler (a JRE, not a JDK?)");
        StringWriter errors = new StringWriter();
        Boolean ok = javac.getTask(errors, null, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString(), "-Xlint:all"),
                null, javac.getStandardFileManager(null, null, null).getJavaFileObjects(file)).call();
        assertEquals("", errors.toString(), "javac said something about the README's snippet");
        assertTrue(ok);
        assertTrue(Files.isRegularFile(dir.resolve(name.group(1) + ".class")));
    }
}
