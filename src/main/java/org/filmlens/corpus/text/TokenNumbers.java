package org.filmlens.corpus.text;

import java.util.Arrays;

/**
 * Numbers the distinct tokens of a text collection 0, 1, 2 … in the order they are first met, keeping each token
 * once as a String. A token is asked for by its characters in a caller's buffer: writing about one film repeats the
 * same few thousand words, so only a token's first occurrence makes a String, and callers keep what they learn of a
 * token (a count, a stem) in arrays indexed by its number. Not thread-safe: one table per thread.
 *
 * <p>A look-up compares characters with a flat copy of all tokens ({@code pool}) rather than with the Strings: the
 * Strings are compact (a byte array behind an object) and each compare went through them; the pool is one array,
 * and each cell carries its token's hash, so a probe reads the token's characters only when the hashes agree.
 */
public final class TokenNumbers {
    private long[] cells = new long[1024]; // a token's hash << 32 | its number + 1; 0 marks an empty cell
    private String[] tokens = new String[256];
    private int[] starts = new int[257]; // token n's characters are pool[starts[n], starts[n + 1])
    private char[] pool = new char[2048];
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
            long cell = cells[i];
            if (cell == 0) {
                return insert(new String(buf, 0, len), hash, i);
            }
            if ((int) (cell >>> 32) == hash) {
                int n = (int) cell - 1;
                int start = starts[n];
                if (starts[n + 1] - start == len && samePrefix(buf, start, len)) {
                    return n;
                }
            }
        }
    }

    /** The number of a token already made into a String (kept as the table's copy when it is new). */
    public int number(String token) {
        int h = token.hashCode();
        int len = token.length();
        int mask = cells.length - 1;
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            long cell = cells[i];
            if (cell == 0) {
                return insert(token, h, i);
            }
            if ((int) (cell >>> 32) == h) {
                int n = (int) cell - 1;
                if (starts[n + 1] - starts[n] == len && tokens[n].equals(token)) {
                    return n;
                }
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
            long cell = cells[i];
            if (cell == 0) {
                return insert(text.substring(start, end), h, i);
            }
            if ((int) (cell >>> 32) == h) {
                int n = (int) cell - 1;
                int from = starts[n];
                if (starts[n + 1] - from == len && sameIn(text, start, from, len)) {
                    return n;
                }
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

    private boolean samePrefix(char[] buf, int from, int len) {
        char[] chars = pool;
        for (int k = 0; k < len; k++) {
            if (chars[from + k] != buf[k]) {
                return false;
            }
        }
        return true;
    }

    private boolean sameIn(String text, int start, int from, int len) {
        char[] chars = pool;
        for (int k = 0; k < len; k++) {
            if (chars[from + k] != text.charAt(start + k)) {
                return false;
            }
        }
        return true;
    }

    private int insert(String token, int hash, int cell) {
        if (count == tokens.length) {
            tokens = Arrays.copyOf(tokens, count * 2);
            starts = Arrays.copyOf(starts, count * 2 + 1);
        }
        int n = count++;
        int from = starts[n];
        int len = token.length();
        if (from + len > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, from + len));
        }
        token.getChars(0, len, pool, from);
        starts[n + 1] = from + len;
        tokens[n] = token;
        cells[cell] = (long) hash << 32 | (n + 1);
        if (count * 2 > cells.length) { // at most half full, so misses end quickly
            rehash(cells.length * 2);
        }
        return n;
    }

    private void rehash(int capacity) {
        long[] grown = new long[capacity];
        int mask = capacity - 1;
        for (long cell : cells) {
            if (cell != 0) {
                int i = spread((int) (cell >>> 32)) & mask;
                while (grown[i] != 0) {
                    i = (i + 1) & mask;
                }
                grown[i] = cell;
            }
        }
        cells = grown;
    }

    /** Mixes the high bits of the string hash down, since the table is indexed by its low bits. */
    private static int spread(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }
}
