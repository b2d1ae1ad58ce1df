package org.filmlens.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmlens.corpus.text.RegexSpace;

/**
 * Who the prose may mean by a name: the speakers' labelled names, the surname of a full label ("Twombly"), and an
 * actor's surname standing for the character they play, learnt from the prose itself ("Amy (Amy Adams)",
 * "Joaquin Phoenix stars as Theodore"). Also learns each speaker's grammatical gender from the pronouns that follow
 * their name, so that "he writes" can be resolved to the nearest named man.
 */
public final class CastDirectory {
    /** A name found in a text. */
    public record NameHit(int start, int end, String speaker) {}

    public enum Gender { MALE, FEMALE, UNKNOWN }

    private static final String CAP = "\\p{Lu}[\\p{L}'\\-]+";
    static final Pattern NAME_WORDS = Pattern.compile(CAP + "(?:\\s+" + CAP + "){0,2}");
    static final Pattern PLAYED_IN_BRACKETS = Pattern.compile(
            "(" + CAP + "(?:\\s+" + CAP + ")?)\\s*\\(\\s*(?:(?:voiced|played)\\s+by\\s+)?(" + CAP + ")\\s+(" + CAP + ")");
    static final Pattern PLAYS = Pattern.compile(
            "(" + CAP + ")\\s+(" + CAP + ")\\s+(?:plays|played|stars\\s+as|starring\\s+as|as)\\s+(?:the\\s+[\\p{Ll} -]+,\\s+)?("
                    + CAP + ")");
    /** "The keeper, Elias Brand (" / "plays the keeper, Elias Brand, a widower": a role in apposition to a name. */
    static final Pattern ROLE = Pattern.compile(
            "\\b[Tt]he ((?:\\p{Ll}+[ -]){0,2}\\p{Ll}+), (" + CAP + ")(?:\\s+" + CAP + ")?(?=\\s*[(,])");
    static final Pattern PRONOUN = Pattern.compile("\\b(he|him|his|himself|she|her|hers|herself|He|His|She)\\b");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** ROLE can only start at "the " or "The ", lowercase words and blanks or hyphens, then ", ". */
    static final StartGate.CanStart THE = StartGate.sifted("Tt", (text, p) -> {
        if ((text.charAt(p) != 'T' && text.charAt(p) != 't') || !text.startsWith("he ", p + 1)) {
            return false;
        }
        int q = p + 4;
        while (q < text.length() && (Character.isLowerCase(text.charAt(q)) || Character.isSurrogate(text.charAt(q))
                || text.charAt(q) == ' ' || text.charAt(q) == '-')) {
            q++;
        }
        return text.startsWith(", ", q);
    });
    /** PLAYS can only start at two capitalised words, then "plays", "played", "stars", "starring" or "as". */
    static final StartGate.CanStart ACTOR_PLAYS = StartGate.sifted(StartGate.UPPERCASE_ASCII, (text, p) -> {
        int second = afterCapitalisedWord(text, p, true);
        int verb = second < 0 ? -1 : afterCapitalisedWord(text, second, true);
        return verb >= 0 && verb < text.length() && "psa".indexOf(text.charAt(verb)) >= 0;
    });
    /** PLAYED_IN_BRACKETS can only start at one or two capitalised words, then "(". */
    static final StartGate.CanStart PART_IN_BRACKETS = StartGate.sifted(StartGate.UPPERCASE_ASCII, (text, p) -> {
        int next = afterCapitalisedWord(text, p, false);
        if (next < 0 || next >= text.length()) {
            return false;
        }
        if (text.charAt(next) == '(') {
            return true;
        }
        next = afterCapitalisedWord(text, next, false);
        return next >= 0 && next < text.length() && text.charAt(next) == '(';
    });
    static final StartGate.CanStart PRONOUN_START = StartGate.sifted("hHsS",
            (text, p) -> "hHsS".indexOf(text.charAt(p)) >= 0);

