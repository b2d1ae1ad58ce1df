package org.filmlens.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A page's snippet trigrams are the same whether its lines were numbered in a dump's token table or not. */
class SnippetGramsTest {
    private static final String[] WORDS = {"the", "keeper", "light", "Keeper's", "keeper\u2019s", "fog", "of", "Her",
        "harbour", "caf\u00e9", "CAF\u00c9", "ends", "and", "2013"};

    @Test
    void findsTheSameTrigramsThroughTokenNumbersAsThroughTheWords() {
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            List<ListingEntry> entries = new ArrayList<>();
            for (int e = 0; e < 1 + random.nextInt(5); e++) {
                entries.add(new ListingEntry("Title " + e, null, null, sentence(random, 2 + random.nextInt(10))));
            }
            List<Line> plainLines = new ArrayList<>();
            List<Line> numberedLines = new ArrayList<>();
            DumpTokens table = new DumpTokens();
            for (int l = 0; l < 1 + random.nextInt(6); l++) {
                String text = sentence(random, random.nextInt(15));
                plainLines.add(Line.parse(l, text));
                Line numbered = Line.parse(l, text);
                numbered.tokens(table);
                numberedLines.add(numbered);
            }
            SnippetGrams byWords = new SnippetGrams(entries);
            SnippetGrams byNumbers = new SnippetGrams(entries);
            for (int split = 0; split <= plainLines.size(); split++) { // several pages through one SnippetGrams
                BitSet plain = byWords.foundIn(page(plainLines.subList(split, plainLines.size())));
                BitSet numbered = byNumbers.foundIn(page(numberedLines.subList(split, numberedLines.size())));
                assertEquals(plain, numbered);
                for (int e = 0; e < entries.size(); e++) {
                    assertEquals(byWords.containment(e, plain), byNumbers.containment(e, numbered));
                }
            }
        }
    }

    @Test
    void sortsAndDropsRepeatsAsTheStreamsDo() {
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            long[] longs = random.longs(random.nextInt(40), 0, 12).toArray();
            int[] ints = random.ints(random.nextInt(40), -3, 9).toArray();
            long[] expectedLongs = LongStream.of(longs).sorted().distinct().toArray();
            int[] expectedInts = IntStream.of(ints).sorted().distinct().toArray();
            assertArrayEquals(expectedLongs, SnippetGrams.sortedDistinct(longs), Arrays.toString(longs));
            assertArrayEquals(expectedInts, SnippetGrams.sortedDistinct(ints), Arrays.toString(ints));
        }
    }

    private static String sentence(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            b.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    private static Page page(List<Line> lines) {
        Page page = new Page();
        page.body.addAll(lines);
        return page;
    }
}
