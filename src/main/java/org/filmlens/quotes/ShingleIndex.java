package org.filmlens.quotes;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Candidate generation for linking: postings from word pairs (shingles) to the representative lines that contain
 * them. A query probes only its rarest shingles and keeps the lines hit most often, so linking never compares every
 * pair and the work per query stays bounded however large the corpus grows.
 */
final class ShingleIndex {
    private static final int MAX_PROBES = 8;
    private static final int MAX_POSTING = 20_000;

    private final Map<Long, IntList> postings = new HashMap<>();
    private int[] hits = new int[1024];
    private final IntList touched = new IntList();

    void add(int id, int[] keys) {
        long[] shingles = shingles(keys);
        Arrays.sort(shingles);
        long previous = Long.MIN_VALUE;
        for (long s : shingles) {
            if (s != previous) {
                postings.computeIfAbsent(s, k -> new IntList()).add(id);
                previous = s;
            }
        }
    }

    /** Up to {@code limit} ids that share the most of the query's rarest shingles, best first. */
    int[] candidates(int[] keys, int limit) {
        long[] shingles = shingles(keys);
        IntList[] lists = new IntList[shingles.length];
        int used = 0;
        for (long s : shingles) {
            IntList list = postings.get(s);
            if (list != null && list.size() <= MAX_POSTING) {
                lists[used++] = list;
            }
        }
        if (used == 0) {
            return new int[0];
        }
        Arrays.sort(lists, 0, used, (a, b) -> Integer.compare(a.size(), b.size()));
        int probes = Math.min(used, MAX_PROBES);
        for (int p = 0; p < probes; p++) {
            IntList list = lists[p];
            for (int i = 0; i < list.size(); i++) {
                int id = list.get(i);
                ensure(id);
                if (hits[id]++ == 0) {
                    touched.add(id);
                }
            }
        }
        int minHits = Math.max(1, (int) Math.ceil(probes * 0.3));
        int[] best = new int[limit];
        int[] bestHits = new int[limit];
        int found = 0;
        for (int t = 0; t < touched.size(); t++) {
            int id = touched.get(t);
            int h = hits[id];
            hits[id] = 0;
            if (h < minHits) {
                continue;
            }
            int pos;
            if (found < limit) {
                pos = found++;
            } else if (h > bestHits[limit - 1]) {
                pos = limit - 1;
            } else {
                continue;
            }
            best[pos] = id;
            bestHits[pos] = h;
            while (pos > 0 && (bestHits[pos] > bestHits[pos - 1]
                    || (bestHits[pos] == bestHits[pos - 1] && best[pos] < best[pos - 1]))) {
                int ti = best[pos];
                best[pos] = best[pos - 1];
                best[pos - 1] = ti;
                int th = bestHits[pos];
                bestHits[pos] = bestHits[pos - 1];
                bestHits[pos - 1] = th;
                pos--;
            }
        }
        touched.clear();
        return Arrays.copyOf(best, found);
    }

    private void ensure(int id) {
        if (id >= hits.length) {
            hits = Arrays.copyOf(hits, Math.max(id + 1, hits.length * 2));
        }
    }

    /** Consecutive key pairs; a one-word line is its own shingle. */
    static long[] shingles(int[] keys) {
        if (keys.length == 0) {
            return new long[0];
        }
        if (keys.length == 1) {
            return new long[] {mix(keys[0], -1)};
        }
        long[] out = new long[keys.length - 1];
        for (int i = 0; i + 1 < keys.length; i++) {
            out[i] = mix(keys[i], keys[i + 1]);
        }
        return out;
    }

    /** Spreads a key pair over 64 bits (a murmur finaliser) so the postings' hash table does not collide. */
    private static long mix(int a, int b) {
        long h = ((long) a << 32) ^ (b & 0xffffffffL);
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** A growable list of ints without boxing. */
    static final class IntList {
        private int[] items = new int[4];
        private int size;

        void add(int v) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = v;
        }

        int get(int i) {
            return items[i];
        }

        int size() {
            return size;
        }

        void clear() {
            size = 0;
        }
    }
}
