package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CancellationException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Quote;
import org.filmlens.index.LuceneSearchIndex;
import org.filmlens.index.SearchRequest;
import org.filmlens.index.SearchResults;
import org.filmlens.storage.FileLocks;
import org.filmlens.storage.FileTrees;
import org.filmlens.storage.VersionedJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace keeps its promises: bad input changes nothing, a lost or damaged index is rebuilt. */
class WorkspaceTest {
    static final Path SAMPLE = Path.of("samples/her-2013/her-2013-web-pages.txt");
    static Path ingested;

    @BeforeAll
    static void ingestSampleOnce(@TempDir Path dir) throws Exception {
        ingested = dir;
        try (Workspace ws = Workspace.open(dir)) {
            IngestReport r = ws.ingest(List.of(SAMPLE), Progress.NONE);
            assertTrue(r.sources() >= 5, "sources: " + r.sources());
        }
    }

    @Test
    void reopenedWorkspaceShowsTheSameCorpusAndFilm() throws Exception {
        try (Workspace ws = Workspace.open(ingested)) {
            assertFalse(ws.isEmpty());
            assertEquals("Her", ws.film().title());
            assertEquals(2013, ws.film().year());
            ws.corpus().passages().forEach(p -> assertEquals(p.text(),
                    ws.source(p.sourceId()).orElseThrow().text().substring(p.start(), p.end()), p.id()));
        }
    }

    @Test
    void aQuoteIsFoundByItsIdInTheQuotesTheWorkspaceHoldsNow(@TempDir Path tmp) throws Exception {
        Path copy = tmp.resolve("ws");
        FolderCopies.copyTree(ingested, copy);
        try (Workspace ws = Workspace.open(copy)) {
            List<Quote> before = ws.allQuotes();
            assertFalse(before.isEmpty());
            for (Quote q : before) {
                assertSame(q, ws.quote(q.id()).orElseThrow(), q.id());
            }
            assertTrue(ws.quote("no-such-quote").isEmpty());
            Path page = Files.writeString(tmp.resolve("more.txt"), "A late review\n\nThe film is quiet and long.\n");
            ws.ingest(List.of(page), Progress.NONE);
            List<Quote> after = ws.allQuotes();
            Quote first = after.get(0);
            assertSame(first, ws.quote(first.id()).orElseThrow(), "looked up in the quotes the ingest made");
        }
        // opened for its corpus, the quotes are read alone at first, then with the whole analysis
        try (Workspace ws = Workspace.openForCorpus(copy)) {
            assertSame(ws.allQuotes(), ws.allQuotes(), "one list while nothing else is read");
            Quote last = ws.allQuotes().get(ws.allQuotes().size() - 1);
            assertSame(last, ws.quote(last.id()).orElseThrow());
            ws.analysis();
            Quote inWhole = ws.allQuotes().get(ws.allQuotes().size() - 1);
            assertSame(inWhole, ws.quote(inWhole.id()).orElseThrow(), "looked up in the quotes in use");
        }
    }

