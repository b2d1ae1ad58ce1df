package org.filmlens.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;

/**
 * The readers a search opens in each segment (a dictionary cursor per field, the postings it reads positions and
 * offsets from, the postings ranking and counting read, the stored-fields reader), kept for the next search on the
 * same thread instead of being made again: making them (buffers, cloned inputs) was about a tenth of a one-word
 * search. They hold no results, only places to read from, and every search positions them afresh. Not thread-safe: one per thread and reader.
 */
final class SegmentCursors {
    private final IndexReader reader;
    /** Per field, a dictionary cursor per segment (null where the segment lacks the field). */
    private final Map<String, TermsEnum[]> dictionaries = new HashMap<>();
    /** Per segment, postings with offsets by the slot of the term they were last opened for. */
    private final PostingsEnum[][] positions;
    /** Per segment, the postings that ranking and counting read, by the slot of the weight that last read them. */
    private final PostingsEnum[][] ranking;
    private StoredFields stored;

    SegmentCursors(IndexReader reader) {
        this.reader = reader;
        this.positions = new PostingsEnum[reader.leaves().size()][0];
        this.ranking = new PostingsEnum[reader.leaves().size()][0];
    }

    /** Whether these cursors read this reader (a refreshed searcher needs new ones). */
    boolean reads(IndexReader r) {
        return r == reader;
    }

    /** The segment's dictionary cursor of a field, positioned anywhere; null when the segment lacks the field. */
    TermsEnum dictionary(LeafReaderContext leaf, String field) throws IOException {
        TermsEnum[] byLeaf = dictionaries.get(field);
        if (byLeaf == null) {
            byLeaf = new TermsEnum[reader.leaves().size()];
            for (LeafReaderContext l : reader.leaves()) {
                Terms terms = l.reader().terms(field);
                byLeaf[l.ord] = terms == null ? null : terms.iterator();
            }
            dictionaries.put(field, byLeaf);
        }
        return byLeaf[leaf.ord];
    }

    /**
     * The positions and offsets of the term {@code dictionary} is positioned on, reusing the postings last opened
     * in this segment for {@code slot}: the caller must be done with those.
     */
    PostingsEnum positions(LeafReaderContext leaf, int slot, TermsEnum dictionary) throws IOException {
        return reuse(positions, leaf, slot, dictionary, PostingsEnum.OFFSETS);
    }

    /**
     * The postings ({@code flags} as {@link TermsEnum#postings(PostingsEnum, int)} takes them) of the term
     * {@code dictionary} is positioned on, for ranking or counting, reusing those last opened in this segment for
     * {@code slot} ({@link TermLookups#newSlot}): the caller must be done with those.
     */
    PostingsEnum postings(LeafReaderContext leaf, int slot, TermsEnum dictionary, int flags) throws IOException {
        return reuse(ranking, leaf, slot, dictionary, flags);
    }

    private static PostingsEnum reuse(PostingsEnum[][] pool, LeafReaderContext leaf, int slot, TermsEnum dictionary,
                                      int flags) throws IOException {
        PostingsEnum[] bySlot = pool[leaf.ord];
        if (slot >= bySlot.length) {
            bySlot = java.util.Arrays.copyOf(bySlot, slot + 1);
            pool[leaf.ord] = bySlot;
        }
        bySlot[slot] = dictionary.postings(bySlot[slot], flags);
        return bySlot[slot];
    }

    StoredFields storedFields() throws IOException {
        if (stored == null) {
            stored = reader.storedFields();
        }
        return stored;
    }
}
