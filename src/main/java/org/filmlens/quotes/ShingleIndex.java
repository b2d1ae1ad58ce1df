package org.filmlens.quotes;

import java.util.Arrays;

/**
 * Candidate generation for linking: postings from word pairs (shingles) to the representative lines that contain
 * them. A query probes only its rarest shingles and keeps the lines hit most often, so linking never compares every
 * pair and the work per query stays bounded however large the corpus grows.
 *
 * <p>Postings are primitive ({@link ShinglePostings}: a shingle is one long, ids are ints, no object per shingle).
 * Queries keep their counters in a {@link Probe}, one per thread, so a finished index can be queried from several
 * threads at once.
 */
final class ShingleIndex {
    static final int MAX_PROBES = 8;
    private static final int MAX_POSTING = 20_000;

    private final ShinglePostings postings = new ShinglePostings();

    /** A query's scratch counters; one per thread. */
    static final class Probe {
        private int[] hits = new int[1024];
        private final IntList touched = new IntList();
        private int[] tally = new int[MAX_PROBES + 1]; // lines by hit count, zero between uses
        private long[] order = new long[16];
        private int[] slots = new int[16];
        private final int[] one = new int[1]; // a one-line posting, see ShinglePostings.list

        private void ensure(int id) {
            if (id >= hits.length) {
                hits = Arrays.copyOf(hits, Math.max(id + 1, hits.length * 2));
            }
        }
    }

    /**
     * Files a line under its shingles. Ids come in ascending order, each once: the look-ups binary-search the lists,
     * and count a line's hits in a table as long as the number of lists they read.
     */
    void add(int id, int[] keys) {
        long[] shingles = shingles(keys);
        Arrays.sort(shingles);
        long previous = Long.MIN_VALUE;
        for (long s : shingles) {
            if (s != previous) {
                postings.add(s, id);
                previous = s;
            }
        }
    }

    /**
     * Up to {@code limit} ids that share the most of the query's rarest shingles, best first, ties by the smaller
     * id. A line never displaces one met before it with as many hits (when the best are full, a new line must have
     * more hits than the weakest of them). Safe from several threads while nothing is added, each with its own probe.
     */
    int[] candidates(int[] keys, int limit, Probe probe) {
        long[] shingles = shingles(keys);
        if (probe.order.length < shingles.length) {
            probe.order = new long[shingles.length];
            probe.slots = new int[shingles.length];
        }
        long[] order = probe.order;
        int[] slots = probe.slots;
        int used = 0;
        for (long s : shingles) {
            int slot = postings.numberOf(s);
            if (slot >= 0 && postings.size(slot) <= MAX_POSTING) {
                // shortest lists first; equal lengths keep the query's order (a stable sort)
                order[used] = ((long) postings.size(slot) << 32) | used;
                slots[used++] = slot;
            }
        }
        if (used == 0) {
            return new int[0];
        }
        Arrays.sort(order, 0, used);
        int probes = Math.min(used, MAX_PROBES);
        int minHits = Math.max(1, (int) Math.ceil(probes * 0.3));
        probe.ensure(postings.maxId());
        int[] hits = probe.hits;
        IntList touched = probe.touched;
        int p = 0;
        // the bar last worked out and the list it was worked out at: it grows by at most one per list read
        // since, so it is worked out again only when it could matter
        int known = 0;
        int knownAt = 0;
        for (; p < probes; p++) {
            int left = probes - p; // lists still to read, this one included
            // a line first met now is hit at most `left` times: it can qualify only with minHits, and it can
            // enter the best `limit` only by beating the bar, which needs the bar below `left`
            if (left < minHits) {
                break;
            }
            if (left <= known + p - knownAt) {
                known = bar(probe, limit, probes);
                knownAt = p;
                if (left <= known) {
                    break;
                }
            }
            int slot = slots[(int) order[p]];
            int[] list = postings.list(slot, probe.one);
            for (int i = 0, size = postings.size(slot); i < size; i++) {
                int id = list[i];
                if (hits[id]++ == 0) {
                    touched.add(id);
                }
            }
        }
        for (; p < probes; p++) {
            // only lines met already are counted; those that cannot reach minHits or the bar are let go
            if (known + p - knownAt > minHits) {
                known = bar(probe, limit, probes);
                knownAt = p;
            }
            int needed = Math.max(minHits, known) - (probes - p);
            keepOnly(probe, needed);
            int slot = slots[(int) order[p]];
            countKnown(postings.list(slot, probe.one), postings.size(slot), probe);
        }
        return best(probe, limit, minHits);
    }

    /**
     * The bar: the {@code limit}-th highest count among the lines met (0 while fewer are met). Those lines end
     * with at least this many hits, so a line that can end with no more than the bar cannot take their place:
     * met later, it loses a tie ({@link #best} replaces only on more hits); ending below it, it never counts.
     */
    private static int bar(Probe probe, int limit, int probes) {
        IntList touched = probe.touched;
        if (touched.size() < limit) {
            return 0;
        }
        int[] hits = probe.hits;
        int[] tally = probe.tally;
        for (int t = 0; t < touched.size(); t++) {
            tally[hits[touched.get(t)]]++;
        }
        int bar = 0;
        int atLeast = 0;
        for (int h = probes; h > 0; h--) {
            atLeast += tally[h];
            if (atLeast >= limit && bar == 0) {
                bar = h;
            }
            tally[h] = 0;
        }
        return bar;
    }

    /** Lets go of the lines met with fewer than {@code needed} hits (their counters cleared), keeping the order. */
    private static void keepOnly(Probe probe, int needed) {
        if (needed <= 1) {
            return;
        }
        IntList touched = probe.touched;
        int[] hits = probe.hits;
        int kept = 0;
        for (int t = 0; t < touched.size(); t++) {
            int id = touched.get(t);
            if (hits[id] >= needed) {
                touched.set(kept++, id);
            } else {
                hits[id] = 0;
            }
        }
        touched.truncate(kept);
    }

    /**
     * Counts a list's hits on the lines still held: by binary search for each when they are few, else by one scan
     * of the list (a line let go has a zero counter, and one never met too).
     */
    private static void countKnown(int[] list, int size, Probe probe) {
        IntList touched = probe.touched;
        int[] hits = probe.hits;
        if ((long) touched.size() * (33 - Integer.numberOfLeadingZeros(size)) < size) {
            for (int t = 0; t < touched.size(); t++) {
                int id = touched.get(t);
                if (Arrays.binarySearch(list, 0, size, id) >= 0) {
                    hits[id]++;
                }
            }
        } else {
            for (int i = 0; i < size; i++) {
                int id = list[i];
                if (hits[id] > 0) {
                    hits[id]++;
                }
            }
        }
    }

    /** The best-hit lines in the order they were met, clearing the counters for the next query. */
    private static int[] best(Probe probe, int limit, int minHits) {
        IntList touched = probe.touched;
        int[] hits = probe.hits;
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

    /**
     * A key pair as one long: a murmur finaliser over the two 32-bit ids, which is one to one, so two shingles are
     * equal exactly when their pairs are (no collision can link lines that do not share a pair), and spread out.
     */
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

        void set(int i, int v) {
            items[i] = v;
        }

        void truncate(int newSize) {
            size = newSize;
        }

        void clear() {
            size = 0;
        }
    }
}
