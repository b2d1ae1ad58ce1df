package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordTableTest {
    @Test
    void answersLikeAMapAndKeepsTheOrderOfAdding() {
        WordTable table = new WordTable();
        Map<String, Integer> map = new HashMap<>();
        Random random = new Random(9);
        for (int n = 0; n < 50_000; n++) { // enough words to grow the table several times
            String word = "w" + random.nextInt(20_000);
            char[] buf = word.toCharArray();
            int got = table.get(buf, buf.length);
            assertEquals(map.getOrDefault(word, WordTable.ABSENT), got, word);
            if (got == WordTable.ABSENT) {
                table.add(word, -map.size());
                map.put(word, -map.size());
            }
        }
        assertEquals(map.size(), table.words().size());
        List<String> words = table.words();
        for (int i = 0; i < words.size(); i++) {
            char[] buf = (words.get(i) + "tail").toCharArray();
            assertEquals(-i, table.get(buf, words.get(i).length()));
        }
    }
}
