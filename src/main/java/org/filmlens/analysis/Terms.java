package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Content words of English text, lower-cased and crudely stemmed, for comparing passages with scenes. */
final class Terms {
    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on",
            "at", "by", "for", "with", "from", "as", "into", "about", "over", "after", "before", "than", "then", "so",
            "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have", "has", "had", "it",
            "its", "he", "she", "they", "we", "i", "you", "me", "him", "her", "them", "us", "my", "his", "their",
            "our", "your", "this", "that", "these", "those", "there", "here", "what", "which", "who", "whom", "when",
            "where", "why", "how", "not", "no", "yes", "all", "any", "some", "each", "other", "one", "just", "very",
            "can", "could", "would", "should", "will", "may", "might", "must", "also", "only", "even", "more", "most",
            "much", "such", "own", "same", "too", "up", "out", "off", "again", "once", "because", "while", "both",
            "s", "t", "don't", "i'm", "it's", "that's", "you're", "i've", "i'd", "i'll", "oh", "yeah", "well", "um",
            "like", "know", "really", "get", "got", "gonna", "let", "see", "way", "thing", "things", "film", "movie",
            "scene", "character", "characters", "story", "viewers", "audience", "audiences");

    private Terms() {
    }

    static List<String> of(String string) {
        List<String> out = new ArrayList<>();
        char[] text = string.toCharArray(); // see tokenEnd
        for (int at = 0, end; at < text.length; at = end) {
            end = tokenEnd(text, at);
            if (end == at) {
                end++;
                continue;
            }
            String t = termOf(new String(text, at, end - at));
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** The term of one token as {@link #tokenEnd} cuts it, or null for a stop word or a single letter. */
    static String termOf(String token) {
        String t = token.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (Character.isDigit(t.charAt(0))) {
            return t.replace(",", "").replaceAll("\\.$", "");
        }
        if (t.endsWith("'s")) {
            t = t.substring(0, t.length() - 2);
        }
        if (t.length() < 2 || STOP.contains(t)) {
            return null;
        }
        return stem(t);
    }

    /**
     * Where the token starting at the offset ends, or the offset itself when none starts there. A token is a letter
     * followed by letters, apostrophes and hyphens, or a number: digits with inner commas and points, ending on a
     * digit. Scanned by hand because the corresponding regex was the costliest part of comparing passages; from a
     * char[], not String.charAt (ADR 14).
     */
    static int tokenEnd(char[] text, int at) {
        int cp = Character.codePointAt(text, at);
        if (Character.isLetter(cp)) {
            int end = at + Character.charCount(cp);
            while (end < text.length) {
                char ascii = text[end];
                if (ascii < 128) { // most characters: no code point to read
                    boolean letter = ascii >= 'a' && ascii <= 'z' || ascii >= 'A' && ascii <= 'Z';
                    if (!letter && ascii != '\'' && ascii != '-') {
                        break;
                    }
                    end++;
                    continue;
                }
                int c = Character.codePointAt(text, end);
                if (!Character.isLetter(c) && c != '’' && c != '\'' && c != '-') {
                    break;
                }
                end += Character.charCount(c);
            }
            return end;
        }
        if (!isAsciiDigit(text[at])) {
            return at;
        }
        int end = at + 1;
        for (int j = at + 1; j < text.length; j++) {
            char c = text[j];
            if (isAsciiDigit(c)) {
                end = j + 1;
            } else if (c != ',' && c != '.') {
                break;
            }
        }
        return end;
    }

    /**
     * Whether no token can hold this character: then {@link #of} of a text cut right after it gives the terms of the
     * two parts, one after the other (the scan starts afresh there either way).
     */
    static boolean separates(char c) {
        return !Character.isLetter(c) && !Character.isSurrogate(c) && !isAsciiDigit(c) && c != '’' && c != '\''
                && c != '-' && c != ',' && c != '.';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static Map<String, Integer> counts(String text) {
        Map<String, Integer> c = new HashMap<>();
        for (String t : of(text)) {
            c.merge(t, 1, Integer::sum);
        }
        return c;
    }

    /** Folds plurals and common verb endings so that "letters" meets "letter" and "panicked" meets "panic". */
    static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
