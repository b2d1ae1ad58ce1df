package org.filmlens.ingest;

import java.util.List;

/**
 * A short line with debris on both sides is part of the same widget: the author line of a recommended story, a
 * reading-list name between two alt texts, an image caption inside a "Recommended Reading" block. Page titles
 * found earlier are protected, so a page's title between two toolbars survives.
 */
final class DebrisSandwichRule implements ContextRule {
    static final int MAX_WORDS = 14;
    static final int MAX_PASSES = 4;

    @Override
    public String name() {
        return "between-debris";
    }

    @Override
    public void apply(List<Line> lines, Verdicts verdicts, DumpStats stats) {
        int[] shortLines = Sweeps.candidates(lines.size(), i -> verdicts.isKept(i) && !verdicts.isProtected(i)
                && lines.get(i).words() <= MAX_WORDS && !stats.isTurn(lines.get(i)));
        Sweeps.untilStable(MAX_PASSES, shortLines, i -> {
            if (verdicts.isKept(i) && debrisOrEdge(verdicts, neighbour(verdicts, i, -1))
                    && debrisOrEdge(verdicts, neighbour(verdicts, i, 1))) {
                verdicts.markDebris(i, name());
                return true;
            }
            return false;
        });
    }

    /** The nearest line in the given direction that is not a byline, or -1 at the edge of the dump. */
    private static int neighbour(Verdicts v, int i, int step) {
        for (int j = i + step; j >= 0 && j < v.size(); j += step) {
            if (!v.isByline(j)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean debrisOrEdge(Verdicts v, int j) {
        return j < 0 || v.isDebris(j);
    }
}
