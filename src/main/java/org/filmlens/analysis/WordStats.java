package org.filmlens.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;

/**
 * How each word is capitalised across the corpus. A word that is never written in lower case is a proper name
 * ("Morton", "Twombly"); one that also appears in lower case is an ordinary word ("Loved" in a title-case heading).
 */
final class WordStats {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}]*(?:-[\\p{L}]+)*");
    private static final int[] NONE = new int[2];
    /** Lower-cased word to {times written capitalised, times in lower case}. */
    private final Map<String, int[]> counts = new HashMap<>();

    WordStats(Corpus corpus) {
        List<Passage> passages = corpus.passages();
        // Counted per range of passages on all cores, then summed: a sum does not depend on the order.
        for (Map<String, int[]> part : InOrder.chunks(passages.size(), (from, to) -> count(passages.subList(from, to)))) {
            if (counts.isEmpty()) {
                counts.putAll(part);
            } else {
                part.forEach((w, c) -> counts.merge(w, c, (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]}));
            }
        }
    }

    private static Map<String, int[]> count(List<Passage> passages) {
        Map<String, int[]> counts = new HashMap<>();
        for (Passage p : passages) {
            String text = p.text();
            if (AnchoredMatches.hasSurrogates(text)) {
                Matcher m = WORD.matcher(text); // letters outside the BMP: the regex reads code points
                while (m.find()) {
                    count(m.group(), counts);
                }
                continue;
            }
            // The words WORD finds, scanned by hand: the regex was the costliest part of the cast.
            int n = text.length();
            for (int at = 0; at < n; ) {
                if (!Character.isLetter(text.charAt(at))) {
                    at++;
                    continue;
                }
                int end = at + 1;
                while (end < n && FormMatcher.isWordChar(text.charAt(end))) {
                    end++;
                }
                while (end + 1 < n && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1))) {
                    end += 2;
                    while (end < n && Character.isLetter(text.charAt(end))) {
                        end++;
                    }
                }
                count(text.substring(at, end), counts);
                at = end;
            }
        }
        return counts;
    }

    private static void count(String w, Map<String, int[]> counts) {
        int[] c = counts.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[2]);
        c[Character.isUpperCase(w.charAt(0)) ? 0 : 1]++;
    }

    int capitalised(String word) {
        return counts.getOrDefault(word.toLowerCase(Locale.ROOT), NONE)[0];
    }

    int lowercase(String word) {
        return counts.getOrDefault(word.toLowerCase(Locale.ROOT), NONE)[1];
    }

    /** Written capitalised (almost) always: a name rather than an ordinary word. */
    boolean isProper(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return lowercase(word) * 10 <= capitalised(word);
    }

    /**
     * A name's lower-case spelling is safe to read as the name (a site that lower-cases its decks) only when the
     * word is rarely an ordinary word: "theodore" yes, "will" or "her" no.
     */
    boolean lowercaseIsName(String word) {
        return lowercase(word) * 4 < capitalised(word);
    }
}