    private final Map<String, String> speakerByName = new HashMap<>();
    /** The surnames of the actors the prose names as playing a part ("Amy Adams plays Amy"), lowercase. */
    private final Set<String> actorSurnames = new HashSet<>();
    private final Map<String, Gender> genders = new HashMap<>();
    /** The first word of every name form, lowercase: a phrase can name someone only if it starts with one. */
    private final Set<String> firstWords = new HashSet<>();

    public CastDirectory(SpeakerNames speakers, List<String> prose) {
        this(speakers, prose, null);
    }

    /** Reads the prose on the workers' threads (when given); what is learnt does not depend on their order. */
    CastDirectory(SpeakerNames speakers, List<String> prose, Workers workers) {
        for (String name : speakers.names()) {
            for (String label : speakers.labelsOf(name)) {
                speakerByName.put(key(label), name);
                String[] words = label.split(" ");
                if (words.length > 1 && name.equals(words[0])) {
                    speakerByName.putIfAbsent(key(words[words.length - 1]), name); // a full name's surname
                }
            }
        }
        Workers each = workers != null ? workers : new Workers(1, org.filmlens.corpus.Progress.NONE);
        learnRoles(prose, each);
        learnActors(prose, each);
        for (String name : speakerByName.keySet()) { // the name forms are all known from here on
            int space = name.indexOf(' ');
            firstWords.add(space < 0 ? name : name.substring(0, space));
        }
        learnGenders(prose, each);
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** "Elias Brand" as a whole, else its last word ("Later Amy" is Amy). */
    private String phraseSpeaker(String phrase) {
        String whole = speakerByName.get(key(phrase));
        return whole != null ? whole : speakerByName.get(key(phrase.substring(phrase.lastIndexOf(' ') + 1)));
    }

    /** A role named in apposition ("the keeper, Elias Brand") stands for that speaker, even as a label. */
    private void learnRoles(List<String> prose, Workers workers) {
        Map<String, Set<String>> claims = new HashMap<>();
        for (List<String[]> found : workers.map(prose.size(), i -> roleClaims(prose.get(i)))) {
            for (String[] claim : found) {
                claims.computeIfAbsent(claim[0], k -> new HashSet<>()).add(claim[1]);
            }
        }
        claims.forEach((role, characters) -> {
            if (characters.size() == 1) {
                speakerByName.put(role, characters.iterator().next());
            }
        });
    }

    /** [role, speaker] pairs a text names in apposition. */
    private List<String[]> roleClaims(String text) {
        List<String[]> out = new ArrayList<>();
        Matcher m = ROLE.matcher(text);
        for (int at = 0; StartGate.find(m, text, at, THE); at = StartGate.next(m)) {
            String character = speakerByName.get(key(m.group(2)));
            if (character != null) {
                out.add(new String[] {"the " + key(m.group(1)), character});
            }
        }
        return out;
    }

    private void learnActors(List<String> prose, Workers workers) {
        Map<String, Set<String>> claims = new HashMap<>();
        for (List<String[]> found : workers.map(prose.size(), i -> actorClaims(prose.get(i)))) {
            for (String[] claim : found) {
                claims.computeIfAbsent(claim[0], k -> new HashSet<>()).add(claim[1]);
            }
        }
        claims.forEach((surname, characters) -> {
            actorSurnames.add(surname);
            if (characters.size() == 1 && !speakerByName.containsKey(surname)) { // one actor, one part
                speakerByName.put(surname, characters.iterator().next());
            }
        });
    }

    /** [actor's surname, speaker] pairs a text states: "Amy (Amy Adams)", "Joaquin Phoenix plays Theodore". */
    private List<String[]> actorClaims(String text) {
        List<String[]> out = new ArrayList<>();
        if (text.indexOf('(') >= 0) { // the bracketed form needs one
            Matcher m = PLAYED_IN_BRACKETS.matcher(text);
            for (int at = 0; StartGate.find(m, text, at, PART_IN_BRACKETS); at = StartGate.next(m)) {
                String character = phraseSpeaker(m.group(1));
                if (character != null) {
                    out.add(new String[] {key(m.group(3)), character});
                }
            }
        }
        Matcher p = PLAYS.matcher(text);
        for (int at = 0; StartGate.find(p, text, at, ACTOR_PLAYS); at = StartGate.next(p)) {
            String character = speakerByName.get(key(p.group(3)));
            if (character != null) {
                out.add(new String[] {key(p.group(2)), character});
            }
        }
        return out;
    }

    /**
     * In a sentence that names one speaker only, the pronouns after the name vote for that speaker's gender, twice
     * as strongly when the sentence opens with the name (then the name is surely the subject they refer back to).
     */
    private void learnGenders(List<String> prose, Workers workers) {
        Map<String, int[]> votes = new HashMap<>();
        for (Map<String, int[]> found : workers.map(prose.size(), i -> genderVotes(prose.get(i)))) {
            found.forEach((name, v) -> {
                int[] sum = votes.computeIfAbsent(name, k -> new int[2]);
                sum[0] += v[0];
                sum[1] += v[1];
            });
        }
        votes.forEach((name, v) -> {
            if (v[0] >= 2 && v[0] >= 2 * v[1]) { // a clear majority, or the gender stays unknown
                genders.put(name, Gender.MALE);
            } else if (v[1] >= 2 && v[1] >= 2 * v[0]) {
                genders.put(name, Gender.FEMALE);
            }
        });
    }

    /** One text's votes: speaker to [male, female]. */
    private Map<String, int[]> genderVotes(String text) {
        Map<String, int[]> votes = new HashMap<>();
        for (String sentence : sentences(text)) {
            List<NameHit> hits = names(sentence);
            Set<String> named = new HashSet<>();
            hits.forEach(h -> named.add(h.speaker()));
            if (named.size() != 1) {
                continue;
            }
            int weight = hits.get(0).start() == 0 ? 2 : 1;
            int[] v = votes.computeIfAbsent(named.iterator().next(), k -> new int[2]);
            Matcher m = PRONOUN.matcher(sentence);
            for (int at = 0; StartGate.find(m, sentence, at, PRONOUN_START); at = StartGate.next(m)) {
                if (m.start() < hits.get(0).end()) {
                    continue;
                }
                String pronoun = key(m.group(1));
                v[pronoun.startsWith("h") && !pronoun.startsWith("her") ? 0 : 1] += weight;
            }
        }
        return votes;
    }

    /**
     * {@code Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})").split(text)} without the regex: the text cut at each run
     * of blanks ({@code \s}) that follows ".", "!" or "?" and comes before an uppercase letter ({@code \p{Lu}}). No
     * piece can be empty (each holds the stop before its cut or the letter after it), so the split drops none.
     */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int from = 0;
        for (int i = 1; i < n; i++) {
            if (!RegexSpace.is(text.charAt(i)) || ".!?".indexOf(text.charAt(i - 1)) < 0) {
                continue;
            }
            int j = i;
            while (j < n && RegexSpace.is(text.charAt(j))) {
                j++;
            }
            if (j < n && Character.getType(text.codePointAt(j)) == Character.UPPERCASE_LETTER) {
                out.add(text.substring(from, i));
                from = j;
            }
            i = j - 1;
        }
        out.add(from == 0 ? text : text.substring(from));
        return out;
    }

