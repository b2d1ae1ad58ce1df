package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Progress;
import org.filmlens.storage.AtomicFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edit of the analysis saves analysis.json with the parts it left alone copied from the file it was read from:
 * the same bytes as a whole write, and only while the file is still the one read.
 */
class AnalysisEditSaveTest {
    static Path sample;
    static StoredAnalysis stored;

    @BeforeAll
    static void ingestTheSample(@TempDir Path dir) throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ws.ingest(List.of(WorkspaceTest.SAMPLE), Progress.NONE);
        }
        sample = dir;
        stored = AnalysisJson.read(dir.resolve(WorkspaceFiles.ANALYSIS_FILE));
    }

    private static byte[] written(Path file, String generation, Analysis analysis) throws Exception {
        try (AtomicFiles.Staged staged = AnalysisJson.stage(file, generation, analysis)) {
            staged.commit();
        }
        return Files.readAllBytes(file);
    }

    @Test
    void keptPartsCopiedMakeTheBytesOfTheWholeForEveryChoiceOfParts(@TempDir Path dir) throws Exception {
        Analysis a = stored.analysis();
        Path file = dir.resolve(WorkspaceFiles.ANALYSIS_FILE);
        written(file, stored.generation(), a);
        List<EndingQuestion> ending = new ArrayList<>(a.ending());
        ending.set(0, new EndingQuestion(ending.get(0).id(), "Is the rooftop an ending?", ending.get(0).answers()));
        Analysis edited = new Analysis(a.quotes(), a.characters(), a.scenes(), ending);
        byte[] whole = written(dir.resolve("whole.json"), stored.generation(), edited);
        for (int choice = 0; choice < 1 << 3; choice++) {
            Set<AnalysisPart> kept = EnumSet.noneOf(AnalysisPart.class);
            for (AnalysisPart part : List.of(AnalysisPart.QUOTES, AnalysisPart.CHARACTERS, AnalysisPart.SCENES)) {
                if ((choice & 1 << part.ordinal()) != 0) {
                    kept.add(part);
                }
            }
            Path out = dir.resolve("kept-" + choice + ".json");
            try (AnalysisJson.Parts from = AnalysisJson.Parts.of(file).orElseThrow();
                    AtomicFiles.Staged staged = AnalysisJson.stageKeeping(out, stored.generation(), edited, from,
                            kept)) {
                staged.commit();
            }
            assertArrayEquals(whole, Files.readAllBytes(out), "kept " + kept);
        }
    }

    /**
     * How a workspace comes to hold its analysis: opened the command line's way (both files side by side), the
     * window's, or by an ingest.
     */
    interface Opener {
        Workspace open(Path dir) throws Exception;
    }

    private static Workspace ingestedAgain(Path dir) throws Exception {
        Workspace ws = Workspace.open(dir);
        ws.ingest(List.of(WorkspaceTest.SAMPLE), Progress.NONE);
        return ws;
    }

    @Test
    void anEditCopiesTheUnchangedPartsOfTheFileItWasReadOrWritten(@TempDir Path dir) throws Exception {
        Opener[] openers = {Workspace::open, Workspace::openCorpusFirst, AnalysisEditSaveTest::ingestedAgain};
        for (int i = 0; i < openers.length; i++) {
            editCopiesTheUnchangedParts(openers[i], dir.resolve("ws" + i));
        }
    }

    private void editCopiesTheUnchangedParts(Opener opener, Path copy) throws Exception {
        FolderCopies.copyTree(sample, copy);
        Path file = copy.resolve(WorkspaceFiles.ANALYSIS_FILE);
        try (Workspace ws = opener.open(copy)) {
            String id = ws.analysis().ending().get(0).id();
            // a quote's id changed in place in the quotes part (the file's first part), stamp and all: only a copy
            // of the file's bytes carries it over
            String quoteId = "\"" + ws.analysis().quotes().get(0).id() + "\"";
            String marked = quoteId.substring(0, quoteId.length() - 2) + (quoteId.endsWith("~\"") ? "^" : "~")
                    + "\"";
            overwriteInPlace(file, quoteId, marked);

            ws.renameQuestion(id, "Is the rooftop an ending?");
            String saved = Files.readString(file);
            assertTrue(saved.contains(marked), "the quotes copied from the file read");
            assertTrue(saved.contains("Is the rooftop an ending?"));
        }
    }

    /** What happens to analysis.json between the read and the edit. */
    interface Meddling {
        void with(Path file, Analysis read) throws Exception;
    }

    @Test
    void anEditAfterTheFileWasReplacedWritesItWhole(@TempDir Path dir) throws Exception {
        // another process's save of the same generation, its quotes another list: a new file
        editWritesWholeAfter(dir, (file, read) -> written(file, stored.generation(), new Analysis(
                read.quotes().subList(1, read.quotes().size()), read.characters(), read.scenes(), read.ending())));
    }

    @Test
    void anEditWhosePartsCannotBeCopiedWritesItWhole(@TempDir Path dir) throws Exception {
        // no list where the table says, the stamp as it was
        editWritesWholeAfter(dir, (file, read) -> overwriteInPlace(file, "\"quotes\" : [", "\"quotes\" : {"));
    }

    /** An edit in a copy of the sample opened as the window opens it, after {@code meddling}: the file written whole. */
    private void editWritesWholeAfter(Path dir, Meddling meddling) throws Exception {
        Path copy = dir.resolve("ws");
        FolderCopies.copyTree(sample, copy);
        Path file = copy.resolve(WorkspaceFiles.ANALYSIS_FILE);
        try (Workspace ws = Workspace.openCorpusFirst(copy)) {
            Analysis read = ws.analysis();
            meddling.with(file, read);
            ws.renameQuestion(read.ending().get(0).id(), "Is the rooftop an ending?");
            assertArrayEquals(written(dir.resolve("whole.json"), stored.generation(), ws.analysis()),
                    Files.readAllBytes(file));
        }
    }

    /** Replaces {@code from} with {@code to} (as long in UTF-8) inside the file, leaving its stamp as it was. */
    private static void overwriteInPlace(Path file, String from, String to) throws Exception {
        FileTime modified = Files.getLastModifiedTime(file);
        byte[] bytes = Files.readAllBytes(file);
        byte[] was = from.getBytes(StandardCharsets.UTF_8);
        byte[] now = to.getBytes(StandardCharsets.UTF_8);
        assertEquals(was.length, now.length);
        int at = indexOf(bytes, was);
        assertTrue(at >= 0, "the text is in the file");
        FileStamp stamp = FileStamp.of(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(at);
            raf.write(now);
        }
        Files.setLastModifiedTime(file, modified);
        assertEquals(stamp, FileStamp.of(file), "the file's stamp as it was, or this test shows nothing");
    }

    private static int indexOf(byte[] in, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= in.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
