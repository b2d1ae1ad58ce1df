package org.filmlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filmlens.workspace.FolderCopies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line contract (docs: cli-contract.md) checked in process through {@link Cli#run}: with --json every
 * command prints exactly one JSON document with the contract's field names and types, offsets cut each passage and
 * quote occurrence out of the text that {@code show} prints, and failures exit 1 (or 2 for bad usage) with one line
 * on stderr and nothing on stdout.
 */
class CliContractTest {
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> KINDS = Set.of("article", "quotes", "listing", "qa", "other");

    @TempDir
    static Path dir;
    static Path workspace;
    static JsonNode ingested;
    static final Map<String, String> TEXTS = new HashMap<>();

    private record Run(int exit, String out, String err) {}

    private static synchronized Run filmlens(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Cli.run(args);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs a command with --json on the shared workspace; it must succeed and print one JSON document only. */
    private static JsonNode json(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--workspace", workspace.toString(), "--json"));
        Run r = filmlens(all.toArray(String[]::new));
        assertEquals(0, r.exit(), () -> String.join(" ", args) + ": " + r.err());
        try {
            return STRICT.readTree(r.out());
        } catch (Exception e) {
            return fail(String.join(" ", args) + " did not print exactly one JSON document: " + e.getMessage());
        }
    }

    @BeforeAll
    static void ingestTheSample() throws Exception {
        workspace = dir.resolve("ws");
        ingested = json("ingest", Path.of("samples/her-2013/her-2013-web-pages.txt").toString());
        for (JsonNode s : json("sources")) {
            TEXTS.put(s.path("id").asText(), json("show", s.path("id").asText()).path("text").asText());
        }
    }

    private static void assertFields(JsonNode node, String what, String... fields) {
        assertTrue(node.isObject(), what + " is an object: " + node);
        for (String f : fields) {
            assertTrue(node.has(f), what + " has \"" + f + "\": " + node);
        }
    }

    private static void assertTextOrNull(JsonNode node, String field) {
        JsonNode v = node.path(field);
        assertTrue(v.isTextual() || v.isNull(), field + " is a string or null: " + node);
    }

    private static void assertInts(JsonNode node, String... fields) {
        for (String f : fields) {
            assertTrue(node.path(f).isIntegralNumber(), f + " is a whole number: " + node);
        }
    }

    private static void assertStrings(JsonNode array, String what) {
        assertTrue(array.isArray(), what + " is an array: " + array);
        array.forEach(v -> assertTrue(v.isTextual(), what + " holds strings: " + array));
    }

    /** The span [start, end) of the source's text equals the given text, as the contract promises. */
    private static void assertOffsets(JsonNode node, String what) {
        String text = TEXTS.get(node.path("sourceId").asText());
        assertTrue(text != null, what + " names a source that `sources` lists: " + node);
        int start = node.path("start").asInt();
        int end = node.path("end").asInt();
        assertTrue(0 <= start && start <= end && end <= text.length(), what + " offsets lie in the source: " + node);
        assertEquals(node.path("text").asText(), text.substring(start, end), what + " text equals its span");
    }

    @Test
    void ingestReportsCounts() {
        assertFields(ingested, "ingest", "sources", "passages", "quotes", "characters", "tookMillis");
        assertInts(ingested, "sources", "passages", "quotes", "characters", "tookMillis");
        assertTrue(ingested.path("sources").asInt() > 0 && ingested.path("passages").asInt() > 0);
    }

    @Test
    void sourcesAndShow() {
        JsonNode sources = json("sources");
        assertTrue(sources.isArray() && sources.size() == ingested.path("sources").asInt(), sources.toString());
        for (JsonNode s : sources) {
            assertFields(s, "source", "id", "title", "site", "author", "url", "kind", "passages");
            assertTrue(s.path("id").isTextual());
            for (String f : List.of("title", "site", "author", "url")) {
                assertTextOrNull(s, f);
            }
            assertTrue(KINDS.contains(s.path("kind").asText()), "kind: " + s);
            assertInts(s, "passages");
        }
        JsonNode shown = json("show", sources.get(0).path("id").asText());
        assertFields(shown, "show", "id", "title", "site", "author", "url", "kind", "text");
        assertTrue(shown.path("text").isTextual() && !shown.path("text").asText().isEmpty());
        assertEquals(sources.get(0).path("id").asText(), shown.path("id").asText());
    }

    @Test
    void corpusOnlyCommandsLeaveTheAnalysisUnread(@TempDir Path tmp) throws Exception {
        Path copy = tmp.resolve("ws");
        FolderCopies.copyTree(workspace, copy);
        Path analysis = copy.resolve("analysis.json");
        Files.writeString(analysis, "{ damaged");
        String id = TEXTS.keySet().iterator().next();
        for (String[] command : List.of(new String[] {"sources"}, new String[] {"show", id},
                new String[] {"passages", "--source", id}, new String[] {"annotations"})) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--workspace", copy.toString(), "--json"));
            Run r = filmlens(args.toArray(String[]::new));
            assertEquals(0, r.exit(), r.err());
            assertEquals(json(command), STRICT.readTree(r.out()), String.join(" ", command));
        }
        assertEquals("{ damaged", Files.readString(analysis), "neither read nor derived again");
        Run characters = filmlens("characters", "--workspace", copy.toString(), "--json");
        assertEquals(0, characters.exit(), characters.err());
        assertEquals(json("characters"), STRICT.readTree(characters.out()), "a command that needs it derives it again");
        assertTrue(Files.readString(analysis).startsWith("{\n  \"formatVersion\""));
    }

    @Test
    void passagesCutFromTheSourceText() {
        JsonNode passages = json("passages");
        assertEquals(ingested.path("passages").asInt(), passages.size());
        for (JsonNode p : passages) {
            assertFields(p, "passage", "id", "sourceId", "section", "start", "end", "text");
            assertTextOrNull(p, "section");
            assertInts(p, "start", "end");
            assertOffsets(p, "passage " + p.path("id").asText());
        }
        String first = passages.get(0).path("sourceId").asText();
        JsonNode ofOne = json("passages", "--source", first);
        assertTrue(ofOne.size() > 0);
        ofOne.forEach(p -> assertEquals(first, p.path("sourceId").asText()));
    }

    private static void assertSearchResult(JsonNode r) {
        assertFields(r, "search result", "query", "total", "tookMicros", "hits");
        assertTrue(r.path("query").isTextual());
        assertInts(r, "total", "tookMicros");
        assertTrue(r.path("hits").isArray());
        for (JsonNode h : r.path("hits")) {
            assertFields(h, "hit", "passageId", "sourceId", "score", "text", "fragments");
            assertTrue(h.path("score").isNumber(), h.toString());
            assertTrue(h.path("text").isTextual(), h.toString());
            assertStrings(h.path("fragments"), "fragments");
        }
    }

    @Test
    void searchHighlightsAndRespectsTheLimit() {
        JsonNode r = json("search", "\"come find me\"", "--limit", "2");
        assertSearchResult(r);
        assertTrue(r.path("total").asInt() >= 1, r.toString());
        assertTrue(r.path("hits").size() >= 1 && r.path("hits").size() <= 2, r.toString());
        assertTrue(r.path("hits").get(0).path("fragments").toString().contains("<mark>"), r.toString());
    }

    @Test
    void searchBySpeakerKeepsOnlyPassagesQuotingThem() {
        JsonNode all = json("search", "love");
        JsonNode hers = json("search", "love", "--speaker", "samantha");
        assertSearchResult(hers);
        assertTrue(hers.path("total").asInt() > 0, hers.toString());
        assertTrue(hers.path("total").asInt() < all.path("total").asInt(), hers + " within " + all);
    }

    @Test
    void aQueryMayStartWithAnExclusion() {
        JsonNode r = json("search", "-catherine letter");
        assertSearchResult(r);
        assertEquals("-catherine letter", r.path("query").asText());
        assertTrue(r.path("total").asInt() > 0, r.toString());
        assertTrue(r.path("total").asInt() < json("search", "letter").path("total").asInt(), r.toString());
        assertFailsCleanly(2, "search", "--jsn"); // an unknown option is still no query
        assertFailsCleanly(2, "search", "--queries", "queries.txt", "--limt");
    }

    @Test
    void searchQueriesFileGivesOneResultPerLine() throws Exception {
        Path queries = dir.resolve("queries.txt");
        Files.writeString(queries, "love\n\"come find me\"\n\nletter -sorry\n");
        JsonNode r = json("search", "--queries", queries.toString(), "--limit", "3");
        assertFields(r, "search --queries", "queries", "results");
        assertEquals(3, r.path("queries").asInt());
        assertEquals(3, r.path("results").size());
        r.path("results").forEach(CliContractTest::assertSearchResult);
        assertEquals("love", r.path("results").get(0).path("query").asText());
    }

    @Test
    void quotesWithTheirOccurrences() {
        JsonNode quotes = json("quotes");
        assertEquals(ingested.path("quotes").asInt(), quotes.size());
        for (JsonNode q : quotes) {
            assertFields(q, "quote", "id", "text", "speaker", "sources", "occurrences");
            assertTextOrNull(q, "speaker");
            assertStrings(q.path("sources"), "sources");
            assertTrue(q.path("occurrences").size() >= 1, q.toString());
            for (JsonNode o : q.path("occurrences")) {
                assertFields(o, "occurrence", "sourceId", "passageId", "start", "end", "text", "speaker");
                assertTextOrNull(o, "speaker");
                assertOffsets(o, "occurrence of " + q.path("id").asText());
                assertTrue(q.path("sources").toString().contains("\"" + o.path("sourceId").asText() + "\""),
                        "an occurrence's source is among the quote's sources: " + q);
            }
        }
        JsonNode wide = json("quotes", "--min-sources", "2");
        wide.forEach(q -> assertTrue(q.path("sources").size() >= 2, q.toString()));
    }

    @Test
    void quotesSearchFindsTheLinesThatMatchWithTheirSpeakerFilter() {
        JsonNode found = json("quotes", "--search", "\"come find me\"");
        assertTrue(found.size() >= 1, found.toString());
        found.forEach(q -> assertTrue(q.path("text").asText().toLowerCase().contains("come find me"), q.toString()));
        JsonNode hers = json("quotes", "--search", "love", "--speaker", "samantha");
        assertTrue(hers.size() >= 1, hers.toString());
        hers.forEach(q -> assertEquals("Samantha", q.path("speaker").asText(), q.toString()));
    }

    @Test
    void charactersAndArcs() {
        JsonNode characters = json("characters");
        assertEquals(ingested.path("characters").asInt(), characters.size());
        assertTrue(characters.size() > 0);
        for (JsonNode c : characters) {
            assertFields(c, "character", "name", "actor", "aliases", "mentions", "quotes");
            assertTrue(c.path("name").isTextual());
            assertTextOrNull(c, "actor");
            assertStrings(c.path("aliases"), "aliases");
            assertInts(c, "mentions", "quotes");
        }
        String name = characters.get(0).path("name").asText();
        JsonNode arc = json("arc", name.toUpperCase(java.util.Locale.ROOT)); // names match case-insensitively
        assertFields(arc, "arc", "character", "actor", "mentions", "quotes", "stages");
        assertEquals(name, arc.path("character").asText());
        assertTextOrNull(arc, "actor");
        for (JsonNode m : arc.path("mentions")) {
            assertFields(m, "mention", "sourceId", "passageId", "start", "end");
            assertInts(m, "start", "end");
            assertTrue(m.path("end").asInt() <= TEXTS.get(m.path("sourceId").asText()).length(), m.toString());
        }
        assertStrings(arc.path("quotes"), "arc quotes");
        assertTrue(arc.path("stages").isArray());
        for (JsonNode s : arc.path("stages")) {
            assertFields(s, "stage", "label", "scene", "passages", "quotes");
            assertTrue(s.path("label").isTextual());
            assertTextOrNull(s, "scene");
            assertStrings(s.path("passages"), "stage passages");
            assertStrings(s.path("quotes"), "stage quotes");
        }
    }

    @Test
    void scenesInOrder() {
        JsonNode scenes = json("scenes");
        assertTrue(scenes.isArray() && scenes.size() > 0);
        int previous = Integer.MIN_VALUE;
        for (JsonNode s : scenes) {
            assertFields(s, "scene", "id", "order", "title", "characters", "passages", "quotes");
            assertTrue(s.path("id").isTextual() && s.path("title").isTextual(), s.toString());
            assertInts(s, "order");
            assertTrue(s.path("order").asInt() > previous, "scenes come in story order");
            previous = s.path("order").asInt();
            assertStrings(s.path("characters"), "scene characters");
            assertStrings(s.path("passages"), "scene passages");
            assertStrings(s.path("quotes"), "scene quotes");
        }
    }

    @Test
    void endingQuestionsAndAnswers() {
        JsonNode ending = json("ending");
        assertFields(ending, "ending", "questions");
        assertTrue(ending.path("questions").size() > 0);
        for (JsonNode q : ending.path("questions")) {
            assertFields(q, "question", "id", "question", "answers");
            assertTrue(q.path("question").isTextual());
            for (JsonNode a : q.path("answers")) {
                assertFields(a, "answer", "sourceId", "passageId", "text", "stance");
                assertTrue(TEXTS.containsKey(a.path("sourceId").asText()), a.toString());
                assertTrue(a.path("text").isTextual());
                assertTextOrNull(a, "stance");
            }
        }
    }

    private static void assertFailsCleanly(int exit, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--workspace", workspace.toString(), "--json"));
        Run r = filmlens(all.toArray(String[]::new));
        assertEquals(exit, r.exit(), String.join(" ", args) + ": " + r.err());
        assertEquals("", r.out(), "nothing on stdout when " + String.join(" ", args) + " fails");
        assertFalse(r.err().isBlank(), "a message on stderr");
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        if (exit == 1) {
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        }
    }

    @Test
    void outputThatCannotBeWrittenIsAFailure() {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(new java.io.OutputStream() { // a full disk under "> notes.json"
                @Override
                public void write(int b) throws java.io.IOException {
                    throw new java.io.IOException("No space left on device");
                }
            }, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Cli.run("passages", "--workspace", workspace.toString(), "--json");
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        assertEquals(1, exit, "a JSON document cut short is no success");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("could not be written"), err.toString());
    }

    @Test
    void fileErrorsSayWhatAndWhere() {
        assertEquals("/x/notes.json: no such file or folder",
                Cli.describe(new java.nio.file.NoSuchFileException("/x/notes.json")));
        assertEquals("/x: permission denied", Cli.describe(new java.nio.file.AccessDeniedException("/x")));
        assertEquals("/x: Read-only file system",
                Cli.describe(new java.nio.file.FileSystemException("/x", null, "Read-only file system")));
    }

    @Test
    void everyCommandPrintsItsOwnUsageOnHelp() {
        for (String[] command : new String[][] {{"quotes"}, {"search"}, {"ending"}, {"ending", "merge"}, {"scenes"},
                {"annotate"}, {"export"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            Run r = filmlens(args);
            assertEquals(0, r.exit(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: filmlens " + String.join(" ", command)), r.out());
        }
    }

    /** A CSV export given to import: the message names the command, wherever the options stand, and what it reads. */
    @Test
    void importingACsvExportSaysWhatImportReads(@TempDir Path tmp) throws Exception {
        Path csv = Files.writeString(tmp.resolve("notes.csv"), "id,created,note\na1,2026-01-01,the pier\n");
        Run r = filmlens("--workspace", workspace.toString(), "import", csv.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("filmlens import: "), r.err());
        assertTrue(r.err().contains("export --format w3c"), r.err());
    }

    /** corpus.json lost from a workspace: commands say so and touch nothing, an ingest makes it again. */
    @Test
    void aWorkspaceWhoseCorpusFileIsGoneSaysSo(@TempDir Path tmp) throws Exception {
        Path ws = tmp.resolve("ws");
        Path page = Files.writeString(tmp.resolve("page.txt"), "Reel Harbour\n\nThe Quiet Harbour Review\n\n"
                + "The Quiet Harbour is a 2019 film about a harbour town and the wreck that divides it for a winter.");
        assertEquals(0, filmlens("ingest", page.toString(), "--workspace", ws.toString()).exit());
        Files.delete(ws.resolve("corpus.json"));
        for (String command : List.of("sources", "search", "ending")) {
            List<String> args = new ArrayList<>(List.of(command));
            if (command.equals("search")) {
                args.add("harbour");
            }
            args.addAll(List.of("--workspace", ws.toString()));
            Run r = filmlens(args.toArray(String[]::new));
            assertEquals(1, r.exit(), command);
            assertTrue(r.err().contains("corpus.json is missing") && r.err().contains("ingest the pages again"),
                    r.err());
        }
        assertTrue(Files.isDirectory(ws.resolve("index-v3")), "the index left as it was");
        assertEquals(0, filmlens("export", "--format", "w3c", "--workspace", ws.toString()).exit(),
                "the notes can still be exported");
        assertEquals(0, filmlens("ingest", page.toString(), "--workspace", ws.toString()).exit());
        assertTrue(filmlens("sources", "--workspace", ws.toString()).out().contains("The Quiet Harbour Review"));
    }

    /** An ingest that fails into a folder it made leaves no folder, so the mistyped name is not a workspace later. */
    @Test
    void aFailedFirstIngestMakesNoWorkspace(@TempDir Path tmp) throws Exception {
        Path typo = tmp.resolve("ws-typo");
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
        assertEquals(1, filmlens("ingest", tmp.resolve("missing.txt").toString(), "--workspace", typo.toString())
                .exit());
        assertEquals(1, filmlens("ingest", empty.toString(), "--workspace", typo.toString()).exit());
        assertTrue(filmlens("sources", "--workspace", typo.toString()).err().contains("no workspace there"),
                "what a failed first ingest left (its lock files) is no workspace");
        Path notes = Files.writeString(tmp.resolve("notes.md"), "my notes");
        assertEquals(1, filmlens("ingest", tmp.resolve("missing.txt").toString(), "--workspace", notes.toString())
                .exit());
        assertEquals("my notes", Files.readString(notes), "a file given as the workspace is never removed");
        assertTrue(filmlens("sources", "--workspace", typo.toString()).err().contains("no workspace there"));
    }

    /** Another window or command holding the workspace: an ingest says on stderr that it waits, then goes on. */
    @Test
    void anIngestThatWaitsForAnotherProcessSaysSo(@TempDir Path tmp) throws Exception {
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        Path page = Files.writeString(tmp.resolve("page.txt"), "Reel Harbour\n\nThe Quiet Harbour Review\n\n"
                + "The Quiet Harbour is a 2019 film about a harbour town and the wreck that divides it for a winter.");
        var other = java.util.concurrent.Executors.newSingleThreadExecutor();
        var held = new java.util.concurrent.CountDownLatch(1);
        var holder = other.submit(() -> {
            try (var lock = org.filmlens.storage.FileLocks.acquire(ws.resolve("workspace.lock"),
                    java.time.Duration.ofSeconds(5))) {
                held.countDown();
                Thread.sleep(1_500);
            }
            return null;
        });
        try {
            held.await();
            Run r = filmlens("ingest", page.toString(), "--workspace", ws.toString());
            assertEquals(0, r.exit(), r.err());
            assertEquals("Waiting for another Filmlens window or command to finish with this workspace…\n", r.err(),
                    "the wait, once, and not the ingest's steps");
        } finally {
            holder.get();
            other.shutdown();
        }
    }

    @Test
    void failuresExitOneWithOneLineAndBadUsageExitsTwo() {
        assertFailsCleanly(1, "show", "no-such-source");
        assertFailsCleanly(1, "passages", "--source", "no-such-source");
        assertFailsCleanly(1, "search", "love", "--source", "no-such-source");
        assertFailsCleanly(1, "search", "love", "--source", "no-such-source", "--speaker", "Theodore");
        assertFailsCleanly(1, "search", "\"unbalanced");
        assertFailsCleanly(1, "arc", "nobody-of-that-name");
        assertFailsCleanly(1, "search", "--queries", dir.resolve("missing-queries.txt").toString());
        assertFailsCleanly(1, "ingest", dir.resolve("missing-dump.txt").toString());
        Path blocker = dir.resolve("a-file");
        try {
            Files.writeString(blocker, "not a folder");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertFailsCleanly(1, "export", "--format", "w3c", "--out", blocker.resolve("notes.jsonld").toString());
        Run overOwn = filmlens("export", "--format", "w3c", "--out", workspace.resolve("annotations.json").toString(),
                "--workspace", workspace.toString());
        assertEquals(1, overOwn.exit(), "an export over the workspace's own annotations.json is refused");
        assertTrue(overOwn.err().contains("one of the workspace's own files"), overOwn.err());
        Path link = dir.resolve("workspace-link");
        try {
            Files.createSymbolicLink(link, workspace);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(1, filmlens("export", "--format", "csv", "--out", link.resolve("Annotations.JSON").toString(),
                "--workspace", workspace.toString()).exit(), "through a link, in other letters, refused too");
        Path badQueries = dir.resolve("bad-queries.txt");
        try {
            Files.writeString(badQueries, "love\n\n\"unbalanced\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertFailsCleanly(1, "search", "--queries", badQueries.toString());
        Path latin1 = dir.resolve("latin1-queries.txt");
        try {
            Files.write(latin1, "caf\u00e9 letter\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(filmlens("search", "--queries", latin1.toString(), "--workspace", workspace.toString()).err()
                .contains("not UTF-8"), "a queries file in another encoding says so");
        assertTrue(filmlens("search", "--queries", badQueries.toString(), "--workspace", workspace.toString()).err()
                .contains("bad-queries.txt line 3:"), "a malformed query in a file names its line");
        assertFailsCleanly(2, "no-such-command");
        assertFailsCleanly(2, "search", "love", "--limit", "0");
        assertFailsCleanly(2, "quotes", "--min-sources", "-3");
        assertFailsCleanly(2, "annotate", "--note", "n");
        assertFailsCleanly(2, "annotate", "--note", "n", "--passage", "p", "--start", "3");
        assertFailsCleanly(2, "annotate", "--note", "n", "--passage", "p", "--stance", "maybe");
        Path typo = dir.resolve("no-such-workspace").resolve("deep");
        Run r = filmlens("sources", "--json", "--workspace", typo.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("no workspace there"), r.err());
        assertFalse(Files.exists(typo), "a mistyped workspace is not made");
    }
}
