package org.filmlens.quotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShinglePostingsTest {
    @Test
    void addedIdsComeBackInOrderAndUnknownShinglesAreAbsent() {
        ShinglePostings postings = new ShinglePostings();
        postings.add(42L, 3);
        postings.add(-7L, 5);
        postings.add(42L, 9);
        postings.add(42L, 11);

        assertArrayEquals(new int[] {3, 9, 11}, ids(postings, 42L));
        assertArrayEquals(new int[] {5}, ids(postings, -7L));
        assertEquals(-1, postings.numberOf(43L));
        assertEquals(-1, postings.numberOf(0L));
        assertEquals(2, postings.count());
        assertEquals(11, postings.maxId());
    }

    @Test
    void aLoneIdIsWrittenToTheCallersArray() {
        ShinglePostings postings = new ShinglePostings();
        postings.add(1L, 8);
        int[] one = new int[1];

        int[] list = postings.list(postings.numberOf(1L), one);

        assertEquals(one, list);
        assertEquals(8, one[0]);
        assertEquals(1, postings.size(postings.numberOf(1L)));
    }

    @Test
    void shinglesThatShareTheirLowOrHighBitsStayApart() {
        ShinglePostings postings = new ShinglePostings();
        for (int i = 0; i < 3_000; i++) {
            postings.add((long) i << 32, i); // equal low bits
            postings.add(i, i + 1); // equal high bits
            postings.add(((long) i << 32) | i, i + 2); // both halves equal: cancel out when folded
        }
        for (int i = 0; i < 3_000; i++) {
            if (i == 0) { // the first three shingles are all 0
                assertArrayEquals(new int[] {0, 1, 2}, ids(postings, 0L));
                continue;
            }
            assertArrayEquals(new int[] {i}, ids(postings, (long) i << 32));
            assertArrayEquals(new int[] {i + 1}, ids(postings, i));
            assertArrayEquals(new int[] {i + 2}, ids(postings, ((long) i << 32) | i));
        }
    }

    @Test
    void manyKeysThroughSeveralGrowthsMatchAPlainMap() {
        ShinglePostings postings = new ShinglePostings();
        Map<Long, List<Integer>> expected = new HashMap<>();
        Random random = new Random(7);
        long[] pool = new long[60_000];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = random.nextLong();
        }
        for (int id = 0; id < 200_000; id++) {
            // skewed: a few shingles get long lists (growing their arrays), most one or two ids
            long shingle = pool[(int) (pool.length * Math.pow(random.nextDouble(), 3))];
            postings.add(shingle, id);
            expected.computeIfAbsent(shingle, s -> new ArrayList<>()).add(id);
        }

        assertEquals(expected.size(), postings.count());
        for (Map.Entry<Long, List<Integer>> e : expected.entrySet()) {
            int[] want = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            assertArrayEquals(want, ids(postings, e.getKey()));
        }
        for (int i = 0; i < 1_000; i++) {
            long absent = random.nextLong();
            if (!expected.containsKey(absent)) {
                assertEquals(-1, postings.numberOf(absent));
            }
        }
    }

    @Test
    void negativeIdsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ShinglePostings().add(1L, -1));
    }

    private static int[] ids(ShinglePostings postings, long shingle) {
        int number = postings.numberOf(shingle);
        assertTrue(number >= 0, "held: " + shingle);
        return Arrays.copyOf(postings.list(number, new int[1]), postings.size(number));
    }
}
