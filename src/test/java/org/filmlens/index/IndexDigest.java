package org.filmlens.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * What an index holds, field by field, as lines that two indexes built differently can be compared by: each
 * field's statistics and a digest of its terms, postings (documents, frequencies, positions, offsets) and norms,
 * and a digest of every document's stored fields, all by document number. Segment layout and field numbers are
 * left out: searches do not see them. {@code main(INDEX_DIR)} prints the lines (the 10 and 100 MB checks).
 */
public final class IndexDigest {
    private IndexDigest() {}

    public static void main(String[] args) throws Exception {
        lines(Path.of(args[0])).forEach(System.out::println);
    }

    public static List<String> lines(Path indexDir) throws IOException {
        try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            List<String> out = new ArrayList<>();
            out.add("maxDoc " + reader.maxDoc() + " numDocs " + reader.numDocs());
            FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
            TreeSet<String> names = new TreeSet<>();
            for (FieldInfo f : infos) {
                names.add(f.name);
            }
            for (String field : names) {
                Terms terms = MultiTerms.getTerms(reader, field);
                if (terms != null) {
                    out.add(field + " docCount " + terms.getDocCount() + " sumDocFreq " + terms.getSumDocFreq()
                            + " sumTotalTermFreq " + terms.getSumTotalTermFreq() + " postings " + postings(terms));
                }
                NumericDocValues norms = MultiDocValues.getNormValues(reader, field);
                if (norms != null) {
                    Hash d = sha();
                    for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                        update(d, doc);
                        update(d, norms.longValue());
                    }
                    out.add(field + " norms " + hex(d));
                }
            }
            Hash stored = sha();
            StoredFields fields = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                update(stored, doc);
                for (IndexableField f : fields.document(doc)) {
                    stored.update(f.name().getBytes(StandardCharsets.UTF_8));
                    Object v = f.numericValue() != null ? f.numericValue() : f.stringValue();
                    stored.update(String.valueOf(v).getBytes(StandardCharsets.UTF_8));
                }
            }
            out.add("stored " + hex(stored));
            return out;
        }
    }

    private static String postings(Terms terms) throws IOException {
        Hash d = sha();
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        boolean positions = terms.hasPositions();
        boolean offsets = terms.hasOffsets();
        int flags = offsets ? PostingsEnum.OFFSETS : positions ? PostingsEnum.POSITIONS : PostingsEnum.FREQS;
        for (BytesRef term = te.next(); term != null; term = te.next()) {
            d.update(term.bytes, term.offset, term.length);
            update(d, te.docFreq());
            update(d, te.totalTermFreq());
            pe = te.postings(pe, flags);
            for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                update(d, doc);
                int freq = pe.freq();
                update(d, freq);
                if (positions) {
                    for (int i = 0; i < freq; i++) {
                        update(d, pe.nextPosition());
                        update(d, pe.startOffset());
                        update(d, pe.endOffset());
                    }
                }
            }
        }
        return hex(d);
    }

    /** A 64-bit FNV-style running hash: enough to tell two indexes apart, and fast over 100 MB of postings. */
    private static final class Hash {
        private long h = 0xcbf29ce484222325L;

        void update(long v) {
            h = (h ^ v) * 0x100000001b3L;
            h ^= h >>> 29;
        }

        void update(byte[] bytes, int offset, int length) {
            update(length);
            for (int i = offset; i < offset + length; i++) {
                update(bytes[i]);
            }
        }

        void update(byte[] bytes) {
            update(bytes, 0, bytes.length);
        }
    }

    private static Hash sha() {
        return new Hash();
    }

    private static void update(Hash d, long v) {
        d.update(v);
    }

    private static String hex(Hash d) {
        return Long.toHexString(d.h);
    }
}
