package org.filmlens.ingest;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The word tokens of a text, found in one scan and kept, so that the cleaning rules, the statistics and the listing
 * matcher do not each tokenise the same line again. A token is a run of letters and digits with inner apostrophes,
 * lower-cased, curly apostrophes made straight; each also records where it starts in the text and which
 * space-separated word of the text holds it (the words of {@code text.split(" ")}).
 */
final class Tokens {
    private static final String[] NO_TOKENS = {};
    private static final int[] NO_INTS = {};

    private final String[] tokens;
    private final int[] starts;
    private final int[] words;
    /** The tokens' numbers in {@link #table}, when there is one. */
    private final int[] numbers;
    private final DumpTokens table;
    private String[] stems;

    private Tokens(String[] tokens, int[] starts, int[] words, int[] numbers, DumpTokens table) {
        this.tokens = tokens;
        this.starts = starts;
        this.words = words;
        this.numbers = numbers;
        this.table = table;
    }

    static Tokens of(String text) {
        return of(text, null);
    }

    /** The tokens of {@code text}, each the dump's one copy in {@code table} (none when null). */
    static Tokens of(String text, DumpTokens table) {
        // the scan reads a char[], not String.charAt (ADR 14)
        char[] chars = text.toCharArray();
        int n = chars.length;
        int capacity = Math.min(16, n / 4 + 1);
        String[] tokens = new String[capacity];
        int[] starts = new int[capacity];
        int[] words = new int[capacity];
        int[] numbers = table == null ? null : new int[capacity];
        // with a table, each token as written (ASCII lowered, apostrophes straight): numbered without a String
        char[] written = table == null ? null : table.scratch(n);
        int count = 0;
        int word = 0;
        int i = 0;
        while (i < n) {
            while (i < n && !isLetterOrDigit(chars[i])) {
                if (chars[i] == ' ') {
                    word++;
                }
                i++;
            }
            int start = i;
            boolean plain = true;
            boolean simple = true; // all ASCII or "’", so written[] and hash are the token as Tokens writes it
            int hash = 0;
            while (i < n) {
                char c = chars[i];
                char w;
                if (isLetterOrDigit(c)) {
                    if (c < 128) {
                        boolean upper = c >= 'A' && c <= 'Z';
                        plain &= !upper;
                        w = upper ? (char) (c + ('a' - 'A')) : c;
                    } else {
                        plain &= !Character.isUpperCase(c);
                        simple = false;
                        w = c;
                    }
                } else if ((c == '\'' || c == '\u2019') && i + 1 < n && Character.isLetter(chars[i + 1])) {
                    plain &= c == '\'';
                    w = '\'';
                } else {
                    break;
                }
                hash = 31 * hash + w;
                if (written != null) {
                    written[i - start] = w;
                }
                i++;
            }
            if (i > start) {
                if (count == tokens.length) {
                    int grown = count * 2;
                    tokens = Arrays.copyOf(tokens, grown);
                    starts = Arrays.copyOf(starts, grown);
                    words = Arrays.copyOf(words, grown);
                    numbers = table == null ? null : Arrays.copyOf(numbers, grown);
                }
                String t;
                if (table != null) {
                    numbers[count] = simple ? table.number(written, i - start, hash)
                            : table.number(writtenOf(text.substring(start, i), plain));
                    t = table.word(numbers[count]);
                } else {
                    t = writtenOf(text.substring(start, i), plain);
                }
                tokens[count] = t;
                starts[count] = start;
                words[count] = word;
                count++;
            }
        }
        if (count == 0) {
            return new Tokens(NO_TOKENS, NO_INTS, NO_INTS, table == null ? null : NO_INTS, table);
        }
        return new Tokens(Arrays.copyOf(tokens, count), Arrays.copyOf(starts, count), Arrays.copyOf(words, count),
                table == null ? null : Arrays.copyOf(numbers, count), table);
    }

    /** A token cut from the text as the tokens are written: lowered, curly apostrophes straight, unless plain. */
    private static String writtenOf(String cut, boolean plain) {
        return plain ? cut : cut.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** {@link Character#isLetterOrDigit(char)}, with ASCII (most text) told by two range tests. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    int size() {
        return tokens.length;
    }

    String get(int k) {
        return tokens[k];
    }

    /** Where token {@code k} starts in the text. */
    int start(int k) {
        return starts[k];
    }

    /** Which space-separated word of the text holds token {@code k} (0 for the first word). */
    int word(int k) {
        return words[k];
    }

    /** Whether the tokens were numbered in {@code table}. */
    boolean numberedIn(DumpTokens table) {
        return this.table == table && table != null;
    }

    /** Token {@code k}'s number in the dump's {@link DumpTokens}, or -1 when it was read without one. */
    int number(int k) {
        return numbers == null ? -1 : numbers[k];
    }

    /** The table the tokens were numbered in, or null. */
    DumpTokens table() {
        return table;
    }

    /** {@link Words#isStopword} of token {@code k} (worked out once per dump with a table). */
    boolean isStopword(int k) {
        return table != null ? table.isStopword(numbers[k]) : Words.isStopword(tokens[k]);
    }

    /** {@link Words#hasLetter} of token {@code k} (worked out once per dump with a table). */
    boolean hasLetter(int k) {
        return table != null ? table.hasLetter(numbers[k]) : Words.hasLetter(tokens[k]);
    }

    /** {@link Words#stem} of token {@code k}, computed once (once per dump with a table). */
    String stem(int k) {
        if (table != null) {
            return table.stem(numbers[k]);
        }
        if (stems == null) {
            stems = new String[tokens.length];
        }
        String s = stems[k];
        if (s == null) {
            s = Words.stem(tokens[k]);
            stems[k] = s;
        }
        return s;
    }

    /** The tokens as a read-only list. */
    List<String> list() {
        return Collections.unmodifiableList(Arrays.asList(tokens));
    }

    /** The tokens joined by single spaces and lower-cased: {@link Words#normalize}. */
    String normalized() {
        return String.join(" ", tokens).toLowerCase(Locale.ROOT);
    }
}
