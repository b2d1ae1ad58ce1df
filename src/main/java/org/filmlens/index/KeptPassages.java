package org.filmlens.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.Version;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Source;

/**
 * The passage documents of the index built for the corpus before an ingest, carried over into the new index instead
 * of being analysed again, when the new corpus begins with every one of the old corpus's passages, the same objects
 * in the same order (an ingest that adds sources: {@code Workspace.merge} keeps the old sources' passages).
 *
 * <p>A passage's document is its passage's fields plus the speakers of the quotes found in it, which the new
 * analysis may change anywhere in the corpus. An old segment of passages alone whose speakers are unchanged is
 * added as it is (hard links: {@link IndexWriter#addIndexes(Directory...)} of {@link SelectedSegments}); any
 * other (the one where the passages end and the quotes begin, or one whose speakers changed) is read with the old
 * quotes hidden and its speaker postings replaced by the new analysis's, and merged into a new segment
 * ({@link IndexWriter#addIndexes(CodecReader...)}). A merge leaves out the documents it is told are deleted, so the
 * result has no deletions and its word statistics are those of a fresh build; the kept passages come first, in
 * corpus order, so every document keeps the number a fresh build gives it, and ties in score fall as they do there.
 *
 * <p>Anything unexpected (no index, another generation or schema, a locked or damaged index, a source replaced or
 * removed) makes {@link #open} answer null: the caller builds the whole index. Holds a reader of its
 * own on the old index, read-only, until closed.
 */
final class KeptPassages implements Closeable {
    /**
     * A segment is added as it is only when it holds at least this share (1/n) of the kept passages. Each add leaves
     * a small segment of the passages it added; merging those into the segment made at each add keeps their number
     * bounded (at most n as they are, one merged, and the new documents' parts) instead of growing with every add.
     */
    private static final int MIN_WHOLE_SHARE = 10;

    private final Path indexDir;
    private final Directory directory;
    private final DirectoryReader reader;
    private final int count;
    private final List<Run> runs;

    /**
     * Consecutive old segments added the same way: as they are ({@code whole}: every document a kept passage whose
     * speakers are unchanged, so the files serve as they stand) or merged ({@code merged}).
     */
    private record Run(List<SegmentCommitInfo> whole, List<CodecReader> merged) {}

    private KeptPassages(Path indexDir, Directory directory, DirectoryReader reader, int count, List<Run> runs) {
        this.indexDir = indexDir;
        this.directory = directory;
        this.reader = reader;
        this.count = count;
        this.runs = runs;
    }

    /** The old index's passages that the new documents begin with, or null when they cannot be used as they are. */
    static KeptPassages open(LuceneSearchIndex.Previous previous, Corpus corpus, IndexDocuments docs) {
        if (previous == null || !continues(previous.corpus(), corpus)) {
            return null;
        }
        Directory directory = null;
        DirectoryReader reader = null;
        try {
            Path indexDir = previous.indexDir();
            if (!Files.isDirectory(indexDir)) {
                return null;
            }
            directory = FSDirectory.open(indexDir);
            LuceneSearchIndex.checkNotLocked(indexDir, directory);
            reader = DirectoryReader.open(directory);
            int count = previous.corpus().passages().size();
            List<Run> runs = matches(reader, previous.generation(), corpus.passages(), count)
                    ? runs(reader, docs, count) : null;
            if (runs == null) {
                IOUtils.closeWhileHandlingException(reader, directory);
                return null;
            }
            return new KeptPassages(indexDir, directory, reader, count, runs);
        } catch (IOException | RuntimeException e) {
            // missing, locked or damaged: the whole index is built instead
            IOUtils.closeWhileHandlingException(reader, directory);
            return null;
        }
    }

