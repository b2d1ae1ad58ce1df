package org.filmlens.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;

/**
 * The positions and offsets of a few terms in the documents of one search, read from the postings. Each term's
 * postings are opened once per segment and moved forward from one document to the next, so ten hits read in doc id
 * order cost one seek per term and segment rather than one per hit. A document asked for out of order reopens them.
 * Not thread-safe: one per search.
 */
final class TermPositions {
    private final List<Term> terms = new ArrayList<>();
    private final List<TermStates> states = new ArrayList<>();
    private final Map<Term, Integer> ids = new HashMap<>();
    private LeafReaderContext leaf;
    private int doc = -1;
    private PostingsEnum[] postings = new PostingsEnum[0];
    /** Per term: whether {@link #doc}'s positions are read yet, and how many it has there. */
    private boolean[] loaded = new boolean[0];
    private int[] freqs = new int[0];
    private int[][] positions = new int[0][];
    private int[][] starts = new int[0][];
    private int[][] ends = new int[0][];
    /** Where postings are kept between searches, or null to open fresh ones. */
    private final SegmentCursors cursors;

    TermPositions() {
        this(null);
    }

    TermPositions(SegmentCursors cursors) {
        this.cursors = cursors;
    }

    /**
     * The id of this term (the same for equal terms), to ask for its positions by. {@code lookups}: where the term
     * is in each segment's dictionary, when the search has looked it up already (else null).
     */
    int add(Term term, TermStates lookups) {
        Integer id = ids.get(term);
        if (id == null) {
            terms.add(term);
            states.add(null);
            id = terms.size() - 1;
            ids.put(term, id);
        }
        if (lookups != null) {
            states.set(id, lookups);
        }
        return id;
    }

    /** Moves to a document; positions are then read on demand, at most once per term. */
    void moveTo(LeafReaderContext leaf, int docInLeaf) throws IOException {
        int n = terms.size();
        if (postings.length != n) {
            postings = new PostingsEnum[n];
            loaded = new boolean[n];
            freqs = new int[n];
            positions = new int[n][4];
            starts = new int[n][4];
            ends = new int[n][4];
        }
        if (leaf == this.leaf && docInLeaf == doc) {
            return; // positions already read stay valid; the postings have moved past them
        }
        if (leaf != this.leaf || docInLeaf < doc) {
            open(leaf);
        }
        this.leaf = leaf;
        this.doc = docInLeaf;
        java.util.Arrays.fill(loaded, false);
    }

    private void open(LeafReaderContext leaf) throws IOException {
        Map<String, TermsEnum> byField = cursors != null ? null : new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            TermsEnum te = byField == null ? cursors.dictionary(leaf, t.field()) : byField.get(t.field());
            if (te == null && byField != null && !byField.containsKey(t.field())) {
                Terms fieldTerms = leaf.reader().terms(t.field());
                te = fieldTerms == null ? null : fieldTerms.iterator();
                byField.put(t.field(), te);
            }
            if (te == null || !seek(te, i, leaf)) {
                postings[i] = null;
            } else {
                postings[i] = cursors != null ? cursors.positions(leaf, i, te) : te.postings(null, PostingsEnum.OFFSETS);
            }
        }
    }

    /** Positions the dictionary on term {@code i}: where the search found it when it did, else by looking. */
    private boolean seek(TermsEnum te, int i, LeafReaderContext leaf) throws IOException {
        TermStates known = states.get(i);
        if (known != null && known.wasBuiltFor(ReaderUtil.getTopLevelContext(leaf))) {
            TermState state = known.get(leaf);
            if (state == null) {
                return false; // not in this segment
            }
            te.seekExact(terms.get(i).bytes(), state);
            return true;
        }
        return te.seekExact(terms.get(i).bytes());
    }

    /** How often term {@code id} occurs in the current document (0 when not at all). */
    int freq(int id) throws IOException {
        load(id);
        return freqs[id];
    }

    /** The term's positions in the current document, ascending; valid up to {@link #freq}. */
    int[] positions(int id) throws IOException {
        load(id);
        return positions[id];
    }

    int[] startOffsets(int id) throws IOException {
        load(id);
        return starts[id];
    }

    int[] endOffsets(int id) throws IOException {
        load(id);
        return ends[id];
    }

    private void load(int id) throws IOException {
        if (loaded[id]) {
            return;
        }
        loaded[id] = true;
        freqs[id] = 0;
        PostingsEnum pe = postings[id];
        if (pe == null) {
            return;
        }
        int at = pe.docID();
        if (at < doc) {
            at = pe.advance(doc);
        }
        if (at == DocIdSetIterator.NO_MORE_DOCS) {
            postings[id] = null;
            return;
        }
        if (at != doc) {
            return;
        }
        int freq = pe.freq();
        positions[id] = ArrayUtil.grow(positions[id], freq);
        starts[id] = ArrayUtil.grow(starts[id], freq);
        ends[id] = ArrayUtil.grow(ends[id], freq);
        for (int i = 0; i < freq; i++) {
            positions[id][i] = pe.nextPosition();
            starts[id][i] = pe.startOffset();
            ends[id][i] = pe.endOffset();
        }
        freqs[id] = freq;
    }
}
