package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rules out, by a text's words, the phrases a {@code \b(...)\b} case-insensitive pattern of them cannot match: such
 * a match is a run of whole words, so every word of the phrase is among the text's words. Much cheaper than running
 * a pattern of many alternatives over a text that holds none of them; where it says "may", the pattern decides.
 */
final class PhraseFilter {
    /** per phrase, its words */
    private final List<List<String>> phrases = new ArrayList<>();

    PhraseFilter(String... phrases) {
        for (String p : phrases) {
            this.phrases.add(List.copyOf(words(p)));
        }
    }

    /** True when some phrase has all its words in {@code textWords} (as {@link #words} gives them). */
    boolean mayOccur(Set<String> textWords) {
        for (List<String> phrase : phrases) {
            if (textWords.containsAll(phrase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The runs of letters, digits and underscores (what {@code \b} takes for word characters), lower-cased. A
     * pattern's match of a phrase of these characters starts and ends between such a run and something else.
     */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        int n = text.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean word = i < n && isWordChar(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
