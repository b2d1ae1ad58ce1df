package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The words (runs of letters and digits) of the scenes' keyword phrases, and which of them a text holds, read in one
 * pass over the text as written. A phrase can stand in a lower-cased text only where each of its words stands there
 * as a whole word (a maximal run of letters and digits), so a phrase missing one is ruled out without lower-casing
 * the text and searching it once per word (which was most of a fit's phrase work).
 */
final class PhraseWords {
    /** The answer when a text cannot be read this way: every word may be there. */
    static final long ANY = -1L;
    /**
     * Bits of a {@code long}: word k has bit {@code k % 64}, so past the 64th word bits are shared. A shared bit can
     * only let a phrase through that a word of its own would have ruled out (the fit then searches the text for it),
     * never rule out one the text holds, so any number of phrases is still pre-filtered.
     */
    private static final int BITS = 64;

    private final List<String> words = new ArrayList<>();
    /** The words' characters: words and texts are compared as char[]s, see {@link #in}. */
    private final List<char[]> wordChars = new ArrayList<>();
    /**
     * Open addressing by the word's hash: index + 1 into {@link #words}, 0 for an empty slot. Not
     * {@code corpus.text.TokenNumbers}: that numbers every token it is asked for (a miss adds one), and the words of
     * a text are looked up here as written, lower-cased while compared; most are no phrase word and must stay out.
     */
    private int[] table = new int[0];
    private int mask;
    /** Bit n set when a word is n characters long (n below 64): most words of a text are ruled out by length. */
    private long lengths;

    /** The bits of the phrase's words ({@link #bitOf}), numbering words met for the first time. */
    long add(String[] phraseWords) {
        long bits = 0;
        for (String w : phraseWords) {
            int k = words.indexOf(w);
            if (k < 0) {
                k = words.size();
                words.add(w);
                wordChars.add(w.toCharArray());
            }
            bits |= bitOf(k);
        }
        rebuildTable();
        return bits;
    }

    /** The bit of word number {@code k}, shared with every 64th word after it. */
    private static long bitOf(int k) {
        return 1L << (k % BITS);
    }

    private void rebuildTable() {
        int n = words.size();
        table = new int[Integer.highestOneBit(Math.max(4, n * 4) - 1) * 2]; // a quarter full;
        mask = table.length - 1;
        lengths = 0;
        for (int k = 0; k < n; k++) {
            int length = words.get(k).length();
            lengths |= length < 64 ? 1L << length : 0; // a longer one is always looked up
            int slot = spread(words.get(k).hashCode()) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = k + 1;
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /**
     * The bits of the words that stand as whole words in {@code text.toLowerCase(Locale.ROOT)}; {@link #ANY} when the
     * text holds a character whose lower case depends on its neighbours or changes the text's length (capital
     * dotted I, capital sigma, a surrogate), which this reading does not follow.
     */
    long in(String string) {
        if (words.isEmpty()) {
            return 0;
        }
        // read as a char[], not by String.charAt (ADR 14)
        char[] text = string.toCharArray();
        long found = 0;
        int n = text.length;
        int start = -1; // of the word being read
        int hash = 0;
        for (int i = 0; i <= n; i++) {
            char lower;
            boolean wordChar;
            if (i == n) {
                lower = ' ';
                wordChar = false;
            } else {
                char c = text[i];
                if (c < 128) {
                    lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                    wordChar = lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9';
                } else {
                    if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
                        return ANY;
                    }
                    int l = Character.toLowerCase((int) c);
                    if (l > 0xFFFF) {
                        return ANY;
                    }
                    lower = (char) l;
                    wordChar = Character.isLetterOrDigit(lower);
                }
            }
            if (wordChar) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                }
                hash = 31 * hash + lower;
            } else if (start >= 0) {
                int length = i - start;
                if (length >= 64 || (lengths & 1L << length) != 0) {
                    found |= lookUp(text, start, i, hash);
                }
                start = -1;
            }
        }
        return found;
    }

    /** The bit of the word {@code text[start, end)} read in lower case, 0 when it is none of the words. */
    private long lookUp(char[] text, int start, int end, int hash) {
        for (int slot = spread(hash) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            int k = table[slot] - 1;
            if (sameLowered(wordChars.get(k), text, start, end)) {
                return bitOf(k);
            }
        }
        return 0;
    }

    private static boolean sameLowered(char[] word, char[] text, int start, int end) {
        if (word.length != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text[i];
            char lower = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : (char) Character.toLowerCase((int) c);
            if (lower != word[i - start]) {
                return false;
            }
        }
        return true;
    }

    int size() {
        return words.size();
    }
}
