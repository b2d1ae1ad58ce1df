package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Progress;
import org.filmlens.storage.AtomicFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** analysis.json written a section at a time is byte for byte the file written whole. */
class AnalysisFileInPartsTest {
    static StoredAnalysis stored;

    @BeforeAll
    static void analyseTheSample(@TempDir Path dir) throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ws.ingest(List.of(WorkspaceTest.SAMPLE), Progress.NONE);
        }
        stored = AnalysisJson.read(dir.resolve(WorkspaceFiles.ANALYSIS_FILE));
    }

    @Test
    void sectionsGivenAsTheyComeMakeTheSameBytesAsTheWhole(@TempDir Path dir) throws Exception {
        Analysis a = stored.analysis();
        assertFalse(a.quotes().isEmpty());
        Path file = dir.resolve(WorkspaceFiles.ANALYSIS_FILE);
        AnalysisFileInParts parts = new AnalysisFileInParts(file, stored.generation());
        CompletableFuture<AtomicFiles.Staged> written = writeInBackground(parts);
        parts.quotes(a.quotes());
        parts.cast(a.characters());
        assertTrue(parts.finish(a));
        try (AtomicFiles.Staged staged = written.get()) {
            staged.commit();
        }
        Path whole = dir.resolve("whole.json");
        try (AtomicFiles.Staged staged = AnalysisJson.stage(whole, stored.generation(), a)) { // as a save writes it
            staged.commit();
        }
        assertArrayEquals(Files.readAllBytes(whole), Files.readAllBytes(file));
    }

    @Test
    void anotherQuoteListOrAnAbandonedFileLeavesNothing(@TempDir Path dir) throws Exception {
        Analysis a = stored.analysis();
        AnalysisFileInParts parts = new AnalysisFileInParts(dir.resolve(WorkspaceFiles.ANALYSIS_FILE), "g");
        CompletableFuture<AtomicFiles.Staged> written = writeInBackground(parts);
        parts.quotes(a.quotes());
        parts.cast(a.characters());
        assertFalse(parts.finish(new Analysis(new ArrayList<>(a.quotes()), a.characters(), a.scenes(), a.ending())));
        parts.abandon();
        assertThrows(Exception.class, written::get);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    /** The writing side runs on its own thread, as in an ingest, while the test hands it the sections. */
    private static CompletableFuture<AtomicFiles.Staged> writeInBackground(AnalysisFileInParts parts) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return parts.write();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
