package org.filmlens.ingest;

import java.util.Arrays;
import org.filmlens.corpus.text.TokenNumbers;

/**
 * The distinct tokens of one dump, each kept once and numbered in a {@link TokenNumbers}: a dump repeats the same
 * few thousand words over and over, so a token met again costs a hash look-up over its characters, with no string
 * cut out or lowered, and every later look-up of it (stopwords, statistics) meets a string whose hash is already
 * known. Each token's stem is worked out once. Tokens come out exactly as {@link Tokens#of(String)} writes them;
 * {@link DumpStats} numbers its stems here too (a stem that is no token of the dump gets a number of its own). One
 * per dump, on one thread.
 */
final class DumpTokens {
    private final TokenNumbers numbers = new TokenNumbers();
    private String[] stems = new String[256];
    /** Per token number: 0 not yet worked out, else 1 + the {@link #STOPWORD} and {@link #LETTER} bits. */
    private byte[] kinds = new byte[256];
    private static final int STOPWORD = 1;
    private static final int LETTER = 2;
    /** where {@link Tokens#of(String, DumpTokens)} writes a line's tokens as it reads them */
    private char[] scratch = new char[256];

    /** A buffer of at least {@code length} characters for reading one line's tokens into, reused line after line. */
    char[] scratch(int length) {
        if (scratch.length < length) {
            scratch = new char[Math.max(length, 2 * scratch.length)];
        }
        return scratch;
    }

    /** The number of the token {@code buf[0, len)}, as {@link Tokens} writes it; {@code hash} is its String hash. */
    int number(char[] buf, int len, int hash) {
        return numbers.number(buf, len, hash);
    }

    /** The number of a token already cut out and written as {@link Tokens} writes it. */
    int number(String token) {
        return numbers.number(token);
    }

    /** The token numbered {@code n}. */
    String word(int n) {
        return numbers.token(n);
    }

    /** {@link Words#isStopword} of the token numbered {@code n}, worked out once per dump. */
    boolean isStopword(int n) {
        return (kind(n) & STOPWORD) != 0;
    }

    /** {@link Words#hasLetter} of the token numbered {@code n}, worked out once per dump. */
    boolean hasLetter(int n) {
        return (kind(n) & LETTER) != 0;
    }

    private int kind(int n) {
        if (n >= kinds.length) {
            kinds = Arrays.copyOf(kinds, Math.max(n + 1, 2 * kinds.length));
        }
        int k = kinds[n];
        if (k == 0) {
            String t = numbers.token(n);
            k = 1 + (Words.isStopword(t) ? STOPWORD : 0) + (Words.hasLetter(t) ? LETTER : 0);
            kinds[n] = (byte) k;
        }
        return k - 1;
    }

    /** The number of {@code token} when it is in the table, else -1 (the table is left as it was). */
    int numberIfKnown(String token) {
        return numbers.numberIfKnown(token);
    }

    /** {@link Words#stem} of the token numbered {@code n}, worked out once per dump. */
    String stem(int n) {
        if (n >= stems.length) {
            stems = Arrays.copyOf(stems, Math.max(n + 1, 2 * stems.length));
        }
        String s = stems[n];
        if (s == null) {
            s = Words.stem(numbers.token(n));
            stems[n] = s;
        }
        return s;
    }
}
