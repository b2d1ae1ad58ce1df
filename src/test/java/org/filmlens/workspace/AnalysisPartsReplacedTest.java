package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.storage.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table of parts describes one file: the parts read through it are that file's, even when another one is renamed
 * in over it meanwhile (another process's ingest, or an edit of the same generation, committing while a window
 * reads the parts). Read whole, as formats 1 and 2 were, one open stream kept the file it started with.
 */
class AnalysisPartsReplacedTest {
    private static Analysis castOf(String name) {
        return new Analysis(List.of(), List.of(new FilmCharacter(name, null, List.of(), List.of(), List.of())),
                List.of(), List.of());
    }

    private static void save(Path file, String generation, Analysis analysis) throws Exception {
        try (AtomicFiles.Staged staged = AnalysisJson.stage(file, generation, analysis)) {
            staged.commit();
        }
    }

    @Test
    void thePartsReadAreThoseOfTheFileWhoseTableWasRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(WorkspaceFiles.ANALYSIS_FILE);
        // same lengths, so the old table fits the new file byte for byte
        save(file, "11111111-1111-1111-1111-111111111111", castOf("Theodore"));
        try (AnalysisJson.Parts parts = AnalysisJson.Parts.of(file).orElseThrow()) {
            save(file, "22222222-2222-2222-2222-222222222222", castOf("Samantha"));

            assertEquals("11111111-1111-1111-1111-111111111111", parts.generation());
            List<?> cast = parts.read(AnalysisPart.CHARACTERS);
            assertEquals("Theodore", ((FilmCharacter) cast.get(0)).name(),
                    "a part of the file renamed in since, taken as one of the generation read first");
        }
    }
}