    @Test
    void badInputLeavesTheWorkspaceAsItWas(@TempDir Path tmp) throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        Path binary = Files.write(tmp.resolve("blob.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8, 0, 1});
        Path missing = tmp.resolve("nowhere.txt");
        byte[] before = Files.readAllBytes(ingested.resolve(WorkspaceFiles.CORPUS_FILE));
        for (Path bad : List.of(empty, binary, missing)) {
            try (Workspace ws = Workspace.open(ingested)) {
                WorkspaceException e = assertThrows(WorkspaceException.class,
                        () -> ws.ingest(List.of(bad), Progress.NONE));
                assertTrue(e.getMessage().contains(bad.getFileName().toString()),
                        "message names the file: " + e.getMessage());
                assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
            }
            assertArrayEquals(before, Files.readAllBytes(ingested.resolve(WorkspaceFiles.CORPUS_FILE)));
        }
    }

    @Test
    void aCancelledIngestLeavesNoHalfSavedFiles(@TempDir Path copy) throws Exception {
        FolderCopies.copyTree(ingested, copy);
        byte[] corpus = Files.readAllBytes(copy.resolve(WorkspaceFiles.CORPUS_FILE));
        byte[] analysis = Files.readAllBytes(copy.resolve(WorkspaceFiles.ANALYSIS_FILE));
        List<String> before = names(copy);
        Progress cancelAfterQuotes = new Progress() {
            private volatile boolean cancelled;

            @Override
            public void report(String step, double fraction) {
                cancelled |= step.equals("Linking scenes"); // the index and corpus.json are being written by now
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
        try (Workspace ws = Workspace.open(copy)) {
            assertThrows(CancellationException.class, () -> ws.ingest(List.of(SAMPLE), cancelAfterQuotes));
            assertTrue(ws.search(SearchRequest.of("loneliness")).total() > 0);
        }
        assertEquals(before, names(copy));
        assertArrayEquals(corpus, Files.readAllBytes(copy.resolve(WorkspaceFiles.CORPUS_FILE)));
        assertArrayEquals(analysis, Files.readAllBytes(copy.resolve(WorkspaceFiles.ANALYSIS_FILE)));
    }

    private static List<String> names(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            return walk.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aDamagedIndexIsRebuiltFromTheCorpus(@TempDir Path copy) throws Exception {
        FolderCopies.copyTree(ingested, copy);
        Path index = copy.resolve(LuceneSearchIndex.FOLDER);
        try (var files = Files.list(index)) {
            for (Path f : files.toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        try (Workspace ws = Workspace.open(copy)) {
            assertTrue(ws.search(SearchRequest.of("\"come find me\"")).total() > 0);
        }
    }

    @Test
    void aMissingIndexIsRebuiltFromTheCorpus(@TempDir Path copy) throws Exception {
        FolderCopies.copyTree(ingested, copy);
        FileTrees.deleteQuietly(copy.resolve(LuceneSearchIndex.FOLDER));
        try (Workspace ws = Workspace.open(copy)) {
            assertTrue(ws.search(SearchRequest.of("loneliness")).total() > 0);
        }
    }

    @Test
    void theIndexOpenedAloneFindsWhatTheWorkspaceFinds() throws Exception {
        SearchRequest request = new SearchRequest("love -letter", 5, null, null);
        SearchResults whole;
        try (Workspace ws = Workspace.open(ingested)) {
            whole = ws.search(request);
        }
        try (StandaloneSearch alone = StandaloneSearch.open(ingested).orElseThrow()) {
            SearchResults found = alone.search(request);
            assertTrue(whole.total() > 0);
            assertEquals(whole.total(), found.total());
            assertEquals(whole.hits(), found.hits());
        }
    }

    @Test
    void anIndexNotOfTheCorpusOnDiskIsNotOpenedAlone(@TempDir Path tmp) throws Exception {
        Path otherIngest = tmp.resolve("other-ingest");
        FolderCopies.copyTree(ingested, otherIngest);
        Path corpus = otherIngest.resolve(WorkspaceFiles.CORPUS_FILE);
        String text = Files.readString(corpus);
        String generation = VersionedJson.leadingText(corpus, CorpusFile.VERSION, "generation").orElseThrow();
        Files.writeString(corpus, text.replaceFirst(generation, "another-" + generation));
        assertTrue(StandaloneSearch.open(otherIngest).isEmpty(), "index of another ingest");

        Path noIndex = tmp.resolve("no-index");
        FolderCopies.copyTree(ingested, noIndex);
        FileTrees.deleteQuietly(noIndex.resolve(LuceneSearchIndex.FOLDER));
        assertTrue(StandaloneSearch.open(noIndex).isEmpty(), "no index");

        Path olderFormat = tmp.resolve("older-format");
        FolderCopies.copyTree(ingested, olderFormat);
        Path older = olderFormat.resolve(WorkspaceFiles.CORPUS_FILE);
        Files.writeString(older, Files.readString(older).replaceFirst("\"formatVersion\" : " + CorpusFile.VERSION,
                "\"formatVersion\" : 1"));
        assertTrue(StandaloneSearch.open(olderFormat).isEmpty(), "corpus file of format 1");

        Path damaged = tmp.resolve("damaged");
        FolderCopies.copyTree(ingested, damaged);
        Files.write(damaged.resolve(WorkspaceFiles.CORPUS_FILE), new byte[] {0, 1, 2, 3});
        assertTrue(StandaloneSearch.open(damaged).isEmpty(), "damaged corpus file");

        assertTrue(StandaloneSearch.open(tmp.resolve("empty")).isEmpty(), "no workspace");

        // the workspace rebuilds the index of the corpus it reads, which can then be opened alone
        try (Workspace ws = Workspace.open(otherIngest)) {
            assertTrue(ws.search(SearchRequest.of("love")).total() > 0);
        }
        try (StandaloneSearch alone = StandaloneSearch.open(otherIngest).orElseThrow()) {
            assertTrue(alone.search(SearchRequest.of("love")).total() > 0);
        }
    }

    /** A copy of the ingested workspace at {@code ws}, its corpus.json written back in format 2; the corpus read. */
    private static CorpusFile copyInFormatTwo(Path ws) throws Exception {
        FolderCopies.copyTree(ingested, ws);
        Path file = ws.resolve(WorkspaceFiles.CORPUS_FILE);
        CorpusFile current = CorpusJson.read(file);
        Corpus corpus = current.corpus();
        VersionedJson.write(file, new StoredCorpus(StoredCorpus.VERSION, current.generation(), corpus.film(),
                corpus.sources(), corpus.passages()));
        return current;
    }

    @Test
    void aFormatTwoCorpusIsNotSavedAgainWhileAnIngestIsSwappingItsFilesIn(@TempDir Path tmp) throws Exception {
        Path ws = tmp.resolve("format-2");
        CorpusFile current = copyInFormatTwo(ws);
        Corpus corpus = current.corpus();
        Path file = ws.resolve(WorkspaceFiles.CORPUS_FILE);

        // another ingest (here a thread standing for another process) holds the lock its commit swaps files under
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread ingest = new Thread(() -> {
            try (FileLocks.Held swapping = FileLocks.acquire(CorpusJson.swapLock(file), Duration.ofSeconds(5))) {
                held.countDown();
                release.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ingest.start();
        held.await();
        try (Workspace opened = Workspace.openForCorpus(ws)) {
            assertEquals(corpus.sources(), opened.corpus().sources(), "read as it is");
        } finally {
            release.countDown();
            ingest.join();
        }
        assertEquals(StoredCorpus.VERSION, VersionedJson.leadingVersion(file), "left for the ingest to replace");

        try (Workspace opened = Workspace.openForCorpus(ws)) {
            assertEquals(corpus.sources(), opened.corpus().sources());
        }
        assertEquals(CorpusFile.VERSION, VersionedJson.leadingVersion(file), "saved again once nobody swaps");
    }

    @Test
    void aFormatTwoCorpusIsSearchedAloneAndSavedAgainAsFormatThreeOfTheSameGeneration(@TempDir Path tmp)
            throws Exception {
        Path ws = tmp.resolve("format-2");
        CorpusFile current = copyInFormatTwo(ws);
        Corpus corpus = current.corpus();
        Path file = ws.resolve(WorkspaceFiles.CORPUS_FILE);
        byte[] analysis = Files.readAllBytes(ws.resolve(WorkspaceFiles.ANALYSIS_FILE));
        try (StandaloneSearch alone = StandaloneSearch.open(ws).orElseThrow()) {
            assertTrue(alone.search(SearchRequest.of("love")).total() > 0);
        }
        assertEquals(StoredCorpus.VERSION, VersionedJson.leadingVersion(file), "a search writes nothing");

        try (Workspace opened = Workspace.openForCorpus(ws)) {
            assertEquals(corpus.passages(), opened.corpus().passages());
            assertEquals(corpus.sources(), opened.corpus().sources());
        }
        assertEquals(CorpusFile.VERSION, VersionedJson.leadingVersion(file));
        assertEquals(current.generation(), new WorkspaceFiles(ws).corpusGeneration().orElseThrow());
        try (Workspace opened = Workspace.open(ws)) {
            assertEquals(corpus.passages(), opened.corpus().passages());
            assertFalse(opened.characters().isEmpty());
        }
        assertArrayEquals(analysis, Files.readAllBytes(ws.resolve(WorkspaceFiles.ANALYSIS_FILE)),
                "the analysis still of the corpus's generation, not derived again");
        try (StandaloneSearch alone = StandaloneSearch.open(ws).orElseThrow()) {
            assertTrue(alone.search(SearchRequest.of("love")).total() > 0);
        }
    }

    @Test
    void aDamagedOrLockedIndexIsNotOpenedAlone(@TempDir Path tmp) throws Exception {
        Path damaged = tmp.resolve("damaged-index");
        FolderCopies.copyTree(ingested, damaged);
        try (var files = Files.list(damaged.resolve(LuceneSearchIndex.FOLDER))) {
            for (Path f : files.toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        assertTrue(StandaloneSearch.open(damaged).isEmpty(), "damaged index");

        Path locked = tmp.resolve("locked-index");
        FolderCopies.copyTree(ingested, locked);
        try (Directory d = FSDirectory.open(locked.resolve(LuceneSearchIndex.FOLDER));
             Lock writer = d.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            assertTrue(StandaloneSearch.open(locked).isEmpty(), "index locked by a writer");
        }
        // the refused open let go of everything: with the writer gone, the same index opens alone
        try (StandaloneSearch alone = StandaloneSearch.open(locked).orElseThrow()) {
            assertTrue(alone.search(SearchRequest.of("love")).total() > 0);
        }
    }

    @Test
    void aSearchOnAnIndexAWriterHoldsSaysSoAndDeletesNothing(@TempDir Path tmp) throws Exception {
        Path locked = tmp.resolve("locked-index");
        FolderCopies.copyTree(ingested, locked);
        Path indexDir = locked.resolve(LuceneSearchIndex.FOLDER);
        List<Path> before;
        try (var files = Files.list(indexDir)) {
            before = files.sorted().toList();
        }
        try (Workspace ws = Workspace.open(locked)) {
            try (Directory d = FSDirectory.open(indexDir); Lock writer = d.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                WorkspaceException e = assertThrows(WorkspaceException.class,
                        () -> ws.search(SearchRequest.of("love")));
                assertTrue(e.getMessage().contains("locked"), e.getMessage());
                try (var files = Files.list(indexDir)) {
                    assertEquals(before, files.sorted().toList(), "the index left as it was, not rebuilt");
                }
            }
            assertTrue(ws.search(SearchRequest.of("love")).total() > 0, "searches once the writer is gone");
        }
    }

    @Test
    void aNewerCorpusFormatIsRefusedWithAMessage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(WorkspaceFiles.CORPUS_FILE), "{\"formatVersion\": 99, \"sources\": []}");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(dir));
        assertTrue(e.getMessage().contains("newer Filmlens"), e.getMessage());
    }

    @Test
    void aFileInsteadOfAFolderIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThrows(WorkspaceException.class, () -> Workspace.open(file));
    }

}
