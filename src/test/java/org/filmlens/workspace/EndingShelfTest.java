package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.analysis.DerivedQuestion;
import org.filmlens.analysis.EndingEdits;
import org.filmlens.analysis.EndingMapper;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Stance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ending-derived.json: a derivation put there comes back through its JSON for its corpus and scenes only. */
class EndingShelfTest {
    static Corpus corpus;
    static Analysis analysis;
    static EndingMapper.Derivation derived;

    @BeforeAll
    static void deriveTheSample(@TempDir Path dir) throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ws.ingest(List.of(WorkspaceTest.SAMPLE), Progress.NONE);
            corpus = ws.corpus();
            analysis = ws.analysis();
        }
        derived = new EndingMapper().derive(corpus, analysis.quotes(), analysis.scenes());
    }

    @Test
    void aDerivationTakenBackEditsAsTheOnePut(@TempDir Path dir) {
        EndingShelf shelf = new EndingShelf(dir.resolve(WorkspaceFiles.ENDING_DERIVED_FILE));
        shelf.put("g1", analysis.scenes(), derived);
        EndingMapper.Derivation taken = shelf.take("g1", corpus, analysis.scenes()).orElseThrow();
        List<DerivedQuestion> qs = derived.questions();
        DerivedQuestion first = qs.get(0);
        String answering = first.answers().keySet().iterator().next();
        for (EndingEdits edits : List.of(EndingEdits.none(),
                EndingEdits.none().withRenamed(first.id(), "What is left at the end?"),
                EndingEdits.none().withMerged(qs.get(1).id(), first.id()),
                EndingEdits.none().withStance(first.id(), answering, Stance.TRAGIC))) {
            assertEquals(derived.edited(edits), taken.edited(edits), edits.toString());
        }
    }

    @Test
    void anotherCorpusOrOtherScenesTakeNothing(@TempDir Path dir) {
        EndingShelf shelf = new EndingShelf(dir.resolve(WorkspaceFiles.ENDING_DERIVED_FILE));
        shelf.put("g1", analysis.scenes(), derived);
        assertTrue(analysis.scenes().size() > 1, "the sample has a scene list");
        assertTrue(shelf.take("g1", corpus, analysis.scenes().subList(1, analysis.scenes().size())).isEmpty());
        assertTrue(shelf.take("g2", corpus, analysis.scenes()).isEmpty());
        assertTrue(shelf.take("", corpus, analysis.scenes()).isEmpty());
    }

    @Test
    void anEmptyWorkspacesEndingIsNotPut(@TempDir Path dir) {
        Path file = dir.resolve(WorkspaceFiles.ENDING_DERIVED_FILE);
        new EndingShelf(file).put("", analysis.scenes(), derived);
        assertFalse(Files.exists(file));
    }

    @Test
    void aDamagedOrForeignFileTakesNothingAndThrowsNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(WorkspaceFiles.ENDING_DERIVED_FILE);
        EndingShelf shelf = new EndingShelf(file);
        shelf.put("g1", analysis.scenes(), derived);
        String whole = Files.readString(file);
        String scenes = EndingShelf.fingerprint(analysis.scenes());
        List<String> damaged = List.of(whole.substring(0, whole.length() / 2), "", "\u0000\u0001garbage",
                whole.replaceFirst("\"discussing\" : \\[", "\"discussing\" : [ null,"),
                whole.replaceFirst("\"aliases\" : \\[", "\"aliases\" : [ null,"),
                "{ \"formatVersion\" : 1, \"generation\" : \"g1\", \"scenes\" : \"" + scenes + "\", "
                        + "\"discussing\" : [ ], \"questions\" : [ null ] }",
                "{ \"formatVersion\" : 1, \"generation\" : \"g1\", \"scenes\" : \"" + scenes + "\", "
                        + "\"discussing\" : [ ], \"questions\" : [ { \"id\" : \"q\", \"question\" : \"Why?\", "
                        + "\"aliases\" : [ ], \"answers\" : { \"no-such-source\" : [ \"p1\" ] } } ] }",
                "{ \"formatVersion\" : 1, \"generation\" : \"g1\", \"scenes\" : \"" + scenes + "\" }",
                "{ \"formatVersion\" : 99, \"generation\" : \"g1\" }");
        for (String content : damaged) {
            Files.writeString(file, content);
            assertTrue(shelf.take("g1", corpus, analysis.scenes()).isEmpty(), content.length() > 300
                    ? content.substring(0, 300) : content);
        }
    }
}
