package org.filmlens.analysis;

import java.util.Locale;
import java.util.regex.Pattern;
import org.filmlens.corpus.text.NameParticles;
import org.filmlens.corpus.text.PersonTitles;

/** The shapes of names in English prose: capitalised words, person names, possessives. */
final class NameShapes {
    /** One capitalised word of a name: "Theodore", "O’Brien", "Jean-Luc", "OS1". */
    static final String WORD = "\\p{Lu}[\\p{L}\\p{N}]*(?:[-’'][\\p{Lu}\\p{Ll}][\\p{L}]*)*";
    /**
     * One word of a person's name as actors are written: "Joaquin", "Day-Lewis", "O’Brien", and the capitals inside
     * "McAdams", "DiCaprio".
     */
    private static final String PERSON_WORD = "(?:\\p{Lu}[’'])?\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?"
            + "(?:-\\p{Lu}?\\p{Ll}+|[’']\\p{Lu}\\p{Ll}+)*";
    /**
     * A person's full name as actors are written: two or three capitalised words ("Joaquin Phoenix"), with the
     * particles some names have between them ("Ana de Armas", {@link NameParticles}).
     */
    static final String PERSON = PERSON_WORD + "(?: \\p{Lu}\\p{Ll}*\\.?)?"
            + "(?: " + NameParticles.BEFORE_WORD + PERSON_WORD + "){1,2}";
    /** A name as a character is introduced: one or two capitalised words, particles between them. */
    static final String NAME = WORD + "(?: " + NameParticles.BEFORE_WORD + WORD + ")?";
    /** A name with a title before it, as cast lists credit one ("Sheriff Amos Cole", "Mrs. Edna Abernathy"). */
    static final String TITLED_NAME = "(?:" + PersonTitles.PATTERN + " )?" + NAME;
    static final Pattern PERSON_WHOLE = Pattern.compile(PERSON);
    /** Sentence-initial or function words that start capitalised runs without being names. */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("The", "A", "An", "In", "On", "At",
            "And", "But", "Or", "As", "Of", "To", "For", "With", "By", "From", "When", "While", "After", "Before",
            "Then", "So", "If", "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "This", "That",
            "These", "Those", "Mr", "Mrs", "Ms", "Dr", "Meanwhile", "However", "Although", "Though", "Once", "Here",
            "There", "What", "Why", "How", "Who", "Where", "Which", "Even", "Only", "Also", "Yes", "No", "Oh");

    private NameShapes() {
    }

    static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word);
    }

    static boolean isPerson(String text) {
        return PERSON_WHOLE.matcher(text).matches();
    }

    /** The last word of a person's name, e.g. "Adams" of "Amy Adams". */
    static String surname(String person) {
        String[] parts = person.trim().split(" ");
        return parts[parts.length - 1];
    }

    static String firstWord(String name) {
        String trimmed = name.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space); // split(" ")[0], without the array
    }

    /** Case-folded key for comparing names ("the OS" and "The OS" are one alias). */
    static String key(String name) {
        return name.trim().replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
