package org.filmlens.quotes;

/**
 * Local alignment of two word-key sequences (Smith-Waterman over interned keys): finds the stretch of {@code line}
 * that best matches a stretch of {@code fragment} and counts the words they share in order. Tolerates a word added,
 * dropped or changed; a fragment scattered thinly over a long line scores low because gaps cost.
 */
public final class Alignment {
    private static final int MATCH = 2;
    private static final int MISMATCH = -1;
    private static final int GAP = -1;

    /** How many words matched in order, and the share of each side they cover. */
    public record Result(int matches, int fragmentLength, int lineLength) {
        /** Share of the fragment found in the line (1 when the line contains it). */
        public double fragmentCoverage() {
            return fragmentLength == 0 ? 0 : (double) matches / fragmentLength;
        }

        /** Share of the line the fragment accounts for. */
        public double lineCoverage() {
            return lineLength == 0 ? 0 : (double) matches / lineLength;
        }
    }

    private Alignment() {
    }

    /** Row buffers reused across alignments (one per thread), so linking does not allocate per comparison. */
    public static final class Buffers {
        private int[] prevScore = new int[32];
        private int[] prevMatches = new int[32];
        private int[] score = new int[32];
        private int[] matches = new int[32];

        private void fit(int columns) {
            if (score.length < columns) {
                int size = Math.max(columns, score.length * 2);
                prevScore = new int[size];
                prevMatches = new int[size];
                score = new int[size];
                matches = new int[size];
            }
        }
    }

    public static Result align(int[] fragment, int[] line) {
        return align(fragment, line, new Buffers());
    }

    public static Result align(int[] fragment, int[] line, Buffers buffers) {
        int n = fragment.length;
        int m = line.length;
        buffers.fit(m + 1);
        int[] prevScore = buffers.prevScore;
        int[] prevMatches = buffers.prevMatches;
        int[] score = buffers.score;
        int[] matches = buffers.matches;
        java.util.Arrays.fill(prevScore, 0, m + 1, 0);
        java.util.Arrays.fill(prevMatches, 0, m + 1, 0);
        int bestScore = 0;
        int bestMatches = 0;
        for (int i = 1; i <= n; i++) {
            score[0] = 0;
            matches[0] = 0;
            int f = fragment[i - 1];
            for (int j = 1; j <= m; j++) {
                boolean same = f == line[j - 1];
                int s = prevScore[j - 1] + (same ? MATCH : MISMATCH);
                int mt = prevMatches[j - 1] + (same ? 1 : 0);
                int up = prevScore[j] + GAP;
                if (up > s) {
                    s = up;
                    mt = prevMatches[j];
                }
                int left = score[j - 1] + GAP;
                if (left > s) {
                    s = left;
                    mt = matches[j - 1];
                }
                if (s <= 0) {
                    s = 0;
                    mt = 0;
                }
                score[j] = s;
                matches[j] = mt;
                if (s > bestScore || (s == bestScore && mt > bestMatches)) {
                    bestScore = s;
                    bestMatches = mt;
                }
            }
            int[] t = prevScore;
            prevScore = score;
            score = t;
            t = prevMatches;
            prevMatches = matches;
            matches = t;
        }
        return new Result(bestMatches, n, m);
    }
}
