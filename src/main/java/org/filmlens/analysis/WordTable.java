package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A hash table from words to ints that is asked with a word's characters in a buffer: counting the words of a whole
 * corpus meets each distinct word many times, and this makes a String only the first time.
 */
final class WordTable {
    /** What {@link #get} answers for a word not in the table. */
    static final int ABSENT = Integer.MIN_VALUE;

    private String[] keys = new String[1 << 12];
    private int[] values = new int[1 << 12];
    private final List<String> inOrder = new ArrayList<>();

    /** The value of the word {@code buf[0..len)}, or {@link #ABSENT}. */
    int get(char[] buf, int len) {
        int mask = keys.length - 1;
        for (int at = hash(buf, len) & mask; ; at = (at + 1) & mask) {
            String k = keys[at];
            if (k == null) {
                return ABSENT;
            }
            if (same(k, buf, len)) {
                return values[at];
            }
        }
    }

    /** Adds a word that is not in the table yet. */
    void add(String word, int value) {
        if (2 * (inOrder.size() + 1) > keys.length) {
            grow();
        }
        insert(word, value);
        inOrder.add(word);
    }

    /** The words, in the order they were added. */
    List<String> words() {
        return inOrder;
    }

    private void insert(String word, int value) {
        int mask = keys.length - 1;
        int at = hash(word) & mask;
        while (keys[at] != null) {
            at = (at + 1) & mask;
        }
        keys[at] = word;
        values[at] = value;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldValues = values;
        keys = new String[2 * oldKeys.length];
        values = new int[2 * oldValues.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static boolean same(String k, char[] buf, int len) {
        if (k.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (k.charAt(i) != buf[i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] buf, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + buf[i];
        }
        return spread(h);
    }

    private static int hash(String word) {
        int h = 0;
        for (int i = 0; i < word.length(); i++) {
            h = 31 * h + word.charAt(i);
        }
        return spread(h);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }
}
