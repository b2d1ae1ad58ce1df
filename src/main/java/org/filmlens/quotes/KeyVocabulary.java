package org.filmlens.quotes;

import java.util.AbstractList;
import java.util.List;
import org.filmlens.corpus.text.TokenNumbers;

/**
 * Match keys as dense ints, so linking compares ints and a corpus keeps one string per distinct word rather than
 * one per word of every quotation. Keys are numbered in chunks on several threads, then renumbered here chunk by
 * chunk in input order: the ids come out exactly as one pass over the quotations in order would number them.
 */
final class KeyVocabulary {
    private final TokenNumbers ids = new TokenNumbers();

    /** Keys numbered within one chunk of work; one chunk per thread at a time. */
    static final class Chunk {
        private TokenNumbers ids = new TokenNumbers();
        private int[] global;

        /** The keys with ids local to this chunk, to be made global by {@link KeyVocabulary#global}. */
        Local number(List<String> keys) {
            int[] local = new int[keys.size()];
            for (int i = 0; i < local.length; i++) {
                local[i] = ids.number(keys.get(i));
            }
            return new Local(this, local);
        }
    }

    /** One quotation's keys, numbered within its chunk. */
    record Local(Chunk chunk, int[] keys) {}

    /**
     * The quotations' keys with global ids, in the order given; each chunk's words are numbered when its first
     * quotation comes up. The local arrays are renumbered in place.
     */
    int[][] global(List<Local> quotations) {
        int[][] out = new int[quotations.size()][];
        for (int q = 0; q < out.length; q++) {
            Local local = quotations.get(q);
            Chunk chunk = local.chunk();
            if (chunk.global == null) {
                chunk.global = new int[chunk.ids.size()];
                for (int w = 0; w < chunk.global.length; w++) {
                    chunk.global[w] = ids.number(chunk.ids.token(w));
                }
                chunk.ids = null; // numbered: the chunk's own table is garbage now (linking's heap peak comes later)
            }
            int[] keys = local.keys();
            for (int i = 0; i < keys.length; i++) {
                keys[i] = chunk.global[keys[i]];
            }
            out[q] = keys;
        }
        return out;
    }

    /** The keys behind global ids, as a list view (no copy). */
    List<String> view(int[] keys) {
        return new AbstractList<>() {
            @Override
            public String get(int i) {
                return ids.token(keys[i]);
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
