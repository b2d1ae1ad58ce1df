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
    /** The root's children by char, -1 for none: most words of a text end their walk here, with no search. */
    private final int[] rootChildren = new int[Character.MAX_VALUE + 1];
    /**
     * The other nodes' edges, node by node: node v's children are {@code edgeChildren[firstEdge[v] ..
     * firstEdge[v + 1])}, reached by the chars at the same places in {@code edgeChars}, ascending. The nodes are
     * numbered in depth-first order, so a walk down the trie reads these arrays forwards, mostly a few entries
     * apart, instead of probing a hash table of every edge at random (at 100 MB those probes were the cast's
     * largest hot spot).
     */
    private final int[] firstEdge;
    private final char[] edgeChars;
    private final int[] edgeChildren;
    /** The string ending at each trie node, null where none does; node 0 is the root. */
    private final String[] ending;

    FormMatcher(Collection<String> strings) {
        Arrays.fill(rootChildren, -1);
        // Added in sorted order, a string's new nodes come right after those of the string before it that it shares
        // a prefix with: the nodes are made in depth-first order, children in ascending char order.
        String[] sorted = strings.stream().filter(s -> !s.isEmpty()).sorted().distinct().toArray(String[]::new);
        int most = 1;
        for (String s : sorted) {
            most += s.length();
        }
        int[] parent = new int[most];
        char[] via = new char[most];
        String[] ends = new String[most];
        int[] path = new int[1]; // path[i]: the node of the previous string's first i + 1 chars
        int nodes = 1;
        String previous = "";
        for (String s : sorted) {
            int shared = 0;
            while (shared < previous.length() && shared < s.length() && previous.charAt(shared) == s.charAt(shared)) {
                shared++;
            }
            if (path.length < s.length()) {
                path = Arrays.copyOf(path, Math.max(s.length(), 2 * path.length));
            }
            for (int i = shared; i < s.length(); i++) {
                int node = nodes++;
                parent[node] = i == 0 ? 0 : path[i - 1];
                via[node] = s.charAt(i);
                path[i] = node;
            }
            ends[path[s.length() - 1]] = s;
            previous = s;
        }
        ending = Arrays.copyOf(ends, nodes);
        firstEdge = new int[nodes + 1];
        for (int node = 1; node < nodes; node++) {
            if (parent[node] == 0) {
                rootChildren[via[node]] = node;
            } else {
                firstEdge[parent[node] + 1]++;
            }
        }
        for (int node = 0; node < nodes; node++) {
            firstEdge[node + 1] += firstEdge[node];
        }
        edgeChars = new char[firstEdge[nodes]];
        edgeChildren = new int[firstEdge[nodes]];
        int[] filled = Arrays.copyOf(firstEdge, nodes);
        for (int node = 1; node < nodes; node++) { // children in ascending node order, so in ascending char order
            if (parent[node] != 0) {
                int e = filled[parent[node]]++;
                edgeChars[e] = via[node];
                edgeChildren[e] = node;
            }
        }
    }

    private int child(int node, char c) {
        if (node == 0) {
            return rootChildren[c];
        }
        int from = firstEdge[node];
        int to = firstEdge[node + 1];
        if (to - from > 8) { // near the root, where many names share a first letter or two
            int i = Arrays.binarySearch(edgeChars, from, to, c);
            return i >= 0 ? edgeChildren[i] : -1;
        }
        for (int e = from; e < to; e++) {
            if (edgeChars[e] == c) {
                return edgeChildren[e];
            }
        }
        return -1;
    }

    /** Receives each match. */
    interface Sink {
        void match(String string, int start, int end);
    }

    void find(String text, Sink sink) {
        find(text.toCharArray(), sink);
    }

    /**
     * {@link #find(String, Sink)} of a text's characters. The walk reads a char[], not String.charAt
     * (ADR 14).
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
}
