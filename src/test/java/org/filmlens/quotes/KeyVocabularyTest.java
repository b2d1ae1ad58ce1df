package org.filmlens.quotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.filmlens.corpus.Progress;
import org.junit.jupiter.api.Test;

class KeyVocabularyTest {
    @Test
    void chunkedNumberingEqualsOneSequentialPassForAnyChunking() {
        Random random = new Random(20261123);
        for (int round = 0; round < 200; round++) {
            List<List<String>> quotations = quotations(random, 1 + random.nextInt(120));
            int[][] expected = sequential(quotations);
            assertIdsEqual(expected, numberedInChunks(quotations, List.of(quotations.size())), "one chunk");
            assertIdsEqual(expected, numberedInChunks(quotations, ones(quotations.size())), "a chunk per quotation");
            assertIdsEqual(expected, numberedInChunks(quotations, randomCuts(random, quotations.size())),
                    "random chunks, round " + round);
        }
    }

    @Test
    void numberingOnWorkersEqualsOneSequentialPass() {
        Random random = new Random(7);
        List<List<String>> first = quotations(random, 3_000);
        List<List<String>> second = quotations(random, 2_000);
        List<List<String>> all = new ArrayList<>(first);
        all.addAll(second);
        int[][] expected = sequential(all);
        for (int threads : new int[] {1, 2, 4}) {
            try (Workers workers = new Workers(threads, Progress.NONE)) {
                // as QuoteFinder does: two parallel passes, their locals appended, then made global once
                List<KeyVocabulary.Local> locals = new ArrayList<>(
                        workers.map(first.size(), KeyVocabulary.Chunk::new, (c, i) -> c.number(first.get(i))));
                locals.addAll(workers.map(second.size(), KeyVocabulary.Chunk::new, (c, i) -> c.number(second.get(i))));
                KeyVocabulary vocabulary = new KeyVocabulary();
                int[][] ids = vocabulary.global(locals);
                assertIdsEqual(expected, ids, threads + " threads");
                for (int q = 0; q < all.size(); q++) {
                    assertEquals(all.get(q), vocabulary.view(ids[q]), "words behind the ids of quotation " + q);
                }
            }
        }
    }

    @Test
    void repeatedAndEmptyKeyListsKeepTheirShape() {
        KeyVocabulary.Chunk chunk = new KeyVocabulary.Chunk();
        List<KeyVocabulary.Local> locals = List.of(chunk.number(List.of()), chunk.number(List.of("b", "a", "b")),
                chunk.number(List.of("a", "c", "a")), chunk.number(List.of()));
        KeyVocabulary vocabulary = new KeyVocabulary();
        int[][] ids = vocabulary.global(locals);
        assertArrayEquals(new int[0], ids[0]);
        assertArrayEquals(new int[] {0, 1, 0}, ids[1]);
        assertArrayEquals(new int[] {1, 2, 1}, ids[2]);
        assertArrayEquals(new int[0], ids[3]);
        assertEquals(List.of("a", "c", "a"), vocabulary.view(ids[2]));
    }

    /** Quotations over a small vocabulary with a long tail, so later quotations both reuse and add words. */
    private static List<List<String>> quotations(Random random, int count) {
        List<List<String>> out = new ArrayList<>();
        for (int q = 0; q < count; q++) {
            int size = random.nextInt(12);
            List<String> words = new ArrayList<>();
            for (int w = 0; w < size; w++) {
                int rank = (int) Math.floor(Math.pow(random.nextDouble(), 3) * 400);
                words.add("w" + rank);
            }
            out.add(words);
        }
        return out;
    }

    /** The reference: ids in order of first occurrence over all quotations in order. */
    private static int[][] sequential(List<List<String>> quotations) {
        Map<String, Integer> ids = new HashMap<>();
        int[][] out = new int[quotations.size()][];
        for (int q = 0; q < out.length; q++) {
            List<String> words = quotations.get(q);
            out[q] = new int[words.size()];
            for (int w = 0; w < words.size(); w++) {
                out[q][w] = ids.computeIfAbsent(words.get(w), k -> ids.size());
            }
        }
        return out;
    }

    /** Numbers consecutive runs of the given sizes in separate chunks, then makes the ids global. */
    private static int[][] numberedInChunks(List<List<String>> quotations, List<Integer> sizes) {
        List<KeyVocabulary.Local> locals = new ArrayList<>();
        int q = 0;
        for (int size : sizes) {
            KeyVocabulary.Chunk chunk = new KeyVocabulary.Chunk();
            for (int end = q + size; q < end; q++) {
                locals.add(chunk.number(quotations.get(q)));
            }
        }
        assertEquals(quotations.size(), q);
        return new KeyVocabulary().global(locals);
    }

    private static List<Integer> ones(int n) {
        return new ArrayList<>(java.util.Collections.nCopies(n, 1));
    }

    private static List<Integer> randomCuts(Random random, int n) {
        List<Integer> sizes = new ArrayList<>();
        for (int left = n; left > 0; ) {
            int size = 1 + random.nextInt(Math.min(left, 17));
            sizes.add(size);
            left -= size;
        }
        return sizes;
    }

    private static void assertIdsEqual(int[][] expected, int[][] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int q = 0; q < expected.length; q++) {
            assertArrayEquals(expected[q], actual[q], what + ", quotation " + q);
        }
    }
}
