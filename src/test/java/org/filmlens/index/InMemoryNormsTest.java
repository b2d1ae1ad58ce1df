package org.filmlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

class InMemoryNormsTest {
    @Test
    void normsAndScoresAreTheStoredOnes() throws Exception {
        try (RandomTextIndex index = new RandomTextIndex(11, 500)) {
            DirectoryReader wrapped = new InMemoryNorms(DirectoryReader.open(index.directory),
                    Set.of(IndexSchema.TEXT, IndexSchema.EXACT));
            try (wrapped) {
                for (int l = 0; l < wrapped.leaves().size(); l++) {
                    LeafReader plain = index.reader.leaves().get(l).reader();
                    LeafReader memory = wrapped.leaves().get(l).reader();
                    for (String field : List.of(IndexSchema.TEXT, IndexSchema.EXACT, IndexSchema.QUOTE_TEXT)) {
                        assertSameNorms(plain.getNormValues(field), memory.getNormValues(field), plain.maxDoc());
                    }
                }
                UserQueryParser parser = new UserQueryParser(index.analyzer, IndexSchema.SOURCE,
                        List.of(SearchFields.PASSAGE_TEXT));
                for (String q : QueryMatchesTest.QUERIES) {
                    if (q.contains("-x")) {
                        continue;
                    }
                    ScoreDoc[] a = new IndexSearcher(index.reader).search(parser.parse(q), 20).scoreDocs;
                    ScoreDoc[] b = new IndexSearcher(wrapped).search(parser.parse(q), 20).scoreDocs;
                    assertEquals(a.length, b.length, q);
                    for (int i = 0; i < a.length; i++) {
                        assertEquals(a[i].doc, b[i].doc, q);
                        assertEquals(a[i].score, b[i].score, q);
                    }
                }
            }
        }
    }

    /** A stored 0 cannot stand for "no norm": then presence is read from the documents' bits. */
    @Test
    void aStoredZeroIsKeptApartFromNoNorm() throws Exception {
        long[] stored = {3, 0, -1, 7, 0}; // -1: the document lacks the field
        NumericDocValues values = new NumericDocValues() {
            private int doc = -1;

            @Override
            public long longValue() {
                return stored[doc];
            }

            @Override
            public boolean advanceExact(int target) {
                doc = target;
                return stored[target] >= 0;
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
                for (doc = target; doc < stored.length; doc++) {
                    if (stored[doc] >= 0) {
                        return doc;
                    }
                }
                return doc = NO_MORE_DOCS;
            }

            @Override
            public long cost() {
                return stored.length;
            }
        };
        InMemoryNorms.LoadedNorms loaded = InMemoryNorms.LoadedNorms.read(values, stored.length);
        assertEquals(false, loaded.zeroMeansAbsent());
        NumericDocValues memory = loaded.iterator();
        for (int doc = 0; doc < stored.length; doc++) {
            assertEquals(stored[doc] >= 0, memory.advanceExact(doc), "document " + doc);
            if (stored[doc] >= 0) {
                assertEquals(stored[doc], memory.longValue());
            }
        }
    }

    private static void assertSameNorms(NumericDocValues stored, NumericDocValues memory, int maxDoc)
            throws Exception {
        if (stored == null) {
            return;
        }
        assertNotNull(memory);
        Map<Integer, Long> values = new HashMap<>();
        for (int doc = stored.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = stored.nextDoc()) {
            values.put(doc, stored.longValue());
        }
        for (int doc = 0; doc < maxDoc; doc++) {
            assertEquals(values.containsKey(doc), memory.advanceExact(doc), "document " + doc);
            if (values.containsKey(doc)) {
                assertEquals(values.get(doc), memory.longValue());
            }
        }
    }
}
