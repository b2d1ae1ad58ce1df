package org.filmlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.SourceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Missing, damaged, locked and foreign indexes fail to open with one clear IOException (the workspace rebuilds). */
class IndexLifecycleTest {
    @TempDir
    Path tmp;
    Path dir;

    @BeforeEach
    void build() throws IOException {
        dir = tmp.resolve(LuceneSearchIndex.FOLDER);
        Corpus corpus = new TinyCorpus().source("s", SourceKind.ARTICLE,
                "A first paragraph about the film and its ending.",
                "A second paragraph about the music.").build();
        LuceneSearchIndex.build(dir, corpus, Analysis.empty(), "gen-7");
    }

    @Test
    void theFolderNameCarriesTheSchemaVersion() {
        assertEquals("index-v" + IndexSchema.VERSION, LuceneSearchIndex.FOLDER);
    }

    @Test
    void theGenerationLivesInTheCommitNotInASideFile() throws IOException {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            assertEquals("gen-7", index.generation());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("generation")));
        }
    }

    @Test
    void aMissingFolderIsAnIOException() {
        IOException e = assertThrows(IOException.class, () -> LuceneSearchIndex.open(tmp.resolve("nowhere")));
        assertTrue(e.getMessage().contains("there is no search index here"), e.getMessage());
    }

    @Test
    void aFolderWithoutACommitIsAnIOException() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        IOException e = assertThrows(IOException.class, () -> LuceneSearchIndex.open(empty));
        assertTrue(e.getMessage().contains("no complete search index"), e.getMessage());
    }

    @Test
    void aDamagedFileIsAnIOException() throws IOException {
        Path largest;
        try (Stream<Path> files = Files.list(dir)) {
            largest = files.filter(p -> !p.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(largest);
        for (int i = Math.max(0, bytes.length - 16); i < bytes.length; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        Files.write(largest, bytes);
        IOException e = assertThrows(IOException.class, () -> LuceneSearchIndex.open(dir));
        assertTrue(e.getMessage().startsWith(dir.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void aTruncatedCommitIsAnIOException() throws IOException {
        Path segments;
        try (Stream<Path> files = Files.list(dir)) {
            segments = files.filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        }
        try (var ch = Files.newByteChannel(segments, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() / 2);
        }
        IOException e = assertThrows(IOException.class, () -> LuceneSearchIndex.open(dir));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void anIndexWithoutFilmlensCommitDataIsRefused() throws IOException {
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            w.setLiveCommitData(Map.of("filmlens.schema", "0").entrySet());
            w.commit();
        }
        IOException e = assertThrows(IOException.class, () -> LuceneSearchIndex.open(dir));
        assertTrue(e.getMessage().contains("another version of Filmlens"), e.getMessage());
    }

    @Test
    void aWriterInThisProcessMakesTheIndexLocked() throws IOException {
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            IOException e = assertThrows(IOException.class, () -> LuceneSearchIndex.open(dir));
            assertTrue(e.getMessage().contains("locked"), e.getMessage());
            IOException b = assertThrows(IOException.class, () -> LuceneSearchIndex.build(dir,
                    new TinyCorpus().build(), Analysis.empty(), "gen-8"));
            assertTrue(b.getMessage().contains("locked"), b.getMessage());
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            assertEquals("gen-7", index.generation(), "the failed build must not have touched the index");
        }
    }

    @Test
    void aWriterInAnotherProcessMakesTheIndexLocked() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());
            IOException e = assertThrows(IOException.class, () -> LuceneSearchIndex.open(dir));
            assertEquals(dir + ": the search index is locked: another process is writing it", e.getMessage());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            assertEquals(List.of("s-p1"), index.search(SearchRequest.of("music")).hits().stream()
                    .map(SearchHit::passageId).toList());
        }
    }
}
