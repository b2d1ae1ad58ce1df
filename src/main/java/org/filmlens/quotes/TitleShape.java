package org.filmlens.quotes;

/** Tells a title or a name ("Operating System Not Found", “Definitive List of Cliched Dialogue”) from a sentence. */
final class TitleShape {
    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of(
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "is");

    private TitleShape() {
    }

    /** Most of its words capitalised, the small words of titles aside. */
    static boolean isTitleLike(String text) {
        int words = 0;
        int capitalised = 0;
        for (String w : text.split("[\\s\\u2014\\u2013]+")) {
            String letters = w.replaceAll("[^\\p{L}]", "");
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
}
