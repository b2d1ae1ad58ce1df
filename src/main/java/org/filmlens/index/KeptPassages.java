package org.filmlens.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.codecs.FieldsProducer;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FilterCodecReader;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.util.Bits;
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
 * added as it is (hard links, {@link IndexWriter#addIndexes(Directory...)}); any other (the one where the passages
 * end and the quotes begin, or one whose speakers changed) is read with the old quotes hidden and its speaker
 * postings replaced by the new analysis's, and merged into a new segment
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
     * object, so not replaced by a re-ingest of its id), and the old passages first, the same objects in the same
     * order. The film may differ (pages added with a film.json name it): no document holds it, and what it changes
     * in the analysis reaches the passages' documents only through their speakers, which are the new ones.
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
        Map<BytesRef, int[]> speakers = speakers(docs, count);
        List<Run> runs = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            int kept = Math.min(leaf.reader().maxDoc(), count - leaf.docBase);
            if (kept <= 0) {
                continue;
            }
            Map<BytesRef, int[]> own = slice(speakers, leaf.docBase, leaf.docBase + kept);
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
            run.merged().add(new KeptSegment((CodecReader) leaf.reader(), kept, own.isEmpty() ? null : new Postings(own)));
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

    /** Each speaker key of the new analysis → the numbers of the kept passages it is a speaker of, ascending. */
    private static Map<BytesRef, int[]> speakers(IndexDocuments docs, int count) {
        Map<String, int[]> numbers = new HashMap<>(); // sorted once, below
        Map<String, Integer> sizes = new HashMap<>();
        List<Passage> passages = docs.passages();
        for (int i = 0; i < count; i++) {
            String[] keys = docs.speakersOf(passages.get(i).id());
            if (keys != null) {
                for (String k : keys) {
                    int n = sizes.merge(k, 1, Integer::sum);
                    int[] held = numbers.get(k);
                    if (held == null || held.length < n) {
                        held = held == null ? new int[4] : Arrays.copyOf(held, held.length * 2);
                        numbers.put(k, held);
                    }
                    held[n - 1] = i;
                }
            }
        }
        // in the order of the terms' bytes, as a terms dictionary is
        Map<BytesRef, int[]> byTerm = new TreeMap<>();
        numbers.forEach((k, held) -> byTerm.put(new BytesRef(k), Arrays.copyOf(held, sizes.get(k))));
        return byTerm;
    }

    /** The speakers' numbers within {@code [from, to)}, made relative to {@code from}. */
    private static Map<BytesRef, int[]> slice(Map<BytesRef, int[]> speakers, int from, int to) {
        Map<BytesRef, int[]> own = new TreeMap<>();
        speakers.forEach((term, numbers) -> {
            int lo = lowerBound(numbers, from);
            int hi = lowerBound(numbers, to);
            if (lo < hi) {
                int[] docs = Arrays.copyOfRange(numbers, lo, hi);
                for (int i = 0; i < docs.length; i++) {
                    docs[i] -= from;
                }
                own.put(term, docs);
            }
        });
        return own;
    }

    private static int lowerBound(int[] sorted, int key) {
        int i = Arrays.binarySearch(sorted, key);
        return i >= 0 ? i : -i - 1;
    }

    /** How many documents are kept: the old corpus's passages, the first documents of the new index. */
    int count() {
        return count;
    }

    /**
     * Adds the kept passages to a new index before anything else is added to it, in order: unchanged segments by
     * hard links through a commit of their own in {@code scratch} (a folder this call makes and its caller
     * deletes), the others merged.
     */
    void addTo(IndexWriter writer, Path scratch) throws IOException {
        try {
            addRuns(writer, scratch);
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

    private void addRuns(IndexWriter writer, Path scratch) throws IOException {
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            if (run.merged().isEmpty()) {
                Path dir = Files.createDirectories(scratch.resolve(Integer.toString(r)));
                SegmentInfos commit = new SegmentInfos(reader.leaves().get(0).reader().getMetaData()
                        .getCreatedVersionMajor());
                try (Directory linked = new LinkingDirectory(FSDirectory.open(dir))) {
                    for (SegmentCommitInfo segment : run.whole()) {
                        for (String file : segment.files()) {
                            linked.copyFrom(directory, file, file, IOContext.DEFAULT);
                        }
                        commit.add(segment.clone());
                    }
                    commit.commit(linked);
                    writer.addIndexes(linked);
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

    /** An old segment showing its first {@code kept} documents, with their speakers replaced. */
    private static final class KeptSegment extends FilterCodecReader {
        private final int kept;
        private final Postings speakers;
        private final Bits live;

        KeptSegment(CodecReader in, int kept, Postings speakers) {
            super(in);
            this.kept = kept;
            this.speakers = speakers;
            int maxDoc = in.maxDoc();
            this.live = new Bits() {
                @Override
                public boolean get(int index) {
                    return index < kept;
                }

                @Override
                public int length() {
                    return maxDoc;
                }
            };
        }

        @Override
        public Bits getLiveDocs() {
            return kept == maxDoc() ? null : live; // none hidden: the merge may then copy stored fields in bulk
        }

        @Override
        public int numDocs() {
            return kept;
        }

        @Override
        public FieldsProducer getPostingsReader() {
            FieldsProducer postings = super.getPostingsReader();
            return postings == null ? null : new SpeakersReplaced(postings, speakers);
        }

        @Override
        protected void doClose() {
            // the segment belongs to the old index's reader, which closes it
        }

        // no cache keys: this view has other postings and live documents than the segment, so it must not share
        // the segment's key (a cache entry made for one would be served for the other)
        @Override
        public CacheHelper getCoreCacheHelper() {
            return null;
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }

    /** A segment's postings with the speaker field's taken from the new analysis (null: no speakers). */
    private static final class SpeakersReplaced extends FieldsProducer {
        private final FieldsProducer in;
        private final Postings speakers;

        SpeakersReplaced(FieldsProducer in, Postings speakers) {
            this.in = in;
            this.speakers = speakers;
        }

        // the segment's fields serve as they are: PerFieldPostingsFormat lists every indexed field of the field
        // infos, the speaker field among them even where it has no terms, and runs() merges only segments whose
        // speaker field is indexed (or that get no speakers, where terms() answers null)
        @Override
        public Iterator<String> iterator() {
            return in.iterator();
        }

        @Override
        public Terms terms(String field) throws IOException {
            return IndexSchema.SPEAKER.equals(field) ? speakers : in.terms(field);
        }

        @Override
        public int size() {
            return in.size();
        }

        @Override
        public void close() {
            // the postings reader belongs to the old segment, which the old index's reader closes (as KeptSegment)
        }

        @Override
        public void checkIntegrity() throws IOException {
            in.checkIntegrity();
        }

        @Override
        public FieldsProducer getMergeInstance() {
            return new SpeakersReplaced(in.getMergeInstance(), speakers);
        }
    }

    /** A field indexed with documents only (no frequencies, positions or offsets), from sorted arrays. */
    private static final class Postings extends Terms {
        private final BytesRef[] terms;
        private final int[][] docs;
        private final long sumDocFreq;
        private final int docCount;

        Postings(Map<BytesRef, int[]> byTerm) {
            terms = byTerm.keySet().toArray(BytesRef[]::new);
            docs = byTerm.values().toArray(int[][]::new);
            long sum = 0;
            BitSet distinct = new BitSet();
            for (int[] d : docs) {
                sum += d.length;
                for (int doc : d) {
                    distinct.set(doc);
                }
            }
            sumDocFreq = sum;
            docCount = distinct.cardinality();
        }

        @Override
        public TermsEnum iterator() {
            return new Cursor();
        }

        @Override
        public long size() {
            return terms.length;
        }

        @Override
        public long getSumTotalTermFreq() {
            return sumDocFreq; // with documents only, each posting counts once
        }

        @Override
        public long getSumDocFreq() {
            return sumDocFreq;
        }

        @Override
        public int getDocCount() {
            return docCount;
        }

        @Override
        public boolean hasFreqs() {
            return false;
        }

        @Override
        public boolean hasOffsets() {
            return false;
        }

        @Override
        public boolean hasPositions() {
            return false;
        }

        @Override
        public boolean hasPayloads() {
            return false;
        }

        private final class Cursor extends BaseTermsEnum {
            private int at = -1;

            @Override
            public SeekStatus seekCeil(BytesRef text) {
                int i = Arrays.binarySearch(terms, text);
                at = i >= 0 ? i : -i - 1;
                return i >= 0 ? SeekStatus.FOUND : at < terms.length ? SeekStatus.NOT_FOUND : SeekStatus.END;
            }

            @Override
            public void seekExact(long ord) {
                at = (int) ord;
            }

            @Override
            public BytesRef next() {
                return ++at < terms.length ? terms[at] : null;
            }

            @Override
            public BytesRef term() {
                return terms[at];
            }

            @Override
            public long ord() {
                return at;
            }

            @Override
            public int docFreq() {
                return docs[at].length;
            }

            @Override
            public long totalTermFreq() {
                return docs[at].length;
            }

            @Override
            public PostingsEnum postings(PostingsEnum reuse, int flags) {
                return new Docs(docs[at]);
            }

            @Override
            public ImpactsEnum impacts(int flags) {
                return new SlowImpactsEnum(postings(null, flags));
            }
        }
    }

    private static final class Docs extends PostingsEnum {
        private final int[] docs;
        private int at = -1;

        Docs(int[] docs) {
            this.docs = docs;
        }

        @Override
        public int docID() {
            return at < 0 ? -1 : at < docs.length ? docs[at] : NO_MORE_DOCS;
        }

        @Override
        public int nextDoc() {
            at++;
            return docID();
        }

        @Override
        public int advance(int target) {
            int doc;
            while ((doc = nextDoc()) < target) {
                // few documents per speaker and segment are read this way: the merge reads them in order
            }
            return doc;
        }

        @Override
        public int freq() {
            return 1;
        }

        @Override
        public int nextPosition() {
            return -1;
        }

        @Override
        public int startOffset() {
            return -1;
        }

        @Override
        public int endOffset() {
            return -1;
        }

        @Override
        public BytesRef getPayload() {
            return null;
        }

        @Override
        public long cost() {
            return docs.length;
        }
    }
}
