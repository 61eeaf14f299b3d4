package org.secnotes.beam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secnotes.SecNotes;
import org.secnotes.core.Language;
import org.secnotes.examples.cli.SecNotesCommand;
import org.secnotes.render.OutputFormat;
import org.secnotes.render.NoteRenderer;
import org.secnotes.render.pdf.PdfRenderer;
import org.secnotes.templates.LocalizedNote;

/**
 * The pipeline on the DirectRunner against the command line on the same sources: every example
 * note, found in {@code examples/notes} (the six-language one among them), and some bad sources (a date that does not exist, a pair of versions that disagree, a
 * binary file and a file that is not UTF-8).
 */
class RenderNotesPipelineTest {

    private static final Path EXAMPLES = Path.of("../notes");
    private static final Path BAD = Path.of("src/test/resources/sources");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    /**
     * The example notes' versions, read from the folder (each file's language from its name, its
     * note's first symbol from its front matter), so that a new example note is covered without
     * a word here. The expected output names follow the command line's documented rule, the
     * symbol with its slashes as underscores: {@code CTOC_COP_2018_10.es}.
     */
    private static final List<Version> VERSIONS = exampleVersions();

    private static Path input;
    private static Path cliOut;
    private static String cliErrors;
    private static Path beamOut;
    private static Summary first;

