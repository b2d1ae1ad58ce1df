package org.filmlens.quotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ShingleIndex#candidates} reads only part of the long posting lists (it lets go of lines that cannot make
 * the best few). Its answer must be the plain way's: every probed list counted in full, the lines kept in the order
 * first met, and the best chosen one line at a time, a line replacing the weakest only on more hits.
 */
class ShingleIndexTest {

    @Test
    void candidatesAreThoseOfCountingEveryProbedListInFull() {
        Random random = new Random(8);
        for (int round = 0; round < 300; round++) {
            // few words, so that shingles recur, lists grow long and hit counts tie often
            int vocabulary = 3 + random.nextInt(40);
            ShingleIndex index = new ShingleIndex();
            Map<Long, List<Integer>> plain = new HashMap<>();
            int lines = 1 + random.nextInt(400);
            for (int id = 0; id < lines; id++) {
                int[] keys = randomKeys(random, vocabulary);
                index.add(id, keys);
                addPlain(plain, id, keys);
            }
            ShingleIndex.Probe probe = new ShingleIndex.Probe();
            for (int q = 0; q < 40; q++) {
                int[] query = randomKeys(random, vocabulary + 2); // now and then a word no line has
                int limit = 1 + random.nextInt(8);
                assertArrayEquals(plainCandidates(plain, query, limit), index.candidates(query, limit, probe),
                        "round " + round + ", query " + q);
            }
        }
    }

    private static int[] randomKeys(Random random, int vocabulary) {
        int[] keys = new int[1 + random.nextInt(14)];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = random.nextInt(vocabulary);
        }
        return keys;
    }

    private static void addPlain(Map<Long, List<Integer>> plain, int id, int[] keys) {
        for (long s : ShingleIndex.shingles(keys)) {
            List<Integer> ids = plain.computeIfAbsent(s, x -> new ArrayList<>());
            if (ids.isEmpty() || ids.get(ids.size() - 1) != id) {
                ids.add(id);
            }
        }
    }

    private static int[] plainCandidates(Map<Long, List<Integer>> plain, int[] query, int limit) {
        List<List<Integer>> lists = new ArrayList<>();
        for (long s : ShingleIndex.shingles(query)) {
            if (plain.containsKey(s)) {
                lists.add(plain.get(s));
            }
        }
        lists.sort((a, b) -> Integer.compare(a.size(), b.size())); // stable: ties keep the query's order
        // (ShingleIndex also skips lists longer than 20,000 lines, which these small indexes never have)
        int probes = Math.min(lists.size(), ShingleIndex.MAX_PROBES);
        int minHits = Math.max(1, (int) Math.ceil(probes * 0.3));
        Map<Integer, Integer> hits = new LinkedHashMap<>(); // in the order first met
        for (List<Integer> list : lists.subList(0, probes)) {
            for (int id : list) {
                hits.merge(id, 1, Integer::sum);
            }
        }
        List<int[]> best = new ArrayList<>(); // {id, hits}, most hits first, then the smaller id
        for (Map.Entry<Integer, Integer> e : hits.entrySet()) {
            int h = e.getValue();
            if (h < minHits) {
                continue;
            }
            if (best.size() == limit) {
                if (h <= best.get(limit - 1)[1]) {
                    continue;
                }
                best.remove(limit - 1);
            }
            best.add(new int[] {e.getKey(), h});
            best.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
        }
        return best.stream().mapToInt(b -> b[0]).toArray();
    }
}
