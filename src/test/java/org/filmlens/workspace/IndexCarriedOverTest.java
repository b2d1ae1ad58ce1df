package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.store.FSDirectory;
import org.filmlens.corpus.Progress;
import org.filmlens.index.IndexDigest;
import org.filmlens.index.LuceneSearchIndex;
import org.filmlens.index.SearchRequest;
import org.filmlens.storage.FileTrees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages added to a workspace whose index is current carry the old passages' documents over into the new index,
 * which holds what a rebuild from the same corpus and analysis holds, also when the pages come again with the
 * old ones unchanged; a page ingested again changed rebuilds it whole.
 */
class IndexCarriedOverTest {
    private static final List<String> QUERIES = List.of("love", "\"come find me\"", "Samantha OR Theodore",
            "letter -love", "lonel*", "operating system");

    @Test
    void addedPagesCarryTheIndexOverAndAReplacedSourceRebuildsIt(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("ws");
        Path essay = Files.createDirectories(tmp.resolve("in")).resolve("an-essay.txt");
        Files.writeString(essay, """
                An essay on Her

                Samantha: I'm yours and I'm not yours.

                The film ends on a rooftop, where Theodore and Amy sit in silence after the operating system leaves.

                Theodore writes a letter to Catherine at last, and the love in it is his own.
                """);
        try (Workspace ws = Workspace.open(dir)) {
            ws.ingest(List.of(WorkspaceTest.SAMPLE), Progress.NONE);
            ws.search(SearchRequest.of("love")); // the index open for searches, as a window holds it
            ws.ingest(List.of(essay), Progress.NONE);
            assertTrue(merged(dir), "the sample's passages carried over");
            assertSameAsARebuild(dir, tmp.resolve("rebuilt"));

            // the same pages again, and one more: the unchanged ones stay as they were, so it is an add
            Path more = essay.resolveSibling("more.txt");
            Files.writeString(more, "More on Her\n\nThe letter Theodore writes at the end is to Catherine.\n");
            ws.ingest(List.of(WorkspaceTest.SAMPLE, essay, more), Progress.NONE);
            assertTrue(merged(dir), "pages ingested again unchanged: the index carried over");
            assertSameAsARebuild(dir, tmp.resolve("rebuilt-superset"));

            Files.writeString(essay, Files.readString(essay) + "\nA last word on the ending of Her.\n");
            ws.ingest(List.of(essay), Progress.NONE);
            assertTrue(!merged(dir), "a source ingested again: the whole index built");
            assertSameAsARebuild(dir, tmp.resolve("rebuilt-again"));
        }
    }

    /** The workspace's index equals the one its copy builds from scratch on its first search. */
    private static void assertSameAsARebuild(Path dir, Path copy) throws Exception {
        FolderCopies.copyTree(dir, copy);
        FileTrees.deleteQuietly(copy.resolve(LuceneSearchIndex.FOLDER));
        List<String> here = new ArrayList<>();
        List<String> there = new ArrayList<>();
        try (Workspace a = Workspace.open(dir); Workspace b = Workspace.open(copy)) {
            for (String q : QUERIES) {
                SearchRequest r = new SearchRequest(q, 10, null, null);
                here.add(a.search(r).total() + " " + a.search(r).hits() + " " + a.searchQuotes(r).hits());
                there.add(b.search(r).total() + " " + b.search(r).hits() + " " + b.searchQuotes(r).hits());
            }
        }
        assertEquals(there, here);
        assertEquals(IndexDigest.lines(copy.resolve(LuceneSearchIndex.FOLDER)),
                IndexDigest.lines(dir.resolve(LuceneSearchIndex.FOLDER)));
    }

    private static boolean merged(Path dir) throws Exception {
        try (FSDirectory d = FSDirectory.open(dir.resolve(LuceneSearchIndex.FOLDER));
             DirectoryReader r = DirectoryReader.open(d)) {
            for (LeafReaderContext leaf : r.leaves()) {
                SegmentReader segment = (SegmentReader) leaf.reader();
                if ("addIndexes(CodecReader...)".equals(segment.getSegmentInfo().info.getDiagnostics().get("source"))) {
                    return true;
                }
            }
            return false;
        }
    }
}