    /** The speaker a name (label form, surname or actor's surname) stands for, or null. */
    public String speaker(String name) {
        if (name == null) {
            return null;
        }
        return speakerByName.get(key(withoutPossessive(name.strip())));
    }

    /** Whether the name's last word is the surname of an actor the prose says plays a part ("Amy Adams"). */
    public boolean isActorName(String name) {
        String n = name.strip();
        return actorSurnames.contains(key(n.substring(n.lastIndexOf(' ') + 1)));
    }

    public Gender gender(String speaker) {
        return genders.getOrDefault(speaker, Gender.UNKNOWN);
    }

    /** The names of speakers in a text, in order; the longest known form wins ("Theodore Twombly"). */
    public List<NameHit> names(String text) {
        List<NameHit> out = new ArrayList<>();
        Matcher m = NAME_WORDS.matcher(text);
        int from = 0;
        while (from < text.length()) {
            // a phrase starts at a capitalised word, found without the regex: most are no name's first word
            int p = StartGate.UPPERCASE.next(text, from);
            if (p >= text.length()) {
                break;
            }
            int wordEnd = capitalisedWordEnd(text, p);
            if (wordEnd < 0) {
                from = p + 1; // NAME_WORDS cannot start here
                continue;
            }
            String first = text.substring(p, wordEnd);
            if (!firstWords.contains(key(first)) && !firstWords.contains(key(withoutPossessive(first)))) {
                from = wordEnd; // no name form starts so: no prefix of the phrase is a name
                continue;
            }
            m.region(p, text.length()); // matches at p: the words after the first are optional
            if (!m.lookingAt()) {
                from = p + 1; // not reached while capitalisedWordEnd agrees with NAME_WORDS (tested)
                continue;
            }
            String[] words = WHITESPACE.split(m.group());
            int consumed = 0;
            int wordStart = m.start();
            boolean matched = false;
            for (int len = words.length; len >= 1 && !matched; len--) {
                String phrase = String.join(" ", java.util.Arrays.copyOf(words, len));
                String speaker = speaker(phrase);
                if (speaker != null) {
                    int end = text.indexOf(words[len - 1], wordStart) + words[len - 1].length();
                    String core = withoutPossessive(phrase);
                    out.add(new NameHit(wordStart, wordStart + (end - wordStart) - (phrase.length() - core.length()),
                            speaker));
                    consumed = end;
                    matched = true;
                }
            }
            from = matched ? consumed : m.start() + words[0].length();
        }
        return out;
    }

