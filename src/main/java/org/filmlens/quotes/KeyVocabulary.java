package org.filmlens.quotes;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Match keys as dense ints, so linking compares ints and a corpus keeps one string per distinct word rather than
 * one per word of every quotation. Keys are numbered in chunks on several threads, then renumbered here chunk by
 * chunk in input order: the ids come out exactly as one pass over the quotations in order would number them.
 */
final class KeyVocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();

    /** Keys numbered within one chunk of work; one chunk per thread at a time. */
    static final class Chunk {
        private Map<String, Integer> ids = new HashMap<>();
        private List<String> words = new ArrayList<>();
        private int[] global;

        /** The keys with ids local to this chunk, to be made global by {@link KeyVocabulary#global}. */
        Local number(List<String> keys) {
            int[] local = new int[keys.size()];
            for (int i = 0; i < local.length; i++) {
                String key = keys.get(i);
                Integer id = ids.get(key);
                if (id == null) {
                    id = words.size();
                    ids.put(key, id);
                    words.add(key);
                }
                local[i] = id;
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
                chunk.global = new int[chunk.words.size()];
                for (int w = 0; w < chunk.global.length; w++) {
                    chunk.global[w] = idOf(chunk.words.get(w));
                }
                // numbered: the chunk's own strings and map are garbage now (linking's heap peak comes later)
                chunk.ids = null;
                chunk.words = null;
            }
            int[] keys = local.keys();
            for (int i = 0; i < keys.length; i++) {
                keys[i] = chunk.global[keys[i]];
            }
            out[q] = keys;
        }
        return out;
    }

    private int idOf(String word) {
        Integer id = ids.get(word);
        if (id == null) {
            id = words.size();
            ids.put(word, id);
            words.add(word);
        }
        return id;
    }

    /** The keys behind global ids, as a list view (no copy). */
    List<String> view(int[] keys) {
        return new AbstractList<>() {
            @Override
            public String get(int i) {
                return words.get(keys[i]);
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
