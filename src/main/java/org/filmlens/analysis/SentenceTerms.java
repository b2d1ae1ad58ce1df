package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.filmlens.analysis.PassageTerms.Term;

/**
 * The terms of one sentence of a passage with some stretches blanked out (names), taken from the passage's terms
 * instead of tokenising the sentence again. A sentence is cut at white space, where the token scan of
 * {@link Terms#of} starts afresh, so its tokens are the passage's tokens inside it; blanking splits the tokens it
 * touches, so only the stretch around each blank, out to the nearest character no token can hold, is tokenised again.
 */
final class SentenceTerms {
    private final SceneMatcher matcher;
    private final Term[] passageTerms;
    private final int[] starts;
    /** The passage's characters (a char[], not String.charAt, whose branch on the coder C2 hoists out of loops). */
    private final char[] passage;
    private final int from;
    private final int to;

    /**
     * @param passageTerms the passage's terms, in order, and {@code starts} where each one's token starts
     * @param from         where the sentence starts in the passage's text, after white space (or at 0)
     * @param to           where it ends, before white space (or at the end)
     */
    SentenceTerms(SceneMatcher matcher, Term[] passageTerms, int[] starts, char[] passage, int from, int to) {
        this.matcher = matcher;
        this.passageTerms = passageTerms;
        this.starts = starts;
        this.passage = passage;
        this.from = from;
        this.to = to;
    }

    /**
     * The sentence's fits.
     *
     * @param blanked     the sentence's text with the blanks
     * @param blanks      the blanked stretches [start, end) in the sentence, none empty
     * @param cues        the sentence's narrative cues when known, or null
     * @param phraseWords the phrase words the sentence may hold ({@link SceneMatcher#phraseWordsIn} of a text holding
     *                    each of its whole words, such as its passage's with the same blanks)
     */
    SceneMatcher.SceneFits fits(String blanked, List<TextSpan> blanks, List<NarrativeCues.Cue> cues,
                                long phraseWords) {
        Term[] out = new Term[8];
        int count = 0;
        int k = firstAtOrAfter(from);
        int[] retokenised = regions(blanks);
        for (int r = 0; r <= retokenised.length; r += 2) {
            int until = r < retokenised.length ? from + retokenised[r] : to;
            for (; k < passageTerms.length && starts[k] < until; k++) {
                if (count == out.length) {
                    out = Arrays.copyOf(out, count * 2);
                }
                out[count++] = passageTerms[k];
            }
            if (r == retokenised.length) {
                break;
            }
            int end = retokenised[r + 1];
            for (String t : Terms.of(blanked.substring(retokenised[r], end))) {
                if (count == out.length) {
                    out = Arrays.copyOf(out, count * 2);
                }
                out[count++] = matcher.lookup(t);
            }
            while (k < passageTerms.length && starts[k] < from + end) {
                k++; // the passage's tokens there are replaced by those of the blanked stretch
            }
        }
        return matcher.fitsOfTerms(blanked, out, count, cues, phraseWords);
    }

    /**
     * The stretches to tokenise again, as start, end pairs in the sentence, in order and apart: each blank widened to
     * just after the character before it that no token can hold (or the sentence's start) and to the next such
     * character after it (or the sentence's end). A scan reaches such a character whatever came before it, in the
     * passage and in the blanked sentence alike (a blank is one too), so outside the stretches the tokens are the same.
     */
    private int[] regions(List<TextSpan> blanks) {
        List<TextSpan> sorted = blanks;
        if (blanks.size() > 1) {
            sorted = new ArrayList<>(blanks);
            sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        int[] out = new int[2 * sorted.size()];
        int n = 0;
        int length = to - from;
        for (TextSpan b : sorted) {
            int start = b.start();
            while (start > 0 && !Terms.separates(passage[from + start - 1])) {
                start--;
            }
            int end = b.end();
            while (end < length && !Terms.separates(passage[from + end])) {
                end++;
            }
            if (n > 0 && start <= out[n - 1]) {
                out[n - 1] = Math.max(out[n - 1], end);
            } else {
                out[n++] = start;
                out[n++] = end;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The index of the first passage term whose token starts at or after the offset. */
    private int firstAtOrAfter(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 1;
    }
}
