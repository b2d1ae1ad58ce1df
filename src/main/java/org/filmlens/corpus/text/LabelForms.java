package org.filmlens.corpus.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How a speaker's label is shown. Pages label one speaker as "FRANK:" (a script's cue, a quotes site's style) and
 * as "Frank:"; both are one name, written the way the corpus writes it in mixed case, else in title case ("DANNY
 * K." is "Danny K."). A label in mixed case is shown as written.
 */
public final class LabelForms {
    private static final Set<String> JOINING = Set.of("and", "or", "of", "the", "to", "with", "in", "at", "from");
    private final Map<String, String> mixedCase = new HashMap<>();

    /** Learns the mixed-case forms of the corpus's labels; the first one met wins. */
    public LabelForms(Collection<String> labels) {
        for (String label : labels) {
            if (label != null && !isCapitals(label)) {
                mixedCase.putIfAbsent(label.toLowerCase(Locale.ROOT), label);
            }
        }
    }

    /** The label as shown: as written, or for a label in capitals its mixed-case form. */
    public String shown(String label) {
        if (label == null || !isCapitals(label)) {
            return label;
        }
        String mixed = mixedCase.get(label.toLowerCase(Locale.ROOT));
        return mixed != null ? mixed : titleCase(label);
    }

    /**
     * The name a label speaks as, the one rule quotes and cast share: its first word where that is a label too
     * ("Theodore" for "Theodore Twombly"), else its first name after a title where that is one ("Ruiz" for
     * "Detective Ruiz"), else a titled full name's first name ("Helen" for "Dr. Helen Marsh"), else the label; "The
     * Captain" speaks as Captain where that is a label too.
     *
     * @param isLabel whether a word is a label of its own
     */
    public static String speaksAs(String label, Predicate<String> isLabel) {
        if (label.startsWith("The ") && isLabel.test(label.substring(4))) {
            return label.substring(4); // "The Captain:" on one page, "Captain:" on another
        }
        String first = firstWord(label);
        if (isLabel.test(first)) {
            return first;
        }
        String firstName = firstWord(PersonTitles.withoutTitle(label));
        if (isLabel.test(firstName)) {
            return firstName;
        }
        String titled = PersonTitles.firstNameOfTitled(label);
        return titled != null ? titled : label;
    }

    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    /**
     * The one full name among {@code labels} that a label with an initial stands for ("Danny Pruitt" for "Danny
     * P."), or null: none, or two ("Danny Pruitt" and "Danny Porter").
     */
    public static String fullNameOfInitial(String label, Collection<String> labels) {
        int space = label.indexOf(' ');
        if (space < 0 || label.length() != space + 3 || !Character.isUpperCase(label.charAt(space + 1))
                || label.charAt(space + 2) != '.') {
            return null;
        }
        String start = label.substring(0, space + 2);
        String found = null;
        for (String other : labels) {
            if (other.length() > start.length() + 1 && other.startsWith(start)
                    && Character.isLowerCase(other.charAt(start.length()))) {
                if (found != null && !found.equals(other)) {
                    return null;
                }
                found = other;
            }
        }
        return found;
    }

    /** Two letters or more, none of them lower case. */
    public static boolean isCapitals(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    /**
     * "MR. O'NEIL" → "Mr. O'Neil", "JEAN-LUC" → "Jean-Luc", "DANNY AND RUTH" → "Danny and Ruth": the first letter
     * of each word, and of each part after a hyphen or an apostrophe that two letters or more follow, kept; the
     * rest in lower case, as are the joining words after the first. "OS1" and "TJ" stay as they are, "ED" is "Ed".
     */
    public static String titleCase(String caps) {
        StringBuilder b = new StringBuilder(caps.length());
        boolean start = true;
        for (int i = 0; i < caps.length(); i++) {
            char c = caps.charAt(i);
            if (start && (i == 0 || caps.charAt(i - 1) == ' ') && keptAsWritten(wordAt(caps, i))) {
                int end = caps.indexOf(' ', i);
                end = end < 0 ? caps.length() : end;
                b.append(caps, i, end);
                i = end - 1;
                start = false;
                continue;
            }
            boolean joining = start && i > 0 && caps.charAt(i - 1) == ' '
                    && JOINING.contains(wordAt(caps, i).toLowerCase(Locale.ROOT));
            b.append(start && !joining ? c : Character.toLowerCase(c));
            boolean joiner = c == '-' || (c == '\'' || c == '\u2019') && i + 2 < caps.length()
                    && Character.isLetter(caps.charAt(i + 1)) && Character.isLetter(caps.charAt(i + 2));
            start = c == ' ' || joiner;
        }
        return b.toString();
    }

    private static String wordAt(String text, int start) {
        int end = text.indexOf(' ', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /**
     * "OS1", "TJ": a word with a digit, or of two letters with no vowel, is an acronym or initials, so is left as it
     * is; "ED" and "AL" are names.
     */
    private static boolean keptAsWritten(String word) {
        int letters = 0;
        boolean vowel = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c)) {
                return true;
            }
            letters += Character.isLetter(c) ? 1 : 0;
            vowel |= "AEIOUY".indexOf(c) >= 0;
        }
        return letters <= 2 && !vowel && !word.endsWith(".");
    }
}
