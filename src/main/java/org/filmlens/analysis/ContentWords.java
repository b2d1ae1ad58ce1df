package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits English prose into lower-case word tokens and light stems, and drops function words. Names are kept: in
 * talk about an ending, who is on the roof or who left matters as much as what happened.
 */
final class ContentWords {
    private static final Set<String> STOP = Set.of(
            "a", "about", "above", "across", "again", "against", "all", "almost", "also", "although", "always", "am",
            "among", "an", "and", "another", "any", "are", "around", "as", "at", "be", "because", "been", "before",
            "being", "both", "but", "by", "can", "cannot", "could", "did", "do", "does", "doing", "done", "down",
            "during", "each", "either", "else", "even", "ever", "every", "few", "for", "from", "further", "get",
            "gets", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
            "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "less", "many",
            "may", "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "now", "of",
            "off", "often", "on", "once", "one", "only", "or", "other", "others", "our", "ours", "out", "over", "own",
            "per", "quite", "rather", "really", "same", "she", "should", "since", "so", "some", "such", "than",
            "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
            "those", "though", "through", "thus", "to", "too", "under", "until", "up", "upon", "us", "very", "via",
            "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why",
            "will", "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself", "s", "t", "ll",
            "re", "ve", "d", "m", "don", "isn", "wasn", "film", "films", "movie", "movies");

    /** Past forms that light stemming cannot bring back to their verb. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("left", "leave"), Map.entry("went", "go"), Map.entry("gone", "go"), Map.entry("lost", "lose"),
            Map.entry("felt", "feel"), Map.entry("died", "die"), Map.entry("dying", "die"), Map.entry("dead", "die"),
            Map.entry("ended", "end"), Map.entry("endings", "end"), Map.entry("ending", "end"),
            Map.entry("meant", "mean"), Map.entry("meaning", "mean"), Map.entry("said", "say"),
            Map.entry("says", "say"), Map.entry("saw", "see"), Map.entry("seen", "see"));

    private ContentWords() {}

    /** Lower-case word tokens: letters and digits, with possessive 's and inner apostrophes removed. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        new TokenScan().scan(text, (buf, len) -> out.add(new String(buf, 0, len)));
        return out;
    }

    static boolean isStopWord(String token) {
        return STOP.contains(token);
    }

    /** The stems of the content words of {@code text}, in order; {@code extraStop} are dropped too (e.g. the title). */
    static List<String> stems(String text, Set<String> extraStop) {
        List<String> out = new ArrayList<>();
        for (String t : tokens(text)) {
            if (!STOP.contains(t) && !extraStop.contains(t) && !isNumber(t)) {
                out.add(stem(t));
            }
        }
        return out;
    }

    static boolean isNumber(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A light English stemmer: enough to make "loneliness"/"lonely" and "leaving"/"leave" meet. */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            w = irregular;
        }
        for (int pass = 0; pass < 2; pass++) {
            String next = stripSuffix(w);
            if (next.equals(w)) {
                break;
            }
            w = next;
        }
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String stripSuffix(String w) {
        if (w.endsWith("iness") && w.length() > 7) {
            return w.substring(0, w.length() - 5) + "y";
        }
        if (w.endsWith("ies") && w.length() > 5) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ness") && w.length() > 6) {
            return w.substring(0, w.length() - 4);
        }
        if (w.endsWith("ing") && w.length() > 5) {
            return undouble(w.substring(0, w.length() - 3));
        }
        if (w.endsWith("ed") && w.length() > 4) {
            return undouble(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("ly") && w.length() > 5) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("es") && w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && w.length() > 3 && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
