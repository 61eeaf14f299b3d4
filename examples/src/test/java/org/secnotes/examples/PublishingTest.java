package org.secnotes.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a user of Maven Central relies on: the BOM lists every published artifact at the project's
 * version, and carries the same licence, address and source-control metadata as the parent POM
 * (the BOM has no parent, so nothing keeps them equal but this test).
 *
 * <p>Published means: a module of the build, found by following {@code <modules>} from the root
 * POM, with jar packaging and without {@code maven.deploy.skip} set to true.
 */
class PublishingTest {

    private static final Path ROOT = Path.of("..");
    private static final Path BOM = ROOT.resolve("core/bom/pom.xml");

    /** One module's POM, as much of it as this test reads. */
    private record Module(Path dir, Element pom) {
        String artifactId() {
            return child(pom, "artifactId").getTextContent().strip();
        }

        String packaging() {
            Element p = child(pom, "packaging");
            return p == null ? "jar" : p.getTextContent().strip();
        }

        String property(String name) {
            Element properties = child(pom, "properties");
            Element p = properties == null ? null : child(properties, name);
            return p == null ? null : p.getTextContent().strip();
        }
    }

    @Test
    void theBomListsEveryPublishedArtifactAndNothingElse() throws Exception {
        Set<String> published = new TreeSet<>();
        for (Module m : modules()) {
            if (m.packaging().equals("jar") && !"true".equals(m.property("maven.deploy.skip"))) {
                published.add(m.artifactId());
            }
        }
        Set<String> listed = new TreeSet<>();
        Element bom = read(BOM);
        for (Element d : children(child(child(bom, "dependencyManagement"), "dependencies"), "dependency")) {
            assertEquals("org.secnotes", text(d, "groupId"));
            assertEquals("${project.version}", text(d, "version"));
            listed.add(text(d, "artifactId"));
        }
        assertFalse(published.isEmpty());
        assertEquals(published, listed, "core/bom/pom.xml must list exactly the published modules");
    }

    @Test
    void theBomHasTheParentsVersionAndMetadata() throws Exception {
        Element parent = read(ROOT.resolve("pom.xml"));
        Element bom = read(BOM);
        assertEquals(text(parent, "groupId"), text(bom, "groupId"));
        assertEquals(text(parent, "version"), text(bom, "version"));
        for (String field : List.of("url", "inceptionYear", "licenses", "developers", "scm")) {
            assertEquals(normalized(child(parent, field)), normalized(child(bom, field)), field);
        }
    }

    @Test
    void everyJarNamesItsOwnJavaModule() throws Exception {
        Set<String> names = new HashSet<>();
        for (Module m : modules()) {
            if (m.packaging().equals("jar")) {
                String name = m.property("secnotes.module.name");
                assertNotEquals(null, name, m.dir() + " sets no secnotes.module.name (Automatic-Module-Name)");
                assertEquals(true, names.add(name), name + " is used twice");
            }
        }
    }

    private static List<Module> modules() throws Exception {
        List<Module> found = new ArrayList<>();
        collect(ROOT, found);
        return found;
    }

    private static void collect(Path dir, List<Module> found) throws Exception {
        Element pom = read(dir.resolve("pom.xml"));
        if (!dir.equals(ROOT)) {
            found.add(new Module(dir, pom));
        }
        Element modules = child(pom, "modules");
        if (modules != null) {
            for (Element m : children(modules, "module")) {
                collect(dir.resolve(m.getTextContent().strip()), found);
            }
        }
    }

    private static Element read(Path pom) throws Exception {
        if (!Files.isRegularFile(pom)) {
            throw new AssertionError(pom + " is missing");
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        return f.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    }

    private static Element child(Element parent, String name) {
        List<Element> all = children(parent, name);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }

    /** The element's text content with white space collapsed; attributes are Maven's, not metadata. */
    private static String normalized(Element e) {
        return e == null ? null : e.getTextContent().replaceAll("\\s+", " ").strip();
    }
}
