package org.filmlens.annotations;

import java.util.Optional;

/**
 * Finds a quoted span in a text: first where the exact text stands between its old prefix and suffix, then the
 * exact text alone nearest the old offset. Pure string work, no corpus.
 */
final class TextAnchor {
    /** How much context around a span is kept to find it again. */
    static final int CONTEXT = 32;
    /** Bounds the work on a text that repeats the span very often. */
    private static final int MAX_OCCURRENCES = 10_000;

    private TextAnchor() {}

    record Span(int start, int end) {}

    /**
     * @param hint the old start offset, or -1 when unknown
     */
    static Optional<Span> exact(String text, String exact, String prefix, String suffix, int hint) {
        if (exact == null || exact.isEmpty()) {
            return Optional.empty();
        }
        int bestWithContext = -1;
        int bestAlone = -1;
        int seen = 0;
        for (int i = text.indexOf(exact); i >= 0 && seen < MAX_OCCURRENCES; i = text.indexOf(exact, i + 1), seen++) {
            if (hasContext(text, i, i + exact.length(), prefix, suffix) && closer(i, bestWithContext, hint)) {
                bestWithContext = i;
            }
            if (closer(i, bestAlone, hint)) {
                bestAlone = i;
            }
        }
        int start = bestWithContext >= 0 ? bestWithContext : bestAlone;
        return start < 0 ? Optional.empty() : Optional.of(new Span(start, start + exact.length()));
    }

    /** True when the exact text sits between its old prefix and suffix (only as much of them as the text has). */
    static boolean hasContext(String text, int start, int end, String prefix, String suffix) {
        String before = prefix == null ? "" : prefix;
        String after = suffix == null ? "" : suffix;
        if (before.isEmpty() && after.isEmpty()) {
            return false;
        }
        String want = before.length() > start ? before.substring(before.length() - start) : before;
        String wantAfter = after.length() > text.length() - end ? after.substring(0, text.length() - end) : after;
        return text.startsWith(want, start - want.length()) && text.startsWith(wantAfter, end);
    }

    private static boolean closer(int candidate, int best, int hint) {
        if (best < 0) {
            return true;
        }
        return hint >= 0 && Math.abs(candidate - hint) < Math.abs(best - hint);
    }

    static String prefixOf(String text, int start) {
        return text.substring(Math.max(0, start - CONTEXT), start);
    }

    static String suffixOf(String text, int end) {
        return text.substring(end, Math.min(text.length(), end + CONTEXT));
    }
}
