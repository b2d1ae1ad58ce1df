package org.filmlens.corpus.text;

import java.util.Arrays;

/**
 * Numbers the distinct tokens of a text collection 0, 1, 2 … in the order they are first met, keeping each token
 * once as a String. A token is asked for by its characters in a caller's buffer: writing about one film repeats the
 * same few thousand words, so only a token's first occurrence makes a String, and callers keep what they learn of a
 * token (a count, a stem) in arrays indexed by its number. Not thread-safe: one table per thread.
 */
public final class TokenNumbers {
    private int[] cells = new int[1024]; // a token's number + 1 per cell; 0 marks an empty cell
    private String[] tokens = new String[256];
    private int[] hashes = new int[256];
    private int count;

    /** The number of the token {@code buf[0, len)}, given a new one (the next number) when it is not yet here. */
    public int number(char[] buf, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + buf[i];
        }
        return number(buf, len, h);
    }

    /**
     * {@link #number(char[], int)} for a caller that hashed the token while reading it: {@code hash} must be the
     * {@link String#hashCode} of {@code buf[0, len)}.
     */
    public int number(char[] buf, int len, int hash) {
        int mask = cells.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            int cell = cells[i];
            if (cell == 0) {
                return insert(new String(buf, 0, len), hash, i);
            }
            int n = cell - 1;
            if (hashes[n] == hash && same(tokens[n], buf, len)) {
                return n;
            }
        }
    }

    /** The number of a token already made into a String (kept as the table's copy when it is new). */
    public int number(String token) {
        int h = token.hashCode();
        int i = cellOf(token, h);
        int cell = cells[i];
        return cell != 0 ? cell - 1 : insert(token, h, i);
    }

    /** The number of a token when it is here, else -1: unlike the other look-ups, a miss adds nothing. */
    public int numberIfKnown(String token) {
        return cells[cellOf(token, token.hashCode())] - 1;
    }

    /** The cell holding {@code token} (whose String hash is {@code h}), or the empty cell where it would go. */
    private int cellOf(String token, int h) {
        int mask = cells.length - 1;
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            int cell = cells[i];
            if (cell == 0 || hashes[cell - 1] == h && tokens[cell - 1].equals(token)) {
                return i;
            }
        }
    }

    /** The number of the token {@code text[start, end)}, read in place: a String only for a new token. */
    public int number(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        int len = end - start;
        int mask = cells.length - 1;
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            int cell = cells[i];
            if (cell == 0) {
                return insert(text.substring(start, end), h, i);
            }
            int n = cell - 1;
            if (hashes[n] == h && tokens[n].length() == len && text.startsWith(tokens[n], start)) {
                return n;
            }
        }
    }

    /** The token numbered {@code n}: the one String kept for it. */
    public String token(int n) {
        return tokens[n];
    }

    /** How many distinct tokens there are; the numbers run from 0 to one less. */
    public int size() {
        return count;
    }

    private int insert(String token, int hash, int cell) {
        if (count == tokens.length) {
            tokens = Arrays.copyOf(tokens, count * 2);
            hashes = Arrays.copyOf(hashes, count * 2);
        }
        int n = count++;
        tokens[n] = token;
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

    private static boolean same(String token, char[] buf, int len) {
        if (token.length() != len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (token.charAt(k) != buf[k]) {
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
