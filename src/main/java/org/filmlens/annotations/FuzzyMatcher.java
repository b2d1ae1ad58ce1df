package org.filmlens.annotations;

import java.util.Optional;

/**
 * Finds where a pattern best occurs in a text allowing edits (insertions, deletions, substitutions): the semi-global
 * edit distance of Sellers, where the match may start and end anywhere in the text. Each cell also carries where its
 * alignment started, so the span comes out without a traceback. O(pattern * text) time, O(pattern) memory: callers
 * bound both.
 */
final class FuzzyMatcher {
    /** Longer spans are not searched fuzzily (too costly, and a long changed span is better shown as unplaced). */
    static final int MAX_PATTERN = 4000;

    private FuzzyMatcher() {}

    /** A match of {@code distance} edits over text[start, end). */
    record Match(int start, int end, int distance) {}

    /** The best match with at most {@code maxDistance} edits, leftmost on ties. */
    static Optional<Match> find(String pattern, String text, int maxDistance) {
        int m = pattern.length();
        if (m == 0 || m > MAX_PATTERN || text.isEmpty()) {
            return Optional.empty();
        }
        // column over the pattern for the current text position j: cost[i] = best cost of pattern[0,i) ending at j
        int[] cost = new int[m + 1];
        int[] from = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            cost[i] = i;
            from[i] = 0;
        }
        Match best = null;
        for (int j = 1; j <= text.length(); j++) {
            char c = text.charAt(j - 1);
            int diagCost = cost[0];
            int diagFrom = from[0];
            cost[0] = 0;
            from[0] = j; // a match may start at any text position
            for (int i = 1; i <= m; i++) {
                int upCost = cost[i];
                int upFrom = from[i];
                int sub = diagCost + (pattern.charAt(i - 1) == c ? 0 : 1);
                int subFrom = diagFrom;
                int del = cost[i - 1] + 1; // pattern char missing from the text
                int ins = upCost + 1; // extra text char
                int bestCost = sub;
                int bestFrom = subFrom;
                if (ins < bestCost) {
                    bestCost = ins;
                    bestFrom = upFrom;
                }
                if (del < bestCost) {
                    bestCost = del;
                    bestFrom = from[i - 1];
                }
                diagCost = upCost;
                diagFrom = upFrom;
                cost[i] = bestCost;
                from[i] = bestFrom;
            }
            if (cost[m] <= maxDistance && (best == null || cost[m] < best.distance())) {
                best = new Match(from[m], j, cost[m]);
            }
        }
        return Optional.ofNullable(best);
    }
}
