package org.filmlens.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.text.TokenNumbers;

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
        for (Tally part : InOrder.chunks(passages.size(), (from, to) -> count(passages.subList(from, to)))) {
            for (int n = 0; n < part.words.size(); n++) {
                int[] c = counts.computeIfAbsent(part.words.token(n), k -> new int[2]);
                c[0] += part.capitalised[n];
                c[1] += part.lowercase[n];
            }
        }
    }

    private static Tally count(List<Passage> passages) {
        Tally tally = new Tally();
        for (Passage p : passages) {
            String text = p.text();
            // the scan reads a char[], not String.charAt (ADR 14)
            char[] chars = text.toCharArray();
            if (AnchoredMatches.hasSurrogates(chars)) {
                Matcher m = WORD.matcher(text); // letters outside the BMP: the regex reads code points
                while (m.find()) {
                    String w = m.group();
                    tally.add(tally.words.number(w.toLowerCase(Locale.ROOT)), Character.isUpperCase(w.charAt(0)));
                }
                continue;
            }
            // The words WORD finds, scanned by hand: the regex was the costliest part of the cast.
            int n = chars.length;
            for (int at = 0; at < n; ) {
                if (!Character.isLetter(chars[at])) {
                    at++;
                    continue;
                }
                int end = at + 1;
                while (end < n && FormMatcher.isWordChar(chars[end])) {
                    end++;
                }
                while (end + 1 < n && chars[end] == '-' && Character.isLetter(chars[end + 1])) {
                    end += 2;
                    while (end < n && Character.isLetter(chars[end])) {
                        end++;
                    }
                }
                tally.add(chars, at, end);
                at = end;
            }
        }
        return tally;
    }

    /**
     * One range's counts, by word number: a word met again costs no String (most words are met many times). The
     * key is the word lower-cased as {@code toLowerCase(Locale.ROOT)} has it; ASCII words are lower-cased in place.
     */
    private static final class Tally {
        final TokenNumbers words = new TokenNumbers();
        int[] capitalised = new int[256];
        int[] lowercase = new int[256];
        private char[] buf = new char[32];

        void add(char[] text, int start, int end) {
            int len = end - start;
            if (len > buf.length) {
                buf = new char[Math.max(len, 2 * buf.length)];
            }
            int h = 0;
            for (int i = 0; i < len; i++) {
                char c = text[start + i];
                if (c >= 128) { // beyond ASCII lower-casing may depend on the neighbours or change the length
                    add(words.number(new String(text, start, len).toLowerCase(Locale.ROOT)),
                            Character.isUpperCase(text[start]));
                    return;
                }
                c = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                buf[i] = c;
                h = 31 * h + c;
            }
            add(words.number(buf, len, h), Character.isUpperCase(text[start]));
        }

        void add(int word, boolean upper) {
            if (word == capitalised.length) {
                capitalised = Arrays.copyOf(capitalised, 2 * word);
                lowercase = Arrays.copyOf(lowercase, 2 * word);
            }
            if (upper) {
                capitalised[word]++;
            } else {
                lowercase[word]++;
            }
        }
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
     * word is hardly ever an ordinary word: "theodore" yes; "will", "her" no, nor "hope" where a character Hope is
     * named 25 times and "I hope" written 4 times.
     */
    boolean lowercaseIsName(String word) {
        return lowercase(word) * 20 < capitalised(word);
    }
}
