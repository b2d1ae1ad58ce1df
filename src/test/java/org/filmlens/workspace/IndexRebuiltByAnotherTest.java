package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.filmlens.corpus.Progress;
import org.filmlens.index.LuceneSearchIndex;
import org.filmlens.index.SearchRequest;
import org.filmlens.storage.FileLocks;
import org.filmlens.storage.FileTrees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search index gone or damaged is rebuilt from the corpus by the first search. A search in another process
 * meanwhile waits for that rebuild and answers from it; it failed at once with "the search index is locked".
 */
class IndexRebuiltByAnotherTest {
    @Test
    void aSearchWaitsForAnotherProcesssRebuild(@TempDir Path dir) throws Exception {
        try (Workspace first = Workspace.open(dir)) {
            first.ingest(List.of(WorkspaceTest.SAMPLE), Progress.NONE);
        }
        Path indexDir = dir.resolve(LuceneSearchIndex.FOLDER);
        ExecutorService other = Executors.newSingleThreadExecutor();
        CountDownLatch rebuilding = new CountDownLatch(1);
        Future<?> rebuild = other.submit(() -> { // another process's first search, rebuilding the index
            try (Workspace ws = Workspace.open(dir);
                 FileLocks.Held held = FileLocks.acquire(dir.resolve(Workspace.INDEX_REBUILD_LOCK),
                         Duration.ofSeconds(5))) {
                FileTrees.deleteQuietly(indexDir);
                try (Directory index = FSDirectory.open(indexDir);
                     Lock writing = index.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                    rebuilding.countDown(); // the index half made, its writer's lock held
                    Thread.sleep(1_000);
                }
                LuceneSearchIndex.build(indexDir, ws.corpus(), ws.analysis(),
                        new WorkspaceFiles(dir).corpusGeneration().orElseThrow());
            }
            return null;
        });
        try (Workspace ws = Workspace.open(dir)) {
            rebuilding.await();
            assertTrue(ws.search(SearchRequest.of("loneliness")).total() > 0, "answered from the rebuilt index");
        } finally {
            rebuild.get();
            other.shutdown();
        }
    }
}
