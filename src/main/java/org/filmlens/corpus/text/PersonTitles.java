package org.filmlens.corpus.text;

import java.util.Locale;
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
            "coach", "president", "senator", "principal", "sheriff", "deputy", "marshal", "constable", "private",
            "corporal", "commander", "admiral", "governor", "mayor", "pastor", "bishop", "king", "queen", "prince",
            "princess", "duke", "duchess", "baron", "baroness", "mme", "mlle", "madame", "mademoiselle", "monsieur",
            "herr", "frau", "señor", "señora", "senhor", "senhora", "signor", "signora", "père", "mère", "abbé");

    /** The titles as a regular expression's alternatives, capitalised, each with an optional stop ("Mrs."). */
    public static final String PATTERN = "(?:" + String.join("|", TITLES.stream().sorted()
            .map(t -> Character.toUpperCase(t.charAt(0)) + t.substring(1)).toList()) + ")\\.?";

    private PersonTitles() {
    }

    /**
     * The first name of a titled full name ("Helen" of "Dr. Helen Marsh"), by which a character is called; null for
     * any other name ("Dr. Marsh", "Helen Marsh").
     */
    public static String firstNameOfTitled(String name) {
        String untitled = withoutTitle(name);
        int space = untitled.indexOf(' ');
        return untitled.length() < name.strip().length() && space > 0 ? untitled.substring(0, space) : null;
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
        String rest = n.substring(space + 1).strip();
        // "Mr. and Mrs. Smith" names two people: no one name is left without its title
        boolean aName = !rest.isEmpty() && Character.isUpperCase(rest.charAt(0));
        return aName && TITLES.contains(bare.toLowerCase(Locale.ROOT)) ? rest : n;
    }
}
