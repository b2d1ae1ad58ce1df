package org.filmlens.ingest;

import java.util.List;
import java.util.Set;

/** Word-level helpers shared by the cleaning rules: a tokenizer, English stopwords and a light stemmer. */
final class Words {
    private Words() {
    }

    /** Common English function words; their share in a line tells prose from link text and headlines. */
    static final Set<String> STOPWORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at",
            "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
            "did", "do", "does", "doing", "down", "during", "each", "even", "ever", "every", "few", "for", "from",
            "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
            "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "let", "like", "may", "me",
            "might", "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on",
            "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so",
            "some", "such", "than", "that", "the", "their", "them", "themselves", "then", "there", "these", "they",
            "this", "those", "through", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we",
            "were", "what", "when", "where", "which", "while", "who", "whom", "whose", "why", "will", "with",
            "would", "yet", "you", "your", "yours", "yourself", "also", "it's", "i'm", "don't", "can't",
            "won't", "didn't", "doesn't", "isn't", "wasn't", "i've", "i'll", "i'd", "you're", "that's", "there's",
            "he's", "she's", "they're", "we're", "let's", "what's", "one", "many");

    /** Lower-case word tokens (letters, digits, inner apostrophes); curly apostrophes become straight ones. */
    static List<String> tokens(String text) {
        return Tokens.of(text).list();
    }

    static boolean isStopword(String token) {
        return STOPWORDS.contains(token);
    }

    static boolean hasLetter(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A crude English stemmer (possessive and plural) so that "villains" and "characters" meet their singulars. */
    static String stem(String token) {
        if (token.isEmpty() || token.charAt(token.length() - 1) != 's' && token.charAt(token.length() - 1) != '\'') {
            return token; // every rule below needs a final "s" or apostrophe
        }
        String t = token;
        if (t.endsWith("'s")) {
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("'")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.length() > 6 && t.endsWith("ies")) {
            return t.substring(0, t.length() - 3) + "y";
        }
        if (t.length() > 3 && t.endsWith("s") && !t.endsWith("ss") && !t.endsWith("us")) {
            return t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** Letters and digits only, lower case, single spaces: for comparing titles and lines. */
    static String normalize(String text) {
        return Tokens.of(text).normalized();
    }

    static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = !Character.isWhitespace(text.charAt(i));
            if (w && !inWord) {
                count++;
            }
            inWord = w;
        }
        return count;
    }
}
