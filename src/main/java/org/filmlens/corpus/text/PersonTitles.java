package org.filmlens.corpus.text;

import java.util.Set;

/**
 * The titles and ranks written before a person's name ("Dr. Helen Marsh", "Detective Ruiz", "Uncle Frank"): a
 * label or a credit that opens with one names the person by the words after it, so "Dr. Helen Marsh" is the
 * "Helen" another page labels, and "Detective Ruiz" the "Ruiz".
 */
public final class PersonTitles {
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof",
            "professor", "sir", "lady", "lord", "dame", "det", "detective", "inspector", "officer", "agent", "sgt",
            "sergeant", "lt", "lieutenant", "capt", "captain", "col", "colonel", "gen", "general", "major", "chief",
            "judge", "nurse", "rev", "reverend", "father", "mother", "sister", "brother", "uncle", "aunt", "auntie",
            "coach", "president", "senator", "principal");

    private PersonTitles() {
    }

    /** The name without a title before it, when a word follows the title; else the name. */
    public static String withoutTitle(String name) {
        String n = name.strip();
        int space = n.indexOf(' ');
        if (space < 0) {
            return n;
        }
        String first = n.substring(0, space);
        String bare = first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
        return TITLES.contains(bare.toLowerCase(java.util.Locale.ROOT)) ? n.substring(space + 1).strip() : n;
    }
}
