package org.filmlens.index;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.filmlens.corpus.Passage;

/**
 * The speaker field of the kept passages as the new analysis gives it, held in memory: each speaker's passages as a
 * sorted array ({@link #speakers}, {@link #slice}), served as a field indexed with documents only ({@link Postings}).
 */
final class SpeakerPostings {
    private SpeakerPostings() {}

    /** Each speaker key of the new analysis → the numbers of the kept passages it is a speaker of, ascending. */
    static Map<BytesRef, int[]> speakers(IndexDocuments docs, int count) {
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
    static Map<BytesRef, int[]> slice(Map<BytesRef, int[]> speakers, int from, int to) {
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

    /** A field indexed with documents only (no frequencies, positions or offsets), from sorted arrays. */
    static final class Postings extends Terms {
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
