package org.filmlens.quotes;

/** Tells a title or a name ("Operating System Not Found", “Definitive List of Cliched Dialogue”) from a sentence. */
final class TitleShape {
    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of(
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "is");
    /** Compiled once: this runs for every quotation of every source. */
    private static final java.util.regex.Pattern GAPS = java.util.regex.Pattern.compile("[\\s\\u2014\\u2013]+");

    private TitleShape() {
    }

    /** Most of its words capitalised, the small words of titles aside. */
    static boolean isTitleLike(String text) {
        int words = 0;
        int capitalised = 0;
        for (String w : GAPS.split(text)) {
            String letters = lettersOf(w);
            if (letters.isEmpty() || SMALL_WORDS.contains(letters)) {
                continue;
            }
            words++;
            if (Character.isUpperCase(letters.charAt(0))) {
                capitalised++;
            }
        }
        return words >= 2 && capitalised * 10 >= words * 8;
    }

    private static String lettersOf(String word) {
        StringBuilder b = new StringBuilder(word.length());
        word.codePoints().filter(Character::isLetter).forEach(b::appendCodePoint);
        return b.toString();
    }
}
