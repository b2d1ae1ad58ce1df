package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.filmlens.analysis.AnswerComparison;
import org.filmlens.analysis.EndingMapper;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;
import org.filmlens.corpus.Stance;
import org.filmlens.storage.VersionedJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceEndingEditsTest {
    @TempDir
    Path dir;

    /** Two ending explainers of an invented film, written straight into corpus.json (no ingest needed). */
    private void writeCorpus() throws Exception {
        writeCorpus("g1");
    }

    private void writeCorpus(String generation) throws Exception {
        List<Source> sources = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        add("one", "Tide Ending Explained", sources, passages,
                "Why Ned Left The Harbour",
                "Ned leaves the harbour because the sea has taken his brother and the village blames him for it.",
                "The Final Scene",
                "In the final scene Ned rows out alone into the fog at dawn, and the lighthouse beam sweeps over him.");
        add("two", "Tide, Ending Explained", sources, passages,
                "How Does Tide End?",
                "Ned leaves the harbour after the village blames him for his brother, and the sea is all he has left.",
                "The Ending's Meaning",
                "The final scene, Ned rowing alone into the fog while the lighthouse beam passes, is bleak and lonely.");
        VersionedJson.write(dir.resolve(WorkspaceFiles.CORPUS_FILE), new StoredCorpus(StoredCorpus.VERSION,
                generation, new Film("Tide", 2020, null), sources, passages));
    }

    private static void add(String id, String title, List<Source> sources, List<Passage> passages, String... lines) {
        StringBuilder text = new StringBuilder();
        String section = null;
        for (int i = 0; i < lines.length; i++) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(lines[i]);
            boolean heading = i % 2 == 0;
            passages.add(new Passage(id + "-" + i, id, i, heading ? PassageKind.HEADING : PassageKind.PARAGRAPH,
                    heading ? null : section, start, text.length(), lines[i]));
            if (heading) {
                section = lines[i];
            }
        }
        sources.add(new Source(id, title, null, null, null, SourceKind.ARTICLE, text.toString()));
    }

    private static EndingQuestion question(Workspace ws, String id) {
        return ws.ending().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void editsAreSavedAndSurviveADerivingAgain() throws Exception {
        writeCorpus();
        String finalScene;
        String added;
        try (Workspace ws = Workspace.open(dir)) {
            finalScene = ws.ending().stream().filter(q -> q.answers().size() == 2).findFirst().orElseThrow().id();
            ws.renameQuestion(finalScene, "What does the fog mean?");
            ws.setStance(finalScene, "one", Stance.AMBIGUOUS);
            added = ws.addQuestion("Is Ned to blame?");
            ws.reorderQuestions(List.of(added));
            assertEquals("What does the fog mean?", question(ws, finalScene).question());
            assertEquals(added, ws.ending().get(0).id());
        }
        assertTrue(Files.exists(dir.resolve(WorkspaceFiles.ENDING_EDITS_FILE)));
        Files.delete(dir.resolve(WorkspaceFiles.ANALYSIS_FILE)); // as after a re-ingest: everything derived again
        try (Workspace ws = Workspace.open(dir)) {
            EndingQuestion q = question(ws, finalScene);
            assertEquals("What does the fog mean?", q.question());
            assertEquals(Stance.AMBIGUOUS, q.answers().stream().filter(a -> a.sourceId().equals("one")).findFirst()
                    .orElseThrow().stance());
            assertEquals(added, ws.ending().get(0).id());
            assertTrue(ws.ending().get(0).answers().isEmpty());
        }
    }

    @Test
    void editAfterEditEndsAsOneMappingOfAllTheEditsWould() throws Exception {
        writeCorpus();
        try (Workspace ws = Workspace.open(dir)) {
            EndingQuestion answered = ws.ending().stream().filter(q -> q.answers().size() == 2).findFirst()
                    .orElseThrow();
            ws.renameQuestion(answered.id(), "Why the fog?");
            String added = ws.addQuestion("Who is to blame?");
            ws.mergeQuestions(answered.id(), added);
            ws.setStance(added, "two", Stance.HOPEFUL);
            ws.reorderQuestions(List.of(added));

            Analysis a = ws.analysis();
            assertEquals(new EndingMapper().map(ws.corpus(), a.quotes(), a.scenes(), ws.endingEdits()), ws.ending());
            assertEquals(Stance.HOPEFUL, question(ws, added).answers().stream()
                    .filter(x -> x.sourceId().equals("two")).findFirst().orElseThrow().stance());
        }
    }

    @Test
    void mergingMovesAnswersAndComparingMarksWords() throws Exception {
        writeCorpus();
        try (Workspace ws = Workspace.open(dir)) {
            String added = ws.addQuestion("What is the film really about?");
            EndingQuestion answered = ws.ending().stream().filter(q -> q.answers().size() == 2).findFirst()
                    .orElseThrow();
            ws.mergeQuestions(answered.id(), added);
            assertFalse(ws.ending().stream().anyMatch(q -> q.id().equals(answered.id())));
            assertEquals(2, question(ws, added).answers().size());
            assertTrue(question(ws, added).aliases().contains(answered.id()), "the merged question's id answers to it");

            List<AnswerComparison> c = ws.compareAnswers(added, List.of("two", "one"));
            assertEquals("two", c.get(0).leftSourceId());
            assertTrue(c.get(0).sharedWords().contains("fog"));
        }
    }

    @Test
    void badEditsSayWhatIsWrong() throws Exception {
        writeCorpus();
        try (Workspace ws = Workspace.open(dir)) {
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> ws.renameQuestion("nope", "x"));
            assertTrue(e.getMessage().contains("'nope'"), e.getMessage());
            String id = ws.ending().get(0).id();
            assertThrows(WorkspaceException.class, () -> ws.setStance(id, "no-such-source", Stance.BLEAK));
            assertThrows(WorkspaceException.class, () -> ws.compareAnswers(id, List.of("one")));
        }
    }

    @Test
    void silentSourcesAndStanceCuesSurviveTheStoredAnalysis() throws Exception {
        writeCorpus();
        List<Source> sources = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        StoredCorpus stored = VersionedJson.read(dir.resolve(WorkspaceFiles.CORPUS_FILE), StoredCorpus.class,
                StoredCorpus.VERSION, java.util.Map.of());
        sources.addAll(stored.sources());
        passages.addAll(stored.passages());
        add("three", "Tide Review", sources, passages, "The Cast",
                "The actors playing the villagers are wonderful, and the harbour town was built on a real quay.");
        VersionedJson.write(dir.resolve(WorkspaceFiles.CORPUS_FILE), new StoredCorpus(StoredCorpus.VERSION, "g1",
                stored.film(), sources, passages));
        List<EndingQuestion> first;
        try (Workspace ws = Workspace.open(dir)) {
            first = ws.ending();
        }
        assertTrue(first.stream().allMatch(q -> q.silent().contains("three")), "the review says nothing on any");
        assertTrue(first.stream().flatMap(q -> q.answers().stream())
                .anyMatch(a -> a.stance() != Stance.NEUTRAL && a.stanceCue() != null));
        try (Workspace ws = Workspace.open(dir)) { // read back from analysis.json
            assertEquals(first, ws.ending());
        }
        String json = Files.readString(dir.resolve(WorkspaceFiles.ANALYSIS_FILE));
        assertFalse(json.contains("\"silent\""), "worked out again on every open, so not stored (format 2)");
        Path file = dir.resolve(WorkspaceFiles.ANALYSIS_FILE);
        StoredAnalysis read = AnalysisJson.read(file);
        VersionedJson.write(file, new StoredAnalysis(1, read.generation(), read.analysis())); // every field named
        Files.writeString(file, Files.readString(file).replace("\"silent\"", "\"oldSilent\""));
        try (Workspace ws = Workspace.open(dir)) {
            assertEquals(first, ws.ending(), "a format 1 file stored before silent sources were kept gets them");
        }
    }

    /** Gives one question of the ending derived before edits, as ending-derived.json holds it, another wording. */
    private void doctorShelvedWording(String id, String wording, String generation) throws Exception {
        Path file = dir.resolve(WorkspaceFiles.ENDING_DERIVED_FILE);
        ObjectNode stored = (ObjectNode) VersionedJson.mapper().readTree(file.toFile());
        for (JsonNode q : stored.get("questions")) {
            if (q.get("id").asText().equals(id)) {
                ((ObjectNode) q).put("question", wording);
            }
        }
        stored.put("generation", generation);
        VersionedJson.mapper().writeValue(file.toFile(), stored);
    }

    @Test
    void theFirstEditAfterOpeningTakesTheEndingDerivedBeforeFromItsFile() throws Exception {
        writeCorpus();
        List<String> ids;
        try (Workspace ws = Workspace.open(dir)) { // derives the analysis, and with it the ending before edits
            ids = ws.ending().stream().map(EndingQuestion::id).toList();
        }
        assertTrue(ids.size() >= 2, "the corpus gives two questions or more: " + ids);
        assertTrue(Files.exists(dir.resolve(WorkspaceFiles.ENDING_DERIVED_FILE)));
        try (Workspace ws = Workspace.open(dir)) { // from the file's JSON (EndingShelfTest): as derived
            ws.renameQuestion(ids.get(0), "Why the tide?");
            assertEquals(new EndingMapper().map(ws.corpus(), ws.analysis().quotes(), ws.analysis().scenes(),
                    ws.endingEdits()), ws.ending());
        }
        doctorShelvedWording(ids.get(1), "Shelved wording?", "g1");
        try (Workspace ws = Workspace.open(dir)) {
            ws.renameQuestion(ids.get(0), "Why the fog?");
            assertEquals("Why the fog?", question(ws, ids.get(0)).question());
            assertEquals("Shelved wording?", question(ws, ids.get(1)).question(), "taken from the file, not derived");
        }

        doctorShelvedWording(ids.get(1), "Another corpus's wording?", "g0");
        try (Workspace ws = Workspace.open(dir)) {
            ws.renameQuestion(ids.get(0), "Why the dawn?");
            assertFalse(question(ws, ids.get(1)).question().endsWith("wording?"), "of another generation: derived");
            assertEquals(new EndingMapper().map(ws.corpus(), ws.analysis().quotes(), ws.analysis().scenes(),
                    ws.endingEdits()), ws.ending());
        }
    }

    @Test
    void aDamagedEndingDerivedFileIsDerivedAgainAndWrittenWhole() throws Exception {
        writeCorpus();
        String id;
        try (Workspace ws = Workspace.open(dir)) {
            id = ws.ending().get(0).id();
        }
        Path file = dir.resolve(WorkspaceFiles.ENDING_DERIVED_FILE);
        byte[] whole = Files.readAllBytes(file);
        for (byte[] damaged : List.of(java.util.Arrays.copyOf(whole, whole.length / 2), new byte[0],
                new byte[] {0, 1, 2, (byte) 0xff})) {
            Files.write(file, damaged);
            try (Workspace ws = Workspace.open(dir)) {
                ws.renameQuestion(id, "Why the fog?");
                assertEquals(new EndingMapper().map(ws.corpus(), ws.analysis().quotes(), ws.analysis().scenes(),
                        ws.endingEdits()), ws.ending());
            }
            assertEquals(new String(whole, java.nio.charset.StandardCharsets.UTF_8),
                    Files.readString(file), "derived again and written whole");
        }
    }

    @Test
    void anAnalysisDerivedAgainDerivesTheEndingWhateverTheFileHolds() throws Exception {
        writeCorpus();
        String id;
        try (Workspace ws = Workspace.open(dir)) {
            id = ws.ending().get(0).id();
        }
        doctorShelvedWording(id, "Shelved wording?", "g1");
        Files.delete(dir.resolve(WorkspaceFiles.ANALYSIS_FILE)); // as after a build whose analysis differs
        try (Workspace ws = Workspace.open(dir)) {
            assertFalse(question(ws, id).question().equals("Shelved wording?"), "derived, not taken");
        }
    }

    @Test
    void anEditWhoseSaveFailsLeavesNoOlderAnalysisBehind() throws Exception {
        writeCorpus();
        Path file = dir.resolve(WorkspaceFiles.ANALYSIS_FILE);
        String id;
        try (Workspace ws = Workspace.open(dir)) {
            id = ws.ending().get(0).id();
            Files.delete(file);
            Files.createDirectory(file); // nothing can be renamed over it: the save fails
            ws.renameQuestion(id, "Why the fog?");
            assertEquals("Why the fog?", question(ws, id).question());
        }
        assertFalse(Files.exists(file), "removed, so that the next open derives it with the edit");
        try (Workspace ws = Workspace.open(dir)) {
            assertEquals("Why the fog?", question(ws, id).question());
        }
    }

    @Test
    void anEditAfterAnotherProcesssIngestIsMadeOnTheCorpusItIngested() throws Exception {
        writeCorpus();
        Path file = dir.resolve(WorkspaceFiles.ANALYSIS_FILE);
        try (Workspace ws = Workspace.open(dir)) {
            String id = ws.ending().get(0).id();
            writeCorpus("g2"); // as another process's ingest
            ws.renameQuestion(id, "Why the fog?");
            assertEquals("Why the fog?", question(ws, id).question());
            assertTrue(Files.readString(file).contains("\"g2\""), "the analysis saved is of the corpus on disk");
        }
        try (Workspace again = Workspace.open(dir)) {
            assertEquals("Why the fog?", question(again, id(again)).question());
        }
    }

    private static String id(Workspace ws) {
        return ws.ending().stream().filter(q -> q.question().equals("Why the fog?")).findFirst().orElseThrow().id();
    }
}
