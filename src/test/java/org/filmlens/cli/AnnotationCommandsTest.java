package org.filmlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.filmlens.storage.VersionedJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** annotate, annotations, export and import as a user runs them: a separate java process, JSON on stdout. */
class AnnotationCommandsTest {
    private static final String TEXT = "Intro line.\n\nThe ending is hopeful, says this review.";

    @TempDir
    Path dir;

    private static CliProcess.Run filmlens(String... args) throws Exception {
        return CliProcess.run(args);
    }

    private Path workspace() throws Exception {
        Path ws = dir.resolve("ws");
        Files.createDirectories(ws);
        Map<String, Object> source = Map.of("id", "src1", "title", "A review", "url", "https://example.org/review",
                "kind", "ARTICLE", "text", TEXT);
        int start = TEXT.indexOf("The ending");
        Map<String, Object> p0 = Map.of("id", "src1-p0", "sourceId", "src1", "ordinal", 0, "kind", "PARAGRAPH",
                "start", 0, "end", 11, "text", TEXT.substring(0, 11));
        Map<String, Object> p1 = Map.of("id", "src1-p1", "sourceId", "src1", "ordinal", 1, "kind", "PARAGRAPH",
                "start", start, "end", TEXT.length(), "text", TEXT.substring(start));
        Map<String, Object> corpus = new java.util.LinkedHashMap<>();
        corpus.put("formatVersion", 1);
        corpus.put("generation", "g1");
        corpus.put("film", Map.of("title", "Test Film"));
        corpus.put("sources", List.of(source));
        corpus.put("passages", List.of(p0, p1));
        VersionedJson.write(ws.resolve("corpus.json"), corpus);
        return ws;
    }

    @Test
    void annotateListExportAndImportFollowTheContract() throws Exception {
        Path ws = workspace();
        int start = TEXT.indexOf("hopeful");
        CliProcess.Run added = filmlens("annotate", "--workspace", ws.toString(), "--json", "--passage", "src1-p1", "--start",
                Integer.toString(start), "--end", Integer.toString(start + 7), "--note", "is it?", "--tag", "ending",
                "--tag", "hope");
        assertEquals(0, added.exit(), added.err());
        JsonNode a = VersionedJson.mapper().readTree(added.out());
        assertEquals("hopeful", a.path("target").path("exact").asText());
        assertEquals("src1", a.path("target").path("sourceId").asText());
        assertEquals(start, a.path("target").path("start").asInt());

        CliProcess.Run listed = filmlens("annotations", "--workspace", ws.toString(), "--json", "--tag", "HOPE");
        assertEquals(0, listed.exit(), listed.err());
        JsonNode list = VersionedJson.mapper().readTree(listed.out());
        assertEquals(1, list.size());
        for (String key : List.of("id", "target", "note", "tags", "created", "modified")) {
            assertTrue(list.get(0).has(key), key);
        }
        assertEquals(a.path("id").asText(), list.get(0).path("id").asText());

        Path out = dir.resolve("notes.jsonld");
        CliProcess.Run exported = filmlens("export", "--workspace", ws.toString(), "--format", "w3c", "--out", out.toString());
        assertEquals(0, exported.exit(), exported.err());
        assertTrue(Files.readString(out).contains("\"TextQuoteSelector\""));

        Path other = dir.resolve("ws2");
        Files.createDirectories(other);
        Files.copy(ws.resolve("corpus.json"), other.resolve("corpus.json"));
        CliProcess.Run imported = filmlens("import", "--workspace", other.toString(), "--json", out.toString());
        assertEquals(0, imported.exit(), imported.err());
        JsonNode r = VersionedJson.mapper().readTree(imported.out());
        assertEquals(1, r.path("imported").asInt());
        assertEquals(0, r.path("unanchored").asInt());

        CliProcess.Run md = filmlens("export", "--workspace", other.toString(), "--format", "markdown");
        assertTrue(md.out().contains("> hopeful\n\nis it?"), md.out());
    }

    @Test
    void badInputGivesOneLineOnStderrAndExitOne() throws Exception {
        Path ws = workspace();
        CliProcess.Run r = filmlens("annotate", "--workspace", ws.toString(), "--passage", "nope", "--note", "x");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no passage with id 'nope'") && r.err().strip().lines().count() == 1, r.err());
        assertEquals("", r.out());
    }

    @Test
    void annotationsSearchGivesTheListingShapeBestFirstWithFragments() throws Exception {
        Path ws = workspace();
        int start = TEXT.indexOf("hopeful");
        CliProcess.Run added = filmlens("annotate", "--workspace", ws.toString(), "--json", "--passage", "src1-p1", "--start",
                Integer.toString(start), "--end", Integer.toString(start + 7), "--note", "Too sunny a reading.",
                "--tag", "ending");
        assertEquals(0, added.exit(), added.err());
        String id = VersionedJson.mapper().readTree(added.out()).path("id").asText();
        assertEquals(0, filmlens("annotate", "--workspace", ws.toString(), "--passage", "src1-p0", "--note",
                "An intro, nothing more.").exit());

        CliProcess.Run found = filmlens("annotations", "--workspace", ws.toString(), "--json", "--search", "hopeful");
        assertEquals(0, found.exit(), found.err());
        JsonNode list = VersionedJson.mapper().readTree(found.out());
        assertEquals(1, list.size(), found.out());
        assertEquals(id, list.get(0).path("id").asText());
        assertEquals("hopeful", list.get(0).path("target").path("exact").asText());
        assertEquals("<mark>hopeful</mark>", list.get(0).path("fragments").get(0).asText());

        CliProcess.Run byTag = filmlens("annotations", "--workspace", ws.toString(), "--json", "--search", "reading OR intro",
                "--tag", "ENDING");
        assertEquals(0, byTag.exit(), byTag.err());
        assertEquals(1, VersionedJson.mapper().readTree(byTag.out()).size());

        CliProcess.Run bad = filmlens("annotations", "--workspace", ws.toString(), "--search", "\"unclosed");
        assertEquals(1, bad.exit());
        assertEquals("filmlens annotations: unbalanced quotation mark at position 1", bad.err().strip());
    }
}
