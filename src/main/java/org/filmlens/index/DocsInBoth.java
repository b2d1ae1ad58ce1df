package org.filmlens.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * How many documents hold both of two terms, by stepping through their document lists side by side (each skipping
 * ahead to the other's next document), where the terms' dictionary lookups are known already. The same number as
 * {@code IndexSearcher.count} of the two as required clauses, without the weights, scorers and collector it builds
 * for each of them in each segment: a count of this kind is most of what an {@code a OR b} or {@code a -b} search
 * costs beyond ranking. Deleted documents are counted too: callers ask only of an index without deletions.
 */
final class DocsInBoth {
    private DocsInBoth() {}

    /**
     * Reads through a search's cursors, reusing the postings kept in their slots {@code slotA} and {@code slotB}
     * ({@link TermLookups#newSlot}).
     */
    static long count(IndexReaderContext top, Term a, TermStates inA, Term b, TermStates inB, SegmentCursors cursors,
                      int slotA, int slotB) throws IOException {
        long n = 0;
        for (LeafReaderContext leaf : top.leaves()) {
            PostingsEnum docsA = docs(cursors, leaf, a, inA, slotA);
            PostingsEnum docsB = docsA == null ? null : docs(cursors, leaf, b, inB, slotB);
            if (docsB != null) {
                n += count(docsA, docsB);
            }
        }
        return n;
    }

    private static long count(PostingsEnum a, PostingsEnum b) throws IOException {
        long n = 0;
        int doc = a.nextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS) {
            int other = b.docID() < doc ? b.advance(doc) : b.docID();
            if (other == doc) {
                n++;
                doc = a.nextDoc();
            } else if (other == DocIdSetIterator.NO_MORE_DOCS) {
                break;
            } else {
                doc = a.advance(other);
            }
        }
        return n;
    }

    /** The term's documents in this segment (no frequencies), or null when the segment lacks it. */
    private static PostingsEnum docs(SegmentCursors cursors, LeafReaderContext leaf, Term term, TermStates states,
                                     int slot) throws IOException {
        TermState state = states.get(leaf);
        if (state == null) {
            return null;
        }
        TermsEnum te = cursors.dictionary(leaf, term.field());
        if (te == null) {
            return null;
        }
        te.seekExact(term.bytes(), state);
        return cursors.postings(leaf, slot, te, PostingsEnum.NONE);
    }
}
