package org.filmlens.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationStance;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.corpus.Corpus;
import org.filmlens.storage.VersionedJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class W3cExportImportTest {
    /**
     * CI clones the repository with shared/ beside it and tests run in the project folder; FILMLENS_W3C_KIT names
     * the kit elsewhere (e.g. from a git worktree).
     */
    static final Path KIT = System.getenv("FILMLENS_W3C_KIT") != null ? Path.of(System.getenv("FILMLENS_W3C_KIT"))
            : Path.of("..", "shared", "w3c-annotation");

    @TempDir
    Path dir;

    private final Corpus corpus = TestCorpus.create()
            .source("a", "https://example.org/her-ending", "Intro.\n\nThe ending is a letter, \"quoted\", with a "
                    + "comma.\n\nLast line.")
            .source("b", null, "Only a source without url.\n\nIt has a second paragraph.")
            .build();
    private AnnotationStore store;
    private List<Annotation> made;

    @BeforeEach
    void annotate() throws Exception {
        store = AnnotationStore.open(dir.resolve("ws"));
        AnnotationTargets targets = new AnnotationTargets(corpus, Analysis.empty());
        made = new ArrayList<>();
        int start = corpus.source("a").orElseThrow().text().indexOf("a letter");
        made.add(store.add(targets.passageSpan("a-p1", start, start + 8), "Why a letter?\nTwo lines.",
                List.of("ending", "letter"), AnnotationStance.AGREE));
        made.add(store.add(targets.passageSpan("b-p1", null, null), "", List.of("only-tag"), null));
        made.add(store.add(AnnotationTarget.scene("scene-3"), "the beach scene", List.of(), AnnotationStance.UNSURE));
        made.add(store.add(AnnotationTarget.endingQuestion("q1"), "is it hopeful?", List.of("ending"), null));
    }

    private String exported() throws Exception {
        return new W3cExport(corpus).collection(store.list());
    }

    @Test
    void exportCarriesNoteTagsSelectorsAndStableSourceIris() throws Exception {
        JsonNode root = VersionedJson.mapper().readTree(exported());
        assertEquals("AnnotationCollection", root.path("type").asText());
        JsonNode items = root.path("first").path("items");
        assertEquals(4, items.size());
        JsonNode first = items.get(0);
        assertEquals("urn:uuid:" + made.get(0).id(), first.path("id").asText());
        assertEquals("commenting", first.path("body").get(0).path("purpose").asText());
        assertEquals("Why a letter?\nTwo lines.", first.path("body").get(0).path("value").asText());
        assertEquals("tagging", first.path("body").get(1).path("purpose").asText());
        assertEquals("https://example.org/her-ending", first.path("target").path("source").asText());
        JsonNode selectors = first.path("target").path("selector");
        assertEquals("TextQuoteSelector", selectors.get(0).path("type").asText());
        assertEquals("a letter", selectors.get(0).path("exact").asText());
        assertEquals("TextPositionSelector", selectors.get(1).path("type").asText());
        assertEquals(made.get(0).target().start().intValue(), selectors.get(1).path("start").asInt());
        assertEquals("urn:filmlens:source:b", items.get(1).path("target").path("source").asText());
        assertEquals("urn:filmlens:scene:scene-3", items.get(2).path("target").asText());
    }

    @Test
    void exportThenImportIntoAnEmptyWorkspaceGivesTheSameAnnotations() throws Exception {
        Path file = dir.resolve("export.jsonld");
        Files.writeString(file, exported());
        AnnotationStore fresh = AnnotationStore.open(dir.resolve("other"));
        ImportReport report = new W3cImport(corpus).importInto(fresh, file);
        assertEquals(new ImportReport(4, 0, 0, 0), report);
        assertEquals(made, fresh.list(), "ids, targets, notes, tags, stances and times survive the round trip");

        ImportReport again = new W3cImport(corpus).importInto(fresh, file);
        assertEquals(new ImportReport(0, 0, 0, 4), again, "duplicates by id are not doubled");
        assertEquals(4, fresh.list().size());

        // the same note edited later in another copy: the import takes the edit
        Annotation first = fresh.list().get(0);
        String later = java.time.Instant.parse(first.modified()).plusSeconds(60).toString();
        Files.writeString(file, exported().replace("\"" + first.modified() + "\"", "\"" + later + "\"")
                .replace(org.filmlens.storage.VersionedJson.mapper().writeValueAsString(first.note()),
                        "\"edited elsewhere\""));
        ImportReport edited = new W3cImport(corpus).importInto(fresh, file);
        assertEquals(1, edited.updated(), edited.toString());
        assertEquals("edited elsewhere", fresh.get(first.id()).orElseThrow().note());
        assertEquals(4, fresh.list().size());
    }

    @Test
    void importAnchorsAgainstTheCurrentCorpusAndKeepsWhatItCannotPlace() throws Exception {
        Path file = dir.resolve("export.jsonld");
        Files.writeString(file, exported());
        Corpus changed = TestCorpus.create()
                .source("a", "https://example.org/her-ending", "A new intro.\n\nIntro.\n\nThe ending is a letter, "
                        + "\"quoted\", with a comma.")
                .build();
        AnnotationStore fresh = AnnotationStore.open(dir.resolve("changed"));
        ImportReport report = new W3cImport(changed).importInto(fresh, file);
        assertEquals(4, report.imported());
        assertEquals(1, report.unanchored(), "source b is gone from this corpus");
        Annotation letter = fresh.get(made.get(0).id()).orElseThrow();
        assertEquals(changed.source("a").orElseThrow().text().indexOf("a letter"), letter.target().start());
        assertEquals("a-p2", letter.target().passageId());
        assertTrue(fresh.get(made.get(1).id()).orElseThrow().unplaced());
    }

    @Test
    void importReadsSingleAnnotationsArraysAndForeignIds() throws Exception {
        String single = "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"id\":\"http://example.org/anno9\","
                + "\"type\":\"Annotation\",\"bodyValue\":\"plain note\",\"target\":{\"source\":"
                + "\"https://example.org/her-ending\",\"selector\":{\"type\":\"TextPositionSelector\",\"start\":0,"
                + "\"end\":6}}}";
        Path one = dir.resolve("one.json");
        Files.writeString(one, single);
        AnnotationStore fresh = AnnotationStore.open(dir.resolve("single"));
        assertEquals(new ImportReport(1, 0, 0, 0), new W3cImport(corpus).importInto(fresh, one));
        Annotation a = fresh.list().get(0);
        assertEquals("plain note", a.note());
        assertEquals("Intro.", a.target().exact());
        Path array = dir.resolve("array.json");
        Files.writeString(array, "[" + single + "]");
        assertEquals(new ImportReport(0, 0, 0, 1), new W3cImport(corpus).importInto(fresh, array),
                "a foreign id maps to the same local id each time");
    }

    /** Windows' editors start a UTF-8 file with a byte-order mark, and some save UTF-16: both are read. */
    @Test
    void importReadsAByteOrderMarkAndUtf16() throws Exception {
        String single = "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"id\":\"http://example.org/bom1\","
                + "\"type\":\"Annotation\",\"bodyValue\":\"caf\u00e9 note\",\"target\":{\"source\":"
                + "\"https://example.org/her-ending\",\"selector\":{\"type\":\"TextPositionSelector\",\"start\":0,"
                + "\"end\":6}}}";
        Path bom = dir.resolve("bom.json");
        Files.write(bom, ("\uFEFF" + single).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        AnnotationStore fresh = AnnotationStore.open(dir.resolve("bom"));
        assertEquals(new ImportReport(1, 0, 0, 0), new W3cImport(corpus).importInto(fresh, bom));
        assertEquals("caf\u00e9 note", fresh.list().get(0).note());
        Path utf16 = dir.resolve("utf16.json");
        Files.write(utf16, single.replace("bom1", "bom2").getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertEquals(new ImportReport(1, 0, 0, 0), new W3cImport(corpus).importInto(fresh, utf16));
    }

    @Test
    void aPositionAloneIsTakenAsItIsEvenWhereItsTextIsCommon() throws Exception {
        // the word at the position occurs more often before it than a text search looks through
        String text = "the ".repeat(12_000) + "end.";
        Corpus long1 = TestCorpus.create().source("long", "https://example.org/long", text).build();
        int start = text.lastIndexOf("the");
        Path file = dir.resolve("position.json");
        Files.writeString(file, "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"id\":\"http://example.org/a1\","
                + "\"type\":\"Annotation\",\"bodyValue\":\"the last one\",\"target\":{\"source\":"
                + "\"https://example.org/long\",\"selector\":{\"type\":\"TextPositionSelector\",\"start\":" + start
                + ",\"end\":" + (start + 3) + "}}}");
        AnnotationStore fresh = AnnotationStore.open(dir.resolve("position"));
        assertEquals(new ImportReport(1, 0, 0, 0), new W3cImport(long1).importInto(fresh, file));
        assertEquals(start, fresh.list().get(0).target().start());
    }

    /** What an import cannot take as it is, it says, naming the annotation: nothing is dropped without a word. */
    @Test
    void importSaysWhatItLeftOutOrReplaced() throws Exception {
        String text = "The keeper waits on the rock for the boat.";
        Corpus one = TestCorpus.create().source("rock", "https://example.org/rock", text).build();
        Path file = dir.resolve("odd.json");
        Files.writeString(file, "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"id\":\"http://example.org/a1\","
                + "\"type\":\"Annotation\",\"created\":\"not a date\",\"body\":[{\"type\":\"TextualBody\","
                + "\"value\":42},{\"type\":\"TextualBody\",\"value\":\"the boat\"}],\"target\":{\"source\":"
                + "\"https://example.org/rock\",\"selector\":{\"type\":\"TextQuoteSelector\",\"exact\":\"the boat\"}}}");
        ImportReport report = new W3cImport(one).importInto(AnnotationStore.open(dir.resolve("odd")), file);
        assertEquals(1, report.imported());
        assertEquals(2, report.notices().size(), report.notices().toString());
        assertTrue(report.notices().get(0).contains("annotation 1: a body's value is not text (42)"),
                report.notices().toString());
        assertTrue(report.notices().get(1).contains("\"created\" is not a date"), report.notices().toString());
    }

    @Test
    void importRefusesWhatIsNotWebAnnotationWithTheFileInTheMessage() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"type\":\"Note\",\"target\":\"http://x.org/\"}");
        AnnotationException e = assertThrows(AnnotationException.class,
                () -> new W3cImport(corpus).importInto(store, bad));
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("Annotation"), e.getMessage());
        Files.writeString(bad, "[{\"@context\":\"x\",\"type\":\"Annotation\"}] trailing");
        assertThrows(AnnotationException.class, () -> new W3cImport(corpus).importInto(store, bad));
        Files.writeString(bad, "[{\"type\":\"Annotation\",\"body\":{\"value\":\"x\"");
        e = assertThrows(AnnotationException.class, () -> new W3cImport(corpus).importInto(store, bad));
        assertTrue(e.getMessage().contains("(opened at line 1)") && !e.getMessage().contains("REDACTED"),
                "where, in the file's terms: " + e.getMessage());
        assertEquals(4, store.list().size());
    }

    @Test
    void theJavaReadingOfTheMustRulesAgreesWithTheKitsOwnCases() throws Exception {
        Path cases = KIT.resolve("examples/cases");
        assumeTrue(Files.isDirectory(cases), "W3C kit not found at " + KIT.toAbsolutePath());
        assertEquals(List.of(), W3cMustRules.check(read(cases.resolve("a_valid.json"))));
        for (String bad : List.of("b1_no_context", "b2_type_note", "b3_no_target", "b4_position_no_end")) {
            assertFalse(W3cMustRules.check(read(cases.resolve(bad + ".json"))).isEmpty(), bad + " must fail");
        }
        JsonNode collection = read(KIT.resolve("examples/w3c/collection1.json"));
        for (JsonNode item : collection.path("first").path("items")) {
            com.fasterxml.jackson.databind.node.ObjectNode withContext = item.deepCopy();
            withContext.put("@context", W3cExport.CONTEXT);
            assertEquals(List.of(), W3cMustRules.check(withContext), item.path("id").asText());
        }
    }

    @Test
    void ourExportPassesTheJavaReadingOfTheMustRules() throws Exception {
        for (JsonNode item : VersionedJson.mapper().readTree(exported()).path("first").path("items")) {
            assertEquals(List.of(), W3cMustRules.check(item), item.toString());
        }
    }

    @Test
    void ourExportPassesTheW3cKit() throws Exception {
        Path checker = KIT.resolve("check_annotations.py");
        assumeTrue(Files.isRegularFile(checker), "W3C kit not found at " + KIT.toAbsolutePath());
        String python = python();
        assumeTrue(python != null, "python3 not found; the W3C kit cannot run");
        Path collection = dir.resolve("collection.jsonld");
        Files.writeString(collection, exported());
        assertKitPasses(python, checker, collection, 4);
        Path single = dir.resolve("single.jsonld");
        Files.writeString(single, new W3cExport(corpus).single(made.get(0)));
        assertKitPasses(python, checker, single, 1);
        Path array = dir.resolve("array.jsonld");
        Files.writeString(array, "[" + new W3cExport(corpus).single(made.get(1)) + ","
                + new W3cExport(corpus).single(made.get(2)) + "]");
        assertKitPasses(python, checker, array, 2);
        // The kit really fails bad input here: its own failing case must fail.
        Result bad = run(python, checker, KIT.resolve("examples/cases/b3_no_target.json"));
        assertEquals(1, bad.exit(), bad.output());
    }

    private static void assertKitPasses(String python, Path checker, Path file, int count) throws Exception {
        Result r = run(python, checker, file);
        assertTrue(r.exit() != 2 || !r.output().contains("python3-jsonschema"),
                "the W3C kit needs python3-jsonschema (apt-get install -y python3-jsonschema): " + r.output());
        // the kit stops on references it cannot resolve: most often a jsonschema other than Debian's (a pip install,
        // 4.18 on, resolves them differently), else a file missing from its definitions
        assertTrue(r.exit() != 2 || !r.output().contains("KIT ERROR"), "the W3C kit could not run with " + python
                + ": it wants Debian's python3-jsonschema (apt-get install -y python3-jsonschema) and its"
                + " definitions/ folder whole\n" + r.output());
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains(count + " annotations") && r.output().contains(" 0 failures"), r.output());
    }

    private record Result(int exit, String output) {}

    private static Result run(String python, Path checker, Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(python, checker.toString(), file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    /** The kit wants the Debian python3 with python3-jsonschema; prefer one that has jsonschema. */
    private static String python() throws InterruptedException {
        String fallback = null;
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import jsonschema").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor() == 0) {
                    return candidate;
                }
                fallback = fallback == null ? candidate : fallback;
            } catch (IOException notThere) {
                // try the next one
            }
        }
        return fallback;
    }

    private static JsonNode read(Path file) throws IOException {
        return VersionedJson.mapper().readTree(Files.readString(file));
    }

    static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }
}
