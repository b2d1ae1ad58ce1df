package org.filmlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index written in parts by several threads is the index one thread writes: same documents, same order. */
class IndexBuilderTest {
    @TempDir
    Path tmp;

    @Test
    void partsKeepTheSingleThreadedDocumentOrder() throws Exception {
        TinyCorpus tiny = new TinyCorpus();
        for (int s = 0; s < 7; s++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 5 + s; p++) {
                paragraphs.add("Source " + s + " paragraph " + p + " says something about love and endings.");
            }
            tiny.source("s" + s, SourceKind.ARTICLE, paragraphs.toArray(String[]::new));
        }
        Corpus corpus = tiny.build();
        List<Quote> quotes = List.of(
                new Quote("q1", "Something about love.", "Samantha", List.of("s1"), List.of()),
                new Quote("q2", "Endings and love.", null, List.of("s2", "s3"), List.of()));
        Analysis analysis = new Analysis(quotes, List.of(), List.of(), List.of());
        List<String> expected = new ArrayList<>(corpus.passages().stream().map(Passage::id).toList());
        quotes.forEach(q -> expected.add(q.id()));

        for (int parts : new int[] {1, 2, 3, 5}) {
            Path dir = tmp.resolve("parts-" + parts);
            try (Analyzer analyzer = IndexSchema.analyzer()) {
                IndexBuilder.build(dir, new IndexDocuments(corpus, analysis), "g", analyzer, parts);
            }
            assertEquals(expected, storedIds(dir), parts + " parts");
            assertFalse(Files.exists(dir.resolve(IndexBuilder.PARTS_FOLDER)), "the parts' folders are deleted");
            try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
                assertEquals(corpus.passages().size(), index.search(SearchRequest.of("love")).total());
                assertEquals(List.of("q1"), index.searchQuotes(SearchRequest.of("something")).hits().stream()
                        .map(QuoteHit::quoteId).toList());
            }
        }
    }

    @Test
    void anInterruptedBuildStopsAndLeavesNoParts() throws Exception {
        Corpus corpus = new TinyCorpus().source("a", SourceKind.ARTICLE, "One.", "Two two.", "Three three three.")
                .build();
        Path dir = tmp.resolve("stopped");
        Files.createDirectories(dir);
        try (Analyzer analyzer = IndexSchema.analyzer()) {
            Thread.currentThread().interrupt();
            assertThrows(IOException.class, () -> IndexBuilder.build(dir,
                    new IndexDocuments(corpus, Analysis.empty()), "g", analyzer, 2));
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        }
        assertFalse(Files.exists(dir.resolve(IndexBuilder.PARTS_FOLDER)), "the parts' folders are deleted");
    }

    @Test
    void partsAreContiguousAndCoverEveryDocument() {
        Corpus corpus = new TinyCorpus().source("a", SourceKind.ARTICLE, "One.", "Two two.", "Three three three.")
                .build();
        IndexDocuments docs = new IndexDocuments(corpus, Analysis.empty());
        for (int parts = 1; parts <= 5; parts++) {
            int[] bounds = IndexBuilder.bounds(docs, parts);
            assertEquals(parts + 1, bounds.length);
            assertEquals(0, bounds[0]);
            assertEquals(docs.size(), bounds[parts]);
            for (int p = 0; p < parts; p++) {
                assertFalse(bounds[p] > bounds[p + 1], "part " + p + " of " + parts);
            }
        }
    }

    private static List<String> storedIds(Path dir) throws IOException {
        List<String> ids = new ArrayList<>();
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                ids.add(stored.document(doc).get(IndexSchema.ID));
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(Files::isDirectory));
        }
        return ids;
    }
}
