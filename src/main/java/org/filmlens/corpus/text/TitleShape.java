package org.filmlens.corpus.text;

/** Tells a title or a name ("Operating System Not Found", “Definitive List of Cliched Dialogue”) from a sentence. */
public final class TitleShape {
    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of(
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "is");
    private static final int LONGEST_SMALL_WORD = 4;

    private TitleShape() {
    }

    /** Most of its words capitalised, the small words of titles aside. */
    public static boolean isTitleLike(String text) {
        int words = 0;
        int capitalised = 0;
        StringBuilder letters = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (isGap(text.charAt(i))) {
                i++;
                continue;
            }
            letters.setLength(0); // the letters of the word between gaps, other marks dropped
            while (i < n && !isGap(text.charAt(i))) {
                int cp = text.codePointAt(i);
                if (Character.isLetter(cp)) {
                    letters.appendCodePoint(cp);
                }
                i += Character.charCount(cp);
            }
            if (letters.length() == 0
                    || (letters.length() <= LONGEST_SMALL_WORD && SMALL_WORDS.contains(letters.toString()))) {
                continue;
            }
            words++;
            if (Character.isUpperCase(letters.charAt(0))) {
                capitalised++;
            }
        }
        return words >= 2 && capitalised * 10 >= words * 8;
    }

    /** White space (as the regex \s) or a dash: what separates the words of a title. */
    private static boolean isGap(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u2014'
                || c == '\u2013';
    }
}
