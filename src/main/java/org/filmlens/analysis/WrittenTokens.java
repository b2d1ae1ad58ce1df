package org.filmlens.analysis;

import java.util.function.Function;

/**
 * The term ({@link Terms#termOf}) of each distinct token as written, worked out once: a corpus repeats its tokens, and
 * cutting, lower-casing, checking for stop words and stemming each one again was most of tokenising it. A token is
 * looked up by its characters in the text, so a repeated one costs no String. One per thread: not thread-safe.
 */
final class WrittenTokens<T> {
    private final Function<String, T> termOf;
    private final T none;
    private String[] written = new String[1024];
    private int[] hashes = new int[1024];
    private Object[] terms = new Object[1024];
    private int size;

    /**
     * @param termOf makes what a term maps to (looked up once per distinct written form)
     * @param none   what a token without a term (a stop word, a single letter) maps to
     */
    WrittenTokens(Function<String, T> termOf, T none) {
        this.termOf = termOf;
        this.none = none;
    }

    /** What the token {@code text[start, end)} maps to: {@code none} when it has no term. */
    @SuppressWarnings("unchecked")
    T termAt(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        int mask = written.length - 1;
        int len = end - start;
        for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
            String w = written[slot];
            if (w == null) {
                String token = text.substring(start, end);
                String term = Terms.termOf(token);
                T value = term == null ? none : termOf.apply(term);
                add(slot, token, h, value);
                return value;
            }
            if (hashes[slot] == h && w.length() == len && text.startsWith(w, start)) {
                return (T) terms[slot];
            }
        }
    }

    private void add(int slot, String token, int hash, T value) {
        written[slot] = token;
        hashes[slot] = hash;
        terms[slot] = value;
        if (++size * 2 > written.length) {
            grow();
        }
    }

    private void grow() {
        String[] oldWritten = written;
        int[] oldHashes = hashes;
        Object[] oldTerms = terms;
        written = new String[oldWritten.length * 2];
        hashes = new int[written.length];
        terms = new Object[written.length];
        int mask = written.length - 1;
        for (int i = 0; i < oldWritten.length; i++) {
            if (oldWritten[i] != null) {
                int slot = mix(oldHashes[i]) & mask;
                while (written[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                written[slot] = oldWritten[i];
                hashes[slot] = oldHashes[i];
                terms[slot] = oldTerms[i];
            }
        }
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
