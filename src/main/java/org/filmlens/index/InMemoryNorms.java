package org.filmlens.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A reader whose text fields' norms (each document's length, which every score reads) are copied into memory the
 * first time a search asks for them: one byte and one bit per document. Passages and quotes share the index, so a
 * text field is missing from a part of the documents and Lucene stores its norms sparsely; every score then
 * walked that sparse structure on disk, a sixth of a search's time. The values are the same, so are the scores.
 */
final class InMemoryNorms extends FilterDirectoryReader {
    private final Set<String> fields;

    InMemoryNorms(DirectoryReader in, Set<String> fields) throws IOException {
        super(in, new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader reader) {
                return new Leaf(reader, fields);
            }
        });
        this.fields = fields;
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
        return new InMemoryNorms(in, fields);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return in.getReaderCacheHelper(); // same content as the wrapped reader
    }

    /** One segment; its norms are read on first use, once, whichever thread asks first. */
    private static final class Leaf extends FilterLeafReader {
        private final Set<String> fields;
        /** Empty when a field's norms do not fit a byte (never for BM25 lengths): then they are read as stored. */
        private final Map<String, Optional<LoadedNorms>> loaded = new ConcurrentHashMap<>();

        Leaf(LeafReader in, Set<String> fields) {
            super(in);
            this.fields = fields;
        }

        @Override
        public NumericDocValues getNormValues(String field) throws IOException {
            if (!fields.contains(field)) {
                return in.getNormValues(field);
            }
            Optional<LoadedNorms> norms;
            try {
                norms = loaded.computeIfAbsent(field, f -> {
                    try {
                        return Optional.ofNullable(LoadedNorms.read(in.getNormValues(f), in.maxDoc()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return norms.isPresent() ? norms.get().iterator() : in.getNormValues(field);
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return in.getCoreCacheHelper(); // same content as the wrapped segment
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return in.getReaderCacheHelper();
        }
    }

    /**
     * A field's norms: which documents have the field, and each one's value. {@code zeroMeansAbsent}: no document
     * has the value 0, so a value that is not 0 says the document has the field, and scoring reads one array per
     * document instead of two. Lucene stores 0 for a field that is present but kept no words (a quote such as "It
     * is." once stop words are dropped), so a segment holding one keeps the two reads.
     */
    record LoadedNorms(FixedBitSet docs, byte[] bytes, boolean zeroMeansAbsent) {
        /** Null when there are none, or when a value does not fit a byte. */
        static LoadedNorms read(NumericDocValues stored, int maxDoc) throws IOException {
            if (stored == null) {
                return null;
            }
            FixedBitSet docs = new FixedBitSet(Math.max(1, maxDoc));
            byte[] values = new byte[maxDoc];
            boolean zeroStored = false;
            for (int doc = stored.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = stored.nextDoc()) {
                long v = stored.longValue();
                if (v != (byte) v) {
                    return null;
                }
                docs.set(doc);
                values[doc] = (byte) v;
                zeroStored |= v == 0;
            }
            return new LoadedNorms(docs, values, !zeroStored);
        }

        /** A fresh iterator over the values (iterators are not shared between searches). */
        NumericDocValues iterator() {
            return new NumericDocValues() {
                private int doc = -1;

                @Override
                public long longValue() {
                    return bytes[doc];
                }

                @Override
                public boolean advanceExact(int target) {
                    doc = target;
                    return zeroMeansAbsent ? bytes[target] != 0 : docs.get(target);
                }

                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() {
                    return advance(doc + 1);
                }

                @Override
                public int advance(int target) {
                    doc = target >= bytes.length ? NO_MORE_DOCS : docs.nextSetBit(target);
                    return doc;
                }

                @Override
                public long cost() {
                    return bytes.length;
                }
            };
        }
    }
}