    /**
     * Whether {@code corpus} is {@code old} with sources added after it: every old source still there (the same
     * object: not replaced by a re-ingest of its id, which keeps the old object only when the page is unchanged), and
     * the old passages first, the same objects in the same order. The film may differ (pages added with a film.json
     * name it): no document holds it, and what it changes in the analysis reaches the passages' documents only
     * through their speakers, which are the new ones.
     */
    static boolean continues(Corpus old, Corpus corpus) {
        if (old.isEmpty()) {
            return false;
        }
        for (Source s : old.sources()) {
            if (corpus.source(s.id()).orElse(null) != s) {
                return false;
            }
        }
        List<Passage> before = old.passages();
        List<Passage> now = corpus.passages();
        if (before.isEmpty() || now.size() < before.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (now.get(i) != before.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the index is the one built for the old corpus: its schema and generation, no deletions, and its first
     * {@code count} documents those passages (the first and last checked by id; the generation vouches for the rest),
     * followed by quotes only.
     */
    private static boolean matches(DirectoryReader reader, String generation, List<Passage> passages, int count)
            throws IOException {
        Map<String, String> data = reader.getIndexCommit().getUserData();
        if (!Integer.toString(IndexSchema.VERSION).equals(data.get(IndexSchema.SCHEMA_KEY))
                || generation == null || !generation.equals(data.get(IndexSchema.GENERATION_KEY))
                || reader.hasDeletions() || reader.maxDoc() < count) {
            return false;
        }
        StoredFields stored = reader.storedFields();
        return passages.get(0).id().equals(stored.document(0).get(IndexSchema.ID))
                && passages.get(count - 1).id().equals(stored.document(count - 1).get(IndexSchema.ID))
                && (reader.maxDoc() == count || stored.document(count).get(IndexSchema.SOURCE) == null);
    }

    /**
     * The old segments that hold kept passages, in order: a large segment of kept passages only, whose speakers the
     * new analysis leaves as they were, as it is; any other showing only its kept passages (the first {@code count}
     * documents of the index) with their speakers as the new analysis gives them. Null when a segment has no speaker
     * field to carry them.
     */
    private static List<Run> runs(DirectoryReader reader, IndexDocuments docs, int count) throws IOException {
        Map<BytesRef, int[]> speakers = SpeakerPostings.speakers(docs, count);
        List<Run> runs = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            int kept = Math.min(leaf.reader().maxDoc(), count - leaf.docBase);
            if (kept <= 0) {
                continue;
            }
            Map<BytesRef, int[]> own = SpeakerPostings.slice(speakers, leaf.docBase, leaf.docBase + kept);
            boolean whole = kept == leaf.reader().maxDoc() && (long) kept * MIN_WHOLE_SHARE >= count
                    && ofThisVersion((SegmentReader) leaf.reader()) && sameSpeakers(leaf, own);
            if (runs.isEmpty() || runs.get(runs.size() - 1).whole().isEmpty() == whole) { // another kind of run
                runs.add(new Run(new ArrayList<>(), new ArrayList<>()));
            }
            Run run = runs.get(runs.size() - 1);
            if (whole) {
                // its files are linked into the new index unread: a damaged one must be found now (a merge checks
                // the segments it reads itself); failing here builds the whole index
                leaf.reader().checkIntegrity();
                run.whole().add(((SegmentReader) leaf.reader()).getSegmentInfo());
                continue;
            }
            FieldInfo field = leaf.reader().getFieldInfos().fieldInfo(IndexSchema.SPEAKER);
            if (!own.isEmpty() && (field == null || field.getIndexOptions() != IndexOptions.DOCS)) {
                return null; // a rare case (the old index had no speakers here) not worth a field of our own
            }
            run.merged().add(new SegmentWithNewSpeakers((CodecReader) leaf.reader(), kept,
                    own.isEmpty() ? null : new SpeakerPostings.Postings(own)));
        }
        return runs;
    }

    /**
     * Whether the segment was written by this codec and Lucene version, as a whole build writes it: only then can its
     * files serve as they are (another one's are read and merged into this codec's).
     */
    private static boolean ofThisVersion(SegmentReader segment) {
        SegmentInfo info = segment.getSegmentInfo().info;
        return FilmlensCodec.NAME.equals(info.getCodec().getName()) && Version.LATEST.equals(info.getVersion());
    }

    /** Whether the segment's speaker postings are {@code own}'s. */
    private static boolean sameSpeakers(LeafReaderContext leaf, Map<BytesRef, int[]> own) throws IOException {
        Terms terms = leaf.reader().terms(IndexSchema.SPEAKER);
        if (terms == null) {
            return own.isEmpty();
        }
        if (terms.size() != own.size()) {
            return false;
        }
        TermsEnum te = terms.iterator();
        PostingsEnum docs = null;
        for (Map.Entry<BytesRef, int[]> e : own.entrySet()) {
            BytesRef term = te.next();
            if (term == null || !term.equals(e.getKey()) || te.docFreq() != e.getValue().length) {
                return false;
            }
            docs = te.postings(docs, PostingsEnum.NONE);
            for (int doc : e.getValue()) {
                if (docs.nextDoc() != doc) {
                    return false;
                }
            }
        }
        return te.next() == null;
    }

    /** How many documents are kept: the old corpus's passages, the first documents of the new index. */
    int count() {
        return count;
    }

    /**
     * Adds the kept passages to a new index before anything else is added to it, in order: unchanged segments by
     * hard links (through a commit of just them, held in memory), the others merged.
     */
    void addTo(IndexWriter writer) throws IOException {
        try {
            addRuns(writer);
        } catch (IOException | RuntimeException e) {
            if (LuceneSearchIndex.stopped(e)) {
                throw e;
            }
            throw new OldIndexFailed(indexDir + ": cannot carry the old index's passages over", e);
        }
    }

    /** A failure while the old index was read or merged: the caller builds the whole index instead. */
    static final class OldIndexFailed extends IOException {
        OldIndexFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private void addRuns(IndexWriter writer) throws IOException {
        int createdVersionMajor = reader.leaves().get(0).reader().getMetaData().getCreatedVersionMajor();
        for (Run run : runs) {
            if (run.merged().isEmpty()) {
                try (Directory selected = SelectedSegments.of(directory, run.whole(), createdVersionMajor)) {
                    writer.addIndexes(selected);
                }
            } else {
                writer.addIndexes(run.merged().toArray(CodecReader[]::new));
            }
        }
    }

    /** How many old segments are added as they are and how many merged (tests, measurements). */
    int[] segmentsWholeAndMerged() {
        int whole = 0;
        int merged = 0;
        for (Run run : runs) {
            whole += run.whole().size();
            merged += run.merged().size();
        }
        return new int[] {whole, merged};
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }

}
