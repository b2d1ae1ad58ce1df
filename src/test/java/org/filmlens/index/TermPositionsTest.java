package org.filmlens.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.junit.jupiter.api.Test;

class TermPositionsTest {
    @Test
    void positionsAndOffsetsAreThePostingsOwnInAnyOrderOfDocuments() throws Exception {
        try (RandomTextIndex index = new RandomTextIndex(3, 200)) {
            TermPositions positions = new TermPositions();
            Term love = new Term(IndexSchema.TEXT, "love");
            Term missing = new Term(IndexSchema.TEXT, "nowhere");
            int id = positions.add(love, null);
            assertEquals(id, positions.add(new Term(IndexSchema.TEXT, "love"), null));
            int none = positions.add(missing, null);
            List<LeafReaderContext> leaves = index.reader.leaves();
            for (int pass = 0; pass < 2; pass++) {
                for (int l = leaves.size() - 1; l >= 0; l--) { // segments backwards, documents forwards then back
                    LeafReaderContext leaf = leaves.get(l);
                    int max = leaf.reader().maxDoc();
                    for (int i = 0; i < max; i++) {
                        int doc = pass == 0 ? i : max - 1 - i;
                        positions.moveTo(leaf, doc);
                        assertEquals(0, positions.freq(none));
                        int[][] expected = read(leaf, love, doc);
                        int freq = positions.freq(id);
                        assertEquals(expected[0].length, freq);
                        assertArrayEquals(expected[0], Arrays.copyOf(positions.positions(id), freq));
                        assertArrayEquals(expected[1], Arrays.copyOf(positions.startOffsets(id), freq));
                        assertArrayEquals(expected[2], Arrays.copyOf(positions.endOffsets(id), freq));
                    }
                }
            }
        }
    }

    private static int[][] read(LeafReaderContext leaf, Term term, int doc) throws Exception {
        TermsEnum te = leaf.reader().terms(term.field()).iterator();
        if (!te.seekExact(term.bytes())) {
            return new int[3][0];
        }
        PostingsEnum pe = te.postings(null, PostingsEnum.OFFSETS);
        if (pe.advance(doc) != doc) {
            return new int[3][0];
        }
        int[][] out = new int[3][pe.freq()];
        for (int i = 0; i < out[0].length; i++) {
            out[0][i] = pe.nextPosition();
            out[1][i] = pe.startOffset();
            out[2][i] = pe.endOffset();
        }
        return out;
    }
}
