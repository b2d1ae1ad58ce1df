package org.filmlens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.filmlens.storage.VersionedJson;
import org.filmlens.ui.QuoteFilterInBackgroundTest.HeldRunner;
import org.filmlens.ui.common.BackgroundRunner;
import org.filmlens.ui.common.Debouncer;
import org.filmlens.ui.common.WorkspaceSession.AnalysisState;
import org.filmlens.ui.notes.AnnotationDraft;
import org.filmlens.workspace.AnalysisPart;
import org.filmlens.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace whose analysis is read after its corpus: the corpus panes are published first, the panes that need the
 * analysis wait for the parts they show and fill once those are read; an import or an annotation meanwhile, and a
 * failure, come out right.
 */
class AnalysisLaterViewModelTest {
    @TempDir
    Path dir;
    private final HeldRunner runner = new HeldRunner();
    /** The analysis load, held back as a slow read would be. */
    private final List<Runnable> loads = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    private WorkbenchViewModel openHeld() throws Exception {
        InventedFilm.writeTo(dir);
        WorkbenchViewModel vm = new WorkbenchViewModel(runner, Debouncer.immediate());
        vm.session().addErrorListener(errors::add);
        vm.analysisMoment(Duration.ZERO);
        vm.ending().activate();
        vm.open(dir, false, () -> Workspace.openCorpusFirst(dir, loads::add));
        runner.runOne(); // the opening
        return vm;
    }

    private void readTheAnalysis() {
        loads.forEach(Runnable::run);
        loads.clear();
    }

