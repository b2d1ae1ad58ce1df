package org.filmlens.corpus.text;

import java.util.List;
import java.util.Set;

/**
 * The small words inside many people's names, written in lower case between capitalised ones ("Ana de Armas",
 * "José de la Cruz", "Vincent van Gogh", "Benicio del Toro"), and the elided ones joined to the next word
 * ("Françoise d’Aubigné"). A name pattern that stops at them keeps only the last part ("Armas", "Cruz").
 * Words that are also common English words ("do", "ten", "to") are left out: between two capitalised words they
 * join a headline's words ("Top ten Movies") far more often than a name's.
 */
public final class NameParticles {
    private static final Set<String> PARTICLES = Set.of("de", "del", "della", "di", "da", "du", "des", "la", "le",
            "van", "von", "der", "den", "ter", "bin", "ibn", "al", "y", "dos", "das", "zu", "af");

    private static final List<String> ORDERED = PARTICLES.stream().sorted().toList();
    private static final int LONGEST = ORDERED.stream().mapToInt(String::length).max().orElse(0);

    /** Regex: particles, each followed by a space, or an elision ("d’"), before a name's next capitalised word. */
    public static final String BEFORE_WORD = "(?:(?:" + String.join("|", PARTICLES.stream().sorted().toList())
            + ") )*(?:[dl][’'](?=\\p{Lu}))?";

    private NameParticles() {
    }

    public static boolean is(String word) {
        return PARTICLES.contains(word);
    }

    /** Whether text[from, to) is a particle; read in place, since the name scans ask it after every name word. */
    private static boolean isParticle(char[] text, int from, int to) {
        if (to - from > LONGEST) {
            return false;
        }
        for (String p : ORDERED) {
            if (p.length() == to - from && sameChars(p, text, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameChars(String p, char[] text, int from) {
        for (int k = 0; k < p.length(); k++) {
            if (p.charAt(k) != text[from + k]) {
                return false;
            }
        }
        return true;
    }

    /** The word without an elided particle before it: "Aubigné" of "d’Aubigné"; else the word. */
    public static String elided(String word) {
        return word.length() > 2 && (word.charAt(0) == 'd' || word.charAt(0) == 'l')
                && (word.charAt(1) == '’' || word.charAt(1) == '\'') && Character.isUpperCase(word.charAt(2))
                ? word.substring(2) : word;
    }

    /**
     * Where the next capitalised word of a name starts when particles or an elision start at {@code at} ("de la
     * Cruz", "d’Aubigné"); {@code at} itself when it is a capital; -1 when neither.
     */
    public static int nameWordAfter(char[] text, int at) {
        int i = at;
        while (i < text.length) {
            if (Character.isUpperCase(text[i])) {
                return i;
            }
            if ((text[i] == 'd' || text[i] == 'l') && i + 2 < text.length && (text[i + 1] == '’' || text[i + 1] == '\'')
                    && Character.isUpperCase(text[i + 2])) {
                return i + 2;
            }
            int end = i;
            while (end < text.length && end - i <= LONGEST && Character.isLowerCase(text[end])) {
                end++;
            }
            if (end == i || end >= text.length || text[end] != ' ' || !isParticle(text, i, end)) {
                return -1;
            }
            i = end + 1;
        }
        return -1;
    }
}
