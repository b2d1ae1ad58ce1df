package org.filmlens.ingest;

import java.util.regex.Pattern;

/** Shapes of lines that several steps share: what a title looks like, what a sentence looks like. */
final class Shapes {
    static final int MAX_TITLE_WORDS = 16;
    static final double TITLE_CASE_SHARE = 0.6;

    /**
     * "Joaquin Phoenix as Theodore Twombly", "Amy Adams as Amy (voice)": a cast list's line, an actor's name (two to
     * four capitalised words) as a role (one to four, perhaps after "the", perhaps with a note in parentheses).
     */
    private static final Pattern CAST_CREDIT = Pattern.compile(
            "\\p{Lu}[\\p{L}.'\u2019\\-]*(?: \\p{Lu}[\\p{L}.'\u2019\\-]*){1,3} as (?:the )?"
                    + "\\p{Lu}[\\p{L}.'\u2019\\-]*(?: \\p{Lu}[\\p{L}.'\u2019\\-]*){0,3}(?: \\([^()]{1,30}\\))?"
                    + "(?:, \\p{Ll}[^()]{0,40})?"); // "Lucas Ferrand as Pip, a hermit crab"

    private Shapes() {
    }

    /**
     * The labels of a film's facts as an infobox or a credits block gives them ("Directed by Ilse Varga", "Running
     * time 97 minutes"): about the film, however few of their words recur in the dump.
     */
    private static final Pattern FACT = Pattern.compile("(?:(?:Directed|Written|Produced|Edited|Distributed|Narrated"
            + "|Voiced|Screenplay|Story|Music|Cinematography|Animation) by|Based on|Voice of [^:]{1,40}):? \\p{Lu}.*"
            + "|Starring:? [^,]+(?:, [^,]+)+|Running time:? \\d.*|Release dates?:? (?:\\d|\\p{Lu}\\p{Ll}+ \\d).*"
            + "|(?:Budget|Box office):? [$€£\\d].*|Production compan(?:y|ies):? \\p{Lu}.*"
            + "|(?:Country|Countries|Languages?): \\p{Lu}.*");

    /** A cast list's line or an infobox's fact: about the film, however few of its words recur. */
    static boolean isFilmFact(String text) {
        return isCastCredit(text) || text.length() <= 200 && FACT.matcher(text).matches();
    }

    /** A line of a cast list ({@link #CAST_CREDIT}): about the film's people, however few of its words recur. */
    static boolean isCastCredit(String text) {
        return text.indexOf(" as ") > 0 && CAST_CREDIT.matcher(text).matches();
    }

    /** Short, starts like a title, and does not end like a sentence or a lead-in (".", ",", ";", ":"). */
    static boolean isTitleShaped(Line line) {
        return isTitleShaped(line.text(), line.words());
    }

    private static boolean isTitleShaped(String text, int words) {
        if (words == 0 || words > MAX_TITLE_WORDS) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isUpperCase(c) || Character.isDigit(c);
            }
        }
        return false;
    }

    /**
     * Most words that are not function words start with a capital, as in headlines and section headings; read from
     * the text's tokens: a space-separated word counts when it holds a token, is
     * capitalised when its first letter or digit (where its first token starts) is, and is a function word when
     * its first token is.
     */
    static boolean isTitleCase(String text, Tokens tokens) {
        int content = 0;
        int capitalized = 0;
        int all = 0;
        int allCapitalized = 0;
        int lastWord = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.word(k) == lastWord) {
                continue;
            }
            lastWord = tokens.word(k);
            all++;
            char first = text.charAt(tokens.start(k));
            boolean cap = Character.isUpperCase(first) || Character.isDigit(first);
            allCapitalized += cap ? 1 : 0;
            if (!tokens.isStopword(k)) {
                content++;
                capitalized += cap ? 1 : 0;
            }
        }
        if (content == 0) {
            return all > 0 && allCapitalized == all; // "What Is Her About?"
        }
        return capitalized >= TITLE_CASE_SHARE * content;
    }

    /** Ends like a sentence: ".", "?", "!", possibly inside closing quotes or brackets. */
    static boolean endsSentence(String text) {
        return endsSentence(text, 0, text.length());
    }

    /** {@link #endsSentence(String)} of the stretch [from, to) of a text, without cutting it out. */
    static boolean endsSentence(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201D' || c == '\'' || c == '\u2019' || c == ')' || c == ']') {
                continue;
            }
            return c == '.' || c == '?' || c == '!' || c == '\u2026';
        }
        return false;
    }
}