    @Test
    void theCorpusIsShownFirstAndTheAnalysisPanesFillOnceItIsRead() throws Exception {
        WorkbenchViewModel vm = openHeld();
        assertEquals(AnalysisState.READING, vm.session().analysisState());
        assertEquals(4, vm.sources().groups().stream().mapToInt(g -> g.sources().size()).sum());
        assertTrue(vm.ending().rows().isEmpty());
        assertTrue(vm.statusProperty().get().endsWith("reading the analysis…"), vm.statusProperty().get());
        vm.quotes().activate(); // shown while the analysis is read: waits for it too
        assertEquals(1, runner.held(), "only the wait for the analysis: no pane asks for it meanwhile");
        int revision = vm.session().revision();

        readTheAnalysis();
        runner.runOne(); // the wait, then the shown panes' reads made in one go
        runner.runOne();
        assertEquals(AnalysisState.READ, vm.session().analysisState());
        assertEquals(revision, vm.session().revision(), "the corpus panes are not loaded again");
        assertEquals(2, vm.ending().rows().size());
        runner.runAll();
        assertEquals(2, vm.quotes().quotes().size());
        assertEquals(3, vm.search().speakerChoices().size(), "the speakers come with the cast");
        assertFalse(vm.statusProperty().get().contains("reading"), vm.statusProperty().get());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void anImportWhileTheAnalysisIsReadWinsOverTheOldAnalysis() throws Exception {
        WorkbenchViewModel vm = openHeld();
        Path extra = Files.writeString(dir.getParent().resolve(dir.getFileName() + "-extra.txt"),
                "Mara : The sea keeps what you give it.\nJonah : Leave the light on for me.\nMara : Then come home.\n");
        Runnable waitForTheOldAnalysis = runner.setAside();
        vm.importPaths(List.of(extra));
        runner.runAll(); // the import, and the panes' loads after it
        assertEquals(AnalysisState.READ, vm.session().analysisState());
        assertEquals(5, vm.session().corpus().sources().size());
        int revision = vm.session().revision();

        readTheAnalysis(); // the old corpus's analysis arrives after the import
        waitForTheOldAnalysis.run();
        runner.runAll();
        assertEquals(AnalysisState.READ, vm.session().analysisState());
        assertEquals(revision, vm.session().revision());
        Workspace ws = vm.session().workspace();
        assertEquals(ws.ending().size(), vm.ending().rows().size());
        assertEquals(generation(dir.resolve("corpus.json")), generation(dir.resolve("analysis.json")));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void anAnnotationMadeInTheReaderWhileTheAnalysisIsReadIsKept() throws Exception {
        WorkbenchViewModel vm = openHeld();
        Runnable waitForTheAnalysis = runner.setAside();
        vm.navigator().openSource("coast-weekly");
        runner.runAll(); // the reader's passages: the corpus alone
        vm.reader().annotate(vm.reader().passages().get(2), AnnotationDraft.of("grim", "", null));
        runner.runAll();
        assertEquals(1, vm.session().workspace().annotations().list().size());
        assertFalse(vm.session().workspace().analysisRead().isDone(), "a passage's note needs no analysis");
        vm.annotations().activate();
        assertTrue(vm.annotations().annotations().isEmpty(), "the notes pane waits for the analysis");
        readTheAnalysis();
        waitForTheAnalysis.run();
        runner.runAll();
        assertEquals(AnalysisState.READ, vm.session().analysisState());
        assertEquals(1, vm.annotations().annotations().size());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void anAnalysisThatCannotBeReadIsShownAsSuch() throws Exception {
        InventedFilm.writeTo(dir);
        Files.delete(dir.resolve("analysis.json"));
        Files.writeString(dir.resolve("scenes.json"), "{ not json");
        WorkbenchViewModel vm = new WorkbenchViewModel(BackgroundRunner.direct(), Debouncer.immediate());
        vm.session().addErrorListener(errors::add);
        vm.analysisMoment(Duration.ZERO);
        vm.ending().activate();
        vm.open(dir, false);
        assertEquals(AnalysisState.FAILED, vm.session().analysisState());
        assertTrue(vm.session().analysisProblemProperty().get().contains("scenes.json"),
                vm.session().analysisProblemProperty().get());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("Could not read the analysis"), errors.get(0));
        assertEquals(4, vm.session().corpus().sources().size(), "the corpus is shown all the same");
        assertTrue(vm.ending().rows().isEmpty());
    }

    @Test
    void eachPaneFillsOnceThePartsItShowsAreReadAndNotBefore() throws Exception {
        InventedFilm.writeTo(dir);
        WorkbenchViewModel vm = new WorkbenchViewModel(BackgroundRunner.direct(), Debouncer.immediate());
        vm.session().addErrorListener(errors::add);
        vm.ending().activate();
        vm.quotes().activate();
        vm.scenes().activate();
        vm.arcs().activate();
        try (Workspace ws = Workspace.open(dir)) {
            vm.session().publish(ws, ws.corpus(), false); // as an open does while the analysis is still being read
            assertTrue(vm.ending().rows().isEmpty());
            assertEquals(1, vm.search().speakerChoices().size(), "any speaker, until the cast is read");

            vm.session().partsRead(Set.of(AnalysisPart.ENDING));
            assertEquals(2, vm.ending().rows().size());
            assertTrue(vm.quotes().quotes().isEmpty());
            assertTrue(vm.arcs().characters().isEmpty());
            assertEquals(AnalysisState.READING, vm.session().analysisState());

            vm.session().partsRead(Set.of(AnalysisPart.SCENES));
            assertTrue(vm.scenes().scenes().isEmpty(), "the scenes pane shows the scenes' quotes too");
            vm.session().partsRead(Set.of(AnalysisPart.QUOTES));
            assertEquals(2, vm.quotes().quotes().size());
            assertFalse(vm.scenes().scenes().isEmpty());
            assertTrue(vm.arcs().characters().isEmpty(), "the arcs wait for the cast");
            assertEquals(1, vm.search().speakerChoices().size());

            vm.session().partsRead(Set.of(AnalysisPart.CHARACTERS));
            assertEquals(2, vm.arcs().characters().size());
            assertEquals(3, vm.search().speakerChoices().size(), "the speakers come with the cast");
            assertEquals(AnalysisState.READ, vm.session().analysisState());
        }
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aPaneWhosePartIsReadFillsThoughAnotherPartFailsTheAnalysis() throws Exception {
        InventedFilm.writeTo(dir);
        InventedFilm.damageScenesPart(dir);
        WorkbenchViewModel vm = new WorkbenchViewModel(runner, Debouncer.immediate());
        vm.session().addErrorListener(errors::add);
        vm.analysisMoment(Duration.ZERO);
        vm.ending().activate();
        vm.scenes().activate();
        vm.open(dir, false, () -> Workspace.openCorpusFirst(dir, loads::add));
        runner.runOne(); // the opening
        readTheAnalysis(); // the ending's part is read; the scenes' is damaged, and the scene list too
        runner.runAll();
        assertEquals(2, vm.ending().rows().size(), "the ending was read before the scenes' part failed");
        assertEquals(AnalysisState.FAILED, vm.session().analysisState());
        assertTrue(vm.scenes().scenes().isEmpty());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("Could not read the analysis"), errors.get(0));
        assertTrue(errors.get(0).contains("scenes.json"), errors.get(0));

        // a question of the ending shown is annotated: that needs the ending's part, not the analysis that failed
        vm.annotator().annotateQuestion(vm.ending().rows().get(0).id(), AnnotationDraft.of("asked twice", "", null));
        runner.runAll();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(1, vm.session().workspace().annotations().list().size());
    }

    private static String generation(Path file) throws Exception {
        return VersionedJson.mapper().readTree(file.toFile()).get("generation").asText();
    }
}
