package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds whole-word occurrences of many literal strings in a text, leftmost first, the longest string winning at a
 * position, matches not overlapping: what one regex alternation of them all would find, in time that does not grow
 * with the number of strings. Each string is filed under its leading run of letters and digits, and at each word
 * start only the strings filed under that word are tried. (A regex alternation tries every string at every word
 * start, and the cast, and so the strings, grow with the corpus.)
 */
final class FormMatcher {
    /** Strings by their leading run of letters and digits, longest first ("" for strings opening with a sign). */
    private final Map<String, List<String>> byLeadingWord = new HashMap<>();
    /** The same, as sets, for leading words shared by many strings ("the …"): looked up rather than tried in turn. */
    private final Map<String, Set<String>> manyByLeadingWord = new HashMap<>();
    private static final int FEW = 8;

    FormMatcher(Collection<String> strings) {
        for (String s : strings) {
            if (!s.isEmpty()) {
                byLeadingWord.computeIfAbsent(s.substring(0, runEnd(s, 0)), k -> new ArrayList<>()).add(s);
            }
        }
        byLeadingWord.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
        byLeadingWord.forEach((word, l) -> {
            if (l.size() > FEW) {
                manyByLeadingWord.put(word, new HashSet<>(l));
            }
        });
    }

    /** Receives each match. */
    interface Sink {
        void match(String string, int start, int end);
    }

    void find(String text, Sink sink) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (i > 0 && isWordChar(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int run = runEnd(text, i);
            String word = text.substring(i, run);
            Set<String> many = manyByLeadingWord.get(word);
            String matched = many != null ? longestAt(text, i, run, many, byLeadingWord.get(word).get(0).length())
                    : longestAt(text, i, byLeadingWord.get(word));
            if (matched != null) {
                sink.match(matched, i, i + matched.length());
                i += matched.length();
            } else {
                i = Math.max(run, i + 1);
            }
        }
    }

    private static String longestAt(String text, int at, List<String> candidates) {
        if (candidates == null) {
            return null;
        }
        for (String s : candidates) {
            int end = at + s.length();
            if (text.startsWith(s, at) && (end == text.length() || !isWordChar(text.charAt(end)))) {
                return s;
            }
        }
        return null;
    }

    /** The longest of {@code strings} at {@code at} ending before a non-word character, by trying each such end. */
    private static String longestAt(String text, int at, int runEnd, Set<String> strings, int longest) {
        for (int end = Math.min(text.length(), at + longest); end >= runEnd; end--) {
            if (end == text.length() || !isWordChar(text.charAt(end))) {
                String s = text.substring(at, end);
                if (strings.contains(s)) {
                    return s;
                }
            }
        }
        return null;
    }

    private static int runEnd(String s, int from) {
        int i = from;
        while (i < s.length() && isWordChar(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A letter or a number, as regex {@code [\p{L}\p{N}]} has it. */
    static boolean isWordChar(char c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