    /**
     * The name without a final "'s" or "’s", as the regex {@code [’']s$} would remove it: {@code $} also matches
     * before a final line terminator, and after strip() only U+0085 (NEL) can still end the name.
     */
    static String withoutPossessive(String name) {
        int end = name.length();
        if (end > 0 && name.charAt(end - 1) == '\u0085') {
            end--;
        }
        if (end >= 2 && name.charAt(end - 1) == 's' && (name.charAt(end - 2) == '\'' || name.charAt(end - 2) == '\u2019')) {
            return name.substring(0, end - 2) + name.substring(end);
        }
        return name;
    }

    /**
     * Where the capitalised word of NAME_WORDS that starts at {@code p} ends ({@code \p{Lu}[\p{L}'\-]+}, as long
     * as it goes, as the greedy regex takes it), or -1 when none starts there.
     */
    static int capitalisedWordEnd(String text, int p) {
        int cp = text.codePointAt(p);
        if (Character.getType(cp) != Character.UPPERCASE_LETTER) {
            return -1;
        }
        int start = p + Character.charCount(cp);
        int q = start;
        while (q < text.length()) {
            int c = text.codePointAt(q);
            if (!Character.isLetter(c) && c != '\'' && c != '-') {
                break;
            }
            q += Character.charCount(c);
        }
        return q > start ? q : -1;
    }

    /**
     * Where the white space after the capitalised word starting at {@code p} ({@link #capitalisedWordEnd}) ends, the
     * next word's start, or -1 when no such word starts there. With {@code spaceNeeded} false the white space may be
     * empty. A cheap test run before the regex, never stricter.
     */
    private static int afterCapitalisedWord(String text, int p, boolean spaceNeeded) {
        int word = p < text.length() ? capitalisedWordEnd(text, p) : -1;
        if (word < 0) {
            return -1;
        }
        int q = word;
        while (q < text.length() && RegexSpace.is(text.charAt(q))) {
            q++;
        }
        return spaceNeeded && q == word ? -1 : q;
    }
}
