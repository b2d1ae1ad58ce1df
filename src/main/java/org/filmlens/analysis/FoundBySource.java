package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ending passages of each source, by their index in the list of all found ones: what a source's best likeness
 * to a question is worked out from, for the few passages that come near enough to the question to need it.
 */
final class FoundBySource {
    private final int[] sourceOf;
    private final int[][] passagesOf;

    FoundBySource(List<EndingPassage> found) {
        Map<String, Integer> numbers = new HashMap<>();
        List<List<Integer>> members = new ArrayList<>();
        sourceOf = new int[found.size()];
        for (int i = 0; i < found.size(); i++) {
            int s = numbers.computeIfAbsent(found.get(i).sourceId(), k -> numbers.size());
            if (s == members.size()) {
                members.add(new ArrayList<>());
            }
            members.get(s).add(i);
            sourceOf[i] = s;
        }
        passagesOf = members.stream().map(m -> m.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /** The highest likeness to question {@code q} of any found passage of passage {@code i}'s source. */
    double best(int i, double[][] sims, int q) {
        double best = Double.NEGATIVE_INFINITY;
        for (int j : passagesOf[sourceOf[i]]) {
            best = Math.max(best, sims[j][q]);
        }
        return best;
    }
}
