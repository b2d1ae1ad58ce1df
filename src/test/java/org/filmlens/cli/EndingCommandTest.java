package org.filmlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filmlens.storage.VersionedJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `ending` as a user runs it: the contract's fields, plus the silent sources and the cue behind each stance. */
class EndingCommandTest {
    @TempDir
    Path dir;

    private static CliProcess.Run filmlens(String... args) throws Exception {
        return CliProcess.run(args);
    }

    /** Two ending explainers and a review that never mentions the ending, of an invented film. */
    private Path workspace() throws Exception {
        Path ws = dir.resolve("ws");
        Files.createDirectories(ws);
        List<Object> sources = new ArrayList<>();
        List<Object> passages = new ArrayList<>();
        source("one", "Tide Ending Explained", sources, passages, "The Final Scene",
                "In the final scene Ned rows out alone into the fog at dawn, a hopeful new beginning for him.");
        source("two", "Tide, Ending Explained", sources, passages, "The Ending's Meaning",
                "The final scene, Ned rowing alone into the fog while the lighthouse beam passes, is bleak and lonely.");
        source("three", "Tide Review", sources, passages, "The Cast",
                "The actors playing the villagers are wonderful, and the harbour town was built on a real quay.");
        Map<String, Object> corpus = new LinkedHashMap<>();
        corpus.put("formatVersion", 1);
        corpus.put("generation", "g1");
        corpus.put("film", Map.of("title", "Tide"));
        corpus.put("sources", sources);
        corpus.put("passages", passages);
        VersionedJson.write(ws.resolve("corpus.json"), corpus);
        return ws;
    }

    private static void source(String id, String title, List<Object> sources, List<Object> passages, String heading,
                               String paragraph) {
        String text = heading + "\n\n" + paragraph;
        passages.add(Map.of("id", id + "-p0", "sourceId", id, "ordinal", 0, "kind", "HEADING", "start", 0,
                "end", heading.length(), "text", heading));
        passages.add(Map.of("id", id + "-p1", "sourceId", id, "ordinal", 1, "kind", "PARAGRAPH", "section", heading,
                "start", heading.length() + 2, "end", text.length(), "text", paragraph));
        sources.add(Map.of("id", id, "title", title, "kind", "ARTICLE", "text", text));
    }

    @Test
    void jsonKeepsTheContractAndShowsSilenceAndStanceCues() throws Exception {
        CliProcess.Run run = filmlens("ending", "--workspace", workspace().toString(), "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode questions = VersionedJson.mapper().readTree(run.out()).path("questions");
        assertTrue(questions.size() > 0, run.out());
        JsonNode finalScene = null;
        for (JsonNode q : questions) {
            for (String key : List.of("id", "question", "answers", "silent")) {
                assertTrue(q.has(key), key);
            }
            for (JsonNode a : q.path("answers")) {
                for (String key : List.of("sourceId", "passageId", "text", "stance", "stanceCue")) {
                    assertTrue(a.has(key), key);
                }
            }
            if (q.path("answers").size() == 2) {
                finalScene = q;
            }
        }
        assertTrue(finalScene != null, run.out());
        assertEquals("three", finalScene.path("silent").get(0).asText());
        assertEquals(1, finalScene.path("silent").size());
        JsonNode one = finalScene.path("answers").get(0);
        assertEquals("one-p1", one.path("passageId").asText());
        assertEquals("hopeful", one.path("stance").asText());
        assertTrue(one.path("text").asText().startsWith("In the final scene"));

        CliProcess.Run human = filmlens("ending", "--workspace", dir.resolve("ws").toString());
        assertEquals(0, human.exit(), human.err());
        assertTrue(human.out().contains("silent: three"), human.out());
    }

    /**
     * Options given to "ending" before its subcommand reach the subcommand: it compares and edits that workspace, not
     * the default one (which this process does not have).
     */
    @Test
    void optionsBeforeASubcommandReachIt() throws Exception {
        String ws = workspace().toString();
        CliProcess.Run listed = filmlens("ending", "--workspace", ws, "--json");
        JsonNode twoAnswers = null;
        for (JsonNode q : VersionedJson.mapper().readTree(listed.out()).path("questions")) {
            twoAnswers = q.path("answers").size() == 2 ? q : twoAnswers;
        }
        assertTrue(twoAnswers != null, listed.out());
        String id = twoAnswers.path("id").asText();

        CliProcess.Run compared = filmlens("ending", "--workspace", ws, "--json", "compare", id);
        assertEquals(0, compared.exit(), compared.err());
        JsonNode comparison = VersionedJson.mapper().readTree(compared.out()).path("comparisons").get(0);
        assertEquals("one", comparison.path("left").asText(), compared.out());
        assertEquals("two", comparison.path("right").asText(), compared.out());

        CliProcess.Run renamed = filmlens("ending", "--workspace", ws, "rename", id, "Does", "Ned", "come", "back?");
        assertEquals(0, renamed.exit(), renamed.err());
        assertTrue(filmlens("ending", "--workspace", ws).out().contains("Does Ned come back?  [" + id + "]"));
    }

    /** The options every command takes may also come before the command, as with git or docker. */
    @Test
    void optionsBeforeTheCommandReachIt() throws Exception {
        String ws = workspace().toString();
        CliProcess.Run listed = filmlens("--workspace", ws, "--json", "ending");
        assertEquals(0, listed.exit(), listed.err());
        assertTrue(VersionedJson.mapper().readTree(listed.out()).path("questions").size() > 0, listed.out());
        CliProcess.Run sources = filmlens("--workspace", ws, "sources", "--json");
        assertEquals(3, VersionedJson.mapper().readTree(sources.out()).size(), sources.out());
    }
}
