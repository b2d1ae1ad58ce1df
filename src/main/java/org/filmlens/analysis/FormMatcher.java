package org.filmlens.analysis;

import java.util.Arrays;
import java.util.Collection;

/**
 * Finds whole-word occurrences of many literal strings in a text, leftmost first, the longest string winning at a
 * position, matches not overlapping: what one regex alternation of them all would find, in time that does not grow
 * with the number of strings. The strings form a trie of characters; at each word start the text is walked down
 * the trie as far as it agrees, and the deepest string ending before a non-word character wins. No substring is
 * made nor hashed per word (the cast, and so the strings, grow with the corpus, and so do the words).
 */
final class FormMatcher {
    private final Edges edges = new Edges();
    /** The root's children by char, -1 for none: most words of a text end their walk here, with no hashing. */
    private final int[] rootChildren = new int[Character.MAX_VALUE + 1];
    /** The string ending at each trie node, null where none does; node 0 is the root. */
    private String[] ending = new String[16];
    private int nodes = 1;

    FormMatcher(Collection<String> strings) {
        Arrays.fill(rootChildren, -1);
        for (String s : strings) {
            if (!s.isEmpty()) {
                add(s);
            }
        }
    }

    private void add(String s) {
        int node = 0;
        for (int i = 0; i < s.length(); i++) {
            int next = child(node, s.charAt(i));
            if (next < 0) {
                next = nodes++;
                if (next == ending.length) {
                    ending = Arrays.copyOf(ending, next * 2);
                }
                if (node == 0) {
                    rootChildren[s.charAt(i)] = next;
                } else {
                    edges.put(node, s.charAt(i), next);
                }
            }
            node = next;
        }
        ending[node] = s;
    }

    private int child(int node, char c) {
        return node == 0 ? rootChildren[c] : edges.child(node, c);
    }

    /** Receives each match. */
    interface Sink {
        void match(String string, int start, int end);
    }

    void find(String text, Sink sink) {
        find(text.toCharArray(), sink);
    }

    /**
     * {@link #find(String, Sink)} of a text's characters. The walk reads a char[], not String.charAt: C2 hoists
     * charAt's Latin-1/UTF-16 branch out of these loops while only Latin-1 passages have been seen, and the first
     * curly quote threw the compiled code away.
     */
    void find(char[] chars, Sink sink) {
        int i = 0;
        int n = chars.length;
        while (i < n) {
            if (i > 0 && isWordChar(chars[i - 1])) {
                i++;
                continue;
            }
            String matched = longestAt(chars, i);
            if (matched != null) {
                sink.match(matched, i, i + matched.length());
                i += matched.length();
            } else {
                i = Math.max(runEnd(chars, i), i + 1);
            }
        }
    }

    /** The string equal to {@code text[start, end)}, or null when there is none: a walk that stops at the first miss. */
    String exactly(char[] text, int start, int end) {
        int node = 0;
        for (int j = start; j < end && node >= 0; j++) {
            node = child(node, text[j]);
        }
        return node < 0 ? null : ending[node];
    }

    /** The longest string that starts at {@code at} and ends before a non-word character (or the text's end). */
    private String longestAt(char[] text, int at) {
        String best = null;
        int node = 0;
        int n = text.length;
        for (int j = at; j < n; j++) {
            node = child(node, text[j]);
            if (node < 0) {
                break;
            }
            if (ending[node] != null && (j + 1 == n || !isWordChar(text[j + 1]))) {
                best = ending[node];
            }
        }
        return best;
    }

    private static int runEnd(char[] s, int from) {
        int i = from;
        while (i < s.length && isWordChar(s[i])) {
            i++;
        }
        return i;
    }

    /** A letter or a number, as regex {@code [\p{L}\p{N}]} has it. */
    static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'; // most text: no table
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The trie's edges, (node, char) to child node, in one open-addressing table: no object per node or edge. */
    private static final class Edges {
        private static final long EMPTY = -1;
        private long[] keys = newKeys(64);
        private int[] children = new int[64];
        private int size;

        int child(int node, char c) {
            long key = key(node, c);
            int mask = keys.length - 1;
            for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
                long k = keys[slot];
                if (k == key) {
                    return children[slot];
                }
                if (k == EMPTY) {
                    return -1;
                }
            }
        }

        void put(int node, char c, int child) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            insert(key(node, c), child);
            size++;
        }

        private void insert(long key, int child) {
            int mask = keys.length - 1;
            int slot = slot(key, mask);
            while (keys[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            children[slot] = child;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldChildren = children;
            keys = newKeys(oldKeys.length * 2);
            children = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    insert(oldKeys[i], oldChildren[i]);
                }
            }
        }

        private static long[] newKeys(int n) {
            long[] k = new long[n];
            Arrays.fill(k, EMPTY);
            return k;
        }

        private static long key(int node, char c) {
            return (long) node << 16 | c;
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 29)) & mask;
        }
    }
}
