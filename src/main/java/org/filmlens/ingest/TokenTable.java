package org.filmlens.ingest;

import java.util.Arrays;
import java.util.Locale;

/**
 * The distinct tokens of one dump, each kept once and numbered. A dump repeats the same few thousand words over
 * and over: a token met again is found by a hash over its characters in the line, with no string cut out, lowered
 * or hashed anew, and every later look-up of it (stopwords, statistics) meets a string whose hash is already known.
 * Tokens come out exactly as {@link Tokens#of(String)} writes them; one table per dump, on one thread.
 */
final class TokenTable {
    private int[] cells = new int[1024]; // a token's number + 1 per cell; 0 marks an empty cell
    private String[] words = new String[256];
    private int[] hashes = new int[256];
    private String[] stems = new String[256];
    private int count;

    /**
     * The number of the token {@code text[start, end)}, as {@link Tokens} writes it: lower-cased, curly apostrophes
     * made straight, unless {@code plain} (no uppercase letter, no curly apostrophe), when it is kept as it stands.
     * Cuts the token out: for the tokens {@link #numberSimple} cannot take, with a character other than ASCII or a
     * curly apostrophe.
     */
    int number(String text, int start, int end, boolean plain) {
        String t = text.substring(start, end);
        return numberOf(plain ? t : t.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    /**
     * The number of a token whose characters are all ASCII or curly apostrophes, found without cutting it out:
     * {@code hash} is the {@link String#hashCode} of the token as {@link Tokens} writes it (ASCII letters lowered,
     * apostrophes straight), as {@link #number} would hash it.
     */
    int numberSimple(String text, int start, int end, int hash) {
        int mask = cells.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            int cell = cells[i];
            if (cell == 0) {
                char[] chars = new char[end - start];
                for (int k = 0; k < chars.length; k++) {
                    chars[k] = lowered(text.charAt(start + k));
                }
                return insert(new String(chars), hash, i);
            }
            int n = cell - 1;
            if (hashes[n] == hash && sameLowered(words[n], text, start, end)) {
                return n;
            }
        }
    }

    /** The token numbered {@code n}. */
    String word(int n) {
        return words[n];
    }

    /** {@link Words#stem} of the token numbered {@code n}, worked out once per dump. */
    String stem(int n) {
        String s = stems[n];
        if (s == null) {
            s = Words.stem(words[n]);
            stems[n] = s;
        }
        return s;
    }

    private int numberOf(String word) {
        int h = word.hashCode();
        int mask = cells.length - 1;
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            int cell = cells[i];
            if (cell == 0) {
                return insert(word, h, i);
            }
            int n = cell - 1;
            if (hashes[n] == h && words[n].equals(word)) {
                return n;
            }
        }
    }

    private int insert(String word, int hash, int cell) {
        if (count == words.length) {
            words = Arrays.copyOf(words, count * 2);
            hashes = Arrays.copyOf(hashes, count * 2);
            stems = Arrays.copyOf(stems, count * 2);
        }
        int n = count++;
        words[n] = word;
        hashes[n] = hash;
        cells[cell] = n + 1;
        if (count * 2 > cells.length) { // at most half full, so misses end quickly
            rehash(cells.length * 2);
        }
        return n;
    }

    private void rehash(int capacity) {
        int[] grown = new int[capacity];
        int mask = capacity - 1;
        for (int n = 0; n < count; n++) {
            int i = spread(hashes[n]) & mask;
            while (grown[i] != 0) {
                i = (i + 1) & mask;
            }
            grown[i] = n + 1;
        }
        cells = grown;
    }

    /** A character of a {@link #numberSimple} token as lower-casing and straightening write it. */
    private static char lowered(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return c == '\u2019' ? '\'' : c;
    }

    private static boolean sameLowered(String word, String text, int start, int end) {
        if (word.length() != end - start) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) != lowered(text.charAt(start + k))) {
                return false;
            }
        }
        return true;
    }

    /** Mixes the high bits of the string hash down, since the table is indexed by its low bits. */
    private static int spread(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }
}