    @BeforeAll
    static void renderBothWays() throws IOException {
        input = Files.createDirectories(work.resolve("in"));
        for (Path folder : List.of(EXAMPLES, BAD)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.collect(Collectors.toList())) {
                    Files.copy(file, input.resolve(file.getFileName()));
                }
            }
        }
        Files.write(input.resolve("binary.en.md"), new byte[] {'-', '-', '-', '\n', 0, 1, 2});
        Files.write(input.resolve("latin1.fr.md"), "---\ntitle: R\u00e9sum\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));

        cliOut = work.resolve("cli");
        StringWriter err = new StringWriter();
        int status = SecNotesCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "render", input.toAbsolutePath().toString(), "--out", cliOut.toString(), "--quiet");
        assertEquals(1, status, "the command line fails when a source does");
        cliErrors = err.toString();

        beamOut = work.resolve("beam");
        first = run(beamOut, RenderNotes.to(beamOut.toString()));
    }

    /** One example version: its first symbol and its language's code. */
    record Version(String symbol, String language) {
        String fileName() {
            return symbol.replace('/', '_') + "." + language;
        }
    }

    private static List<Version> exampleVersions() {
        List<Version> versions = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().collect(Collectors.toList())) {
                String name = file.getFileName().toString();
                String language = name.substring(name.lastIndexOf('.', name.length() - 4) + 1, name.length() - 3);
                String symbol = Files.readAllLines(file).stream().filter(line -> line.startsWith("symbol:")).findFirst()
                        .orElseThrow(() -> new AssertionError(file + " has no symbol"))
                        .substring("symbol:".length()).replaceAll("#.*", "").replaceAll("[\\[\\]]", "").split(",")[0].strip();
                versions.add(new Version(symbol, language));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return versions;
    }

    /** The output names of the example versions in some languages and formats. */
    private static Set<String> expectedOutputs(Set<String> languages, Set<String> extensions) {
        Set<String> names = new TreeSet<>();
        for (Version version : VERSIONS) {
            if (languages.contains(version.language())) {
                extensions.forEach(extension -> names.add(version.fileName() + "." + extension));
            }
        }
        return names;
    }

    private static final Set<String> ALL_LANGUAGES = Stream.of(Language.values()).map(Language::code)
            .collect(Collectors.toSet());

    /** Every output of the example notes: Markdown and PDF of each version. */
    private static Set<String> allOutputs() {
        return expectedOutputs(ALL_LANGUAGES, Set.of("md", "pdf"));
    }

    /** The pipeline's outcome: its counters. */
    record Summary(long rendered, long unchanged, long failed) {
    }

    private static Summary run(Path out, RenderNotes render) {
        DirectOptions options = PipelineOptionsFactory.as(DirectOptions.class);
        options.setTargetParallelism(2);
        options.setBlockOnRun(true);
        Pipeline pipeline = Pipeline.create(options);
        SecNotesPipeline.build(pipeline, SecNotesPipeline.patterns(input.toString()), out.toString(), render);
        PipelineResult result = pipeline.run();
        result.waitUntilFinish();
        return new Summary(SecNotesPipeline.counter(result, RenderNotes.RENDERED),
                SecNotesPipeline.counter(result, RenderNotes.UNCHANGED), SecNotesPipeline.counter(result, RenderNotes.FAILED));
    }

    /** Every regular file under a folder but hidden ones (temporary files), by relative name, with its bytes. */
    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith(".")).collect(Collectors.toList())) {
                files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static Map<String, byte[]> outputs(Path folder) throws IOException {
        Map<String, byte[]> all = files(folder);
        all.keySet().removeIf(name -> name.startsWith("_"));
        return all;
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static Path deadLetters(Path out) {
        return out.resolve("_errors/dead-letters-00000-of-00001.jsonl");
    }

    private static Path manifest(Path out) {
        return out.resolve("_manifest/manifest-00000-of-00001.jsonl");
    }

    @Test
    void theExampleNotesCoverAllSixLanguages() {
        // Arabic and Chinese need fonts the workers must carry: without them, their PDFs fail on
        // the workers, and the comparison below fails with them.
        assertEquals(ALL_LANGUAGES, VERSIONS.stream().map(Version::language).collect(Collectors.toSet()));
    }

    @Test
    void writesTheCommandLinesFilesByteForByte() throws IOException {
        Map<String, byte[]> cli = outputs(cliOut);
        Map<String, byte[]> beam = outputs(beamOut);
        assertEquals(allOutputs(), beam.keySet());
        assertEquals(cli.keySet(), beam.keySet());
        for (String name : cli.keySet()) {
            assertArrayEquals(cli.get(name), beam.get(name), name);
        }
        int files = allOutputs().size();
        assertEquals(new Summary(files, 0, 4), first, files + " files, none there before; 4 dead letters");
    }

    @Test
    void aBadSourceIsADeadLetterWithTheCommandLinesMessage() throws IOException {
        List<JsonNode> dead = lines(deadLetters(beamOut));
        Set<String> cliMessages = cliErrors.lines().filter(line -> line.startsWith("error: "))
                .map(line -> line.substring("error: ".length())).collect(Collectors.toCollection(TreeSet::new));
        Set<String> beamMessages = dead.stream().map(node -> node.get("message").asText())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(cliMessages, beamMessages);

        Map<String, String> stageByFile = new TreeMap<>();
        for (JsonNode node : dead) {
            List<JsonNode> files = node.has("file") ? List.of(node.get("file")) : List.copyOf(toList(node.get("sources")));
            String names = files.stream().map(file -> Path.of(file.asText()).getFileName().toString())
                    .collect(Collectors.joining(" + "));
            stageByFile.put(names, node.get("stage").asText());
        }
        // The pair that disagrees is one failure naming both files, as the command line reports it.
        assertEquals(Map.of("bad-date.es.md", "read", "binary.en.md", "read", "latin1.fr.md", "read",
                "disagree.en.md + disagree.es.md", "assemble"), stageByFile);

        JsonNode date = dead.stream().filter(node -> node.has("file") && node.get("file").asText().endsWith("bad-date.es.md")).findFirst().orElseThrow();
        assertEquals(7, date.get("line").asInt());
        assertEquals("date", date.get("field").asText());
        assertEquals("'2031-06-31' is not a date; expected YYYY-MM-DD, such as 2018-06-18", date.get("reason").asText());
        assertEquals(input.resolve("bad-date.es.md").toAbsolutePath() + ":7: date: " + date.get("reason").asText(),
                date.get("message").asText());
    }

    @Test
    void theManifestListsEachFileWithItsHash() throws IOException {
        List<JsonNode> manifest = lines(manifest(beamOut));
        Map<String, byte[]> beam = outputs(beamOut);
        assertEquals(beam.size(), manifest.size());
        for (JsonNode line : manifest) {
            byte[] bytes = beam.get(line.get("file").asText());
            assertEquals(bytes.length, line.get("bytes").asLong());
            assertEquals(sha256(bytes), line.get("sha256").asText());
            long versions = VERSIONS.stream().filter(v -> v.symbol().equals(line.get("symbol").asText())).count();
            assertEquals(versions, line.get("sources").size(), "every version's source");
        }
    }

    @Test
    void leavesNoTemporaryFiles() throws IOException {
        assertEquals(Set.of(), temporaries(beamOut));
    }

    private static Set<String> temporaries(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith(".") || name.endsWith(".part") || name.contains("temp-beam"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void aSecondRunChangesNothing() throws IOException {
        Map<String, byte[]> before = files(beamOut);
        Map<String, FileTime> times = new TreeMap<>();
        for (String name : before.keySet()) {
            times.put(name, Files.getLastModifiedTime(beamOut.resolve(name)));
        }
        Summary again = run(beamOut, RenderNotes.to(beamOut.toString()));
        int files = allOutputs().size();
        assertEquals(new Summary(files, files, 4), again, "all " + files + " found up to date");
        Map<String, byte[]> after = files(beamOut);
        assertEquals(before.keySet(), after.keySet());
        for (String name : before.keySet()) {
            assertArrayEquals(before.get(name), after.get(name), name);
            assertEquals(times.get(name), Files.getLastModifiedTime(beamOut.resolve(name)), name + " was rewritten");
        }
        assertEquals(Set.of(), temporaries(beamOut));
    }

    @Test
    void aWorkerThatFailsMidRenderLeavesNoPartialFileAndTheRetryCompletes() throws IOException {
        Path out = work.resolve("retry");
        FailOnce.armed.set(true);
        RenderNotes failing = RenderNotes.to(out.toString()).using(new FailOnce());
        // The DirectRunner does not retry a failed bundle: it fails the run. A cluster runner runs
        // the bundle again, which the second run stands in for.
        assertThrows(RuntimeException.class, () -> run(out, failing));
        assertFalse(FailOnce.armed.get(), "the failure was injected");
        assertFalse(Files.exists(out.resolve("CTOC_COP_2018_10.en.pdf")), "no partial file");
        // Other bundles may still be writing when the failed run returns, as on a cluster: their
        // hidden temporary files come and go, but every file under its real name is complete.
        for (Map.Entry<String, byte[]> file : outputs(out).entrySet()) {
            assertArrayEquals(Files.readAllBytes(cliOut.resolve(file.getKey())), file.getValue(), file.getKey());
        }

        Summary retry = run(out, failing);
        assertEquals(allOutputs().size(), retry.rendered());
        assertArrayEquals(Files.readAllBytes(cliOut.resolve("CTOC_COP_2018_10.en.pdf")),
                Files.readAllBytes(out.resolve("CTOC_COP_2018_10.en.pdf")));
        assertEquals(Set.of(), temporaries(out));
    }

    @Test
    void theCustomisationReachesTheWorkers() throws IOException {
        assertTrue(Files.readString(beamOut.resolve("CTOC_COP_2018_10.es.md")).contains("https://undocs.org/es/"),
                "by default, links go to undocs.org");
        Path custom = work.resolve("custom-links");
        SecNotesConfig config = SecNotesConfig.builder().linkPattern("https://documents.example.org/{lang}/{symbol}").build();
        run(custom, RenderNotes.to(custom.toString()).using(config)
                .formats(Set.of(OutputFormat.MARKDOWN)).languages(Set.of(Language.ES)));
        assertEquals(expectedOutputs(Set.of("es"), Set.of("md")), outputs(custom).keySet());
        String linked = Files.readString(custom.resolve("CTOC_COP_2018_10.es.md"));
        assertTrue(linked.contains("https://documents.example.org/es/"), "the configured links");
        assertFalse(linked.contains("https://undocs.org/"));
    }

    @Test
    void theRunnableExitsNonZeroWhenASourceFailedAndStillWritesTheGoodOnes() throws IOException {
        Path out = work.resolve("main");
        // The folder, and one of its files again: a source matched twice is read once.
        String sources = input + "," + input.resolve("cop-working-groups.en.md");
        SecNotesPipelineOptions options = PipelineOptionsFactory.fromArgs("--input=" + sources, "--output=" + out,
                "--lang=en", "--format=pdf", "--targetParallelism=2").withValidation().as(SecNotesPipelineOptions.class);
        assertEquals(1, SecNotesPipeline.run(options));
        assertEquals(expectedOutputs(Set.of("en"), Set.of("pdf")), outputs(out).keySet());
        assertEquals(4, lines(deadLetters(out)).size());

        options.setMaxFailures(4);
        assertEquals(0, SecNotesPipeline.run(options), "within --maxFailures");
    }

    @Test
    void aMissingInputFailsTheRunWithoutACrash() {
        Path out = work.resolve("missing");
        SecNotesPipelineOptions options = PipelineOptionsFactory.fromArgs("--input=" + work.resolve("no-such.en.md"),
                "--output=" + out, "--targetParallelism=2").withValidation().as(SecNotesPipelineOptions.class);
        assertEquals(1, SecNotesPipeline.run(options));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The standard facade, except that the first English PDF of CTOC/COP/2018/10 fails halfway
     * through, as a worker does when its disk or connection goes.
     */
    static final class FailOnce implements SecNotesFactory {
        private static final long serialVersionUID = 1L;
        static final AtomicBoolean armed = new AtomicBoolean();

        @Override
        public SecNotes create() {
            NoteRenderer pdf = PdfRenderer.builder().build();
            return SecNotes.builder().pdf(new NoteRenderer() {
                @Override
                public String extension() {
                    return pdf.extension();
                }

                @Override
                public void render(LocalizedNote note, OutputStream out) throws IOException {
                    boolean fail = note.language() == Language.EN
                            && note.primarySymbol().value().equals("CTOC/COP/2018/10") && armed.compareAndSet(true, false);
                    if (fail) {
                        out.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
                        throw new IOException("injected: the worker lost its disk");
                    }
                    pdf.render(note, out);
                }
            }).build();
        }
    }
}
