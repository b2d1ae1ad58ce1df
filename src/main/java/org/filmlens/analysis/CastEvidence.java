package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.text.RegexSpace;

/**
 * What the prose says about who plays whom: "Theodore (Joaquin Phoenix)", "Samantha (voiced by …)", "… played by
 * Rooney Mara", "Joaquin Phoenix stars as Theodore Twombly", "Johansson’s voiceover as Samantha", "the Adams
 * character (also named “Amy”)", and cast lists ("A, B, C, and D also star").
 */
final class CastEvidence {
    /** One statement that an actor plays a character. Weight is lower for roles someone no longer has. */
    record Claim(String name, String actor, double weight, String sourceId, int offset) {}

    private static final String POSS = "(?:’s|'s)?";
    private static final String PLAYS = "(?:voiced|played|portrayed|performed)";
    private static final Pattern NAME_THEN_ACTOR = Pattern.compile("(" + NameShapes.NAME + ")" + POSS
            + "\\s*\\(\\s*(?:\\p{Ll}+ly\\s+)?(?:" + PLAYS + "\\s+by\\s+)?(" + NameShapes.PERSON + ")(?=\\s*[),;]|\\s+\\p{Ll})");
    private static final Pattern ACTOR_THEN_NAME = Pattern.compile(
            "(" + NameShapes.PERSON + ")\\s*\\(\\s*(" + NameShapes.TITLED_NAME + ")\\s*\\)");
    private static final Pattern PLAYED_BY = Pattern.compile(
            PLAYS + "\\s+(?:\\([^)]{0,30}\\)\\s*)?by\\s+(" + NameShapes.PERSON + ")");
    private static final Pattern ACTOR_AS = Pattern.compile("(" + NameShapes.PERSON + ")" + POSS
            + ",?\\s+(?:[\\p{Ll}-]+\\s+){0,3}as\\s+(?:" + NameShapes.WORD + "(?:’s|'s)\\s+[\\p{Ll}-]+\\s+)?("
            + NameShapes.TITLED_NAME + ")(?![\\p{L}])");
    private static final Pattern ACTOR_PLAYS = Pattern.compile("(" + NameShapes.PERSON + ")\\s+(?:plays|played|voices)"
            + "\\s+(?:the\\s+(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+,\\s+)?(" + NameShapes.TITLED_NAME
            + ")(?![\\p{L}])");
    private static final Pattern ACTOR_POSSESSIVE = Pattern.compile("(?<![\\p{L}])(" + NameShapes.PERSON + "|"
            + NameShapes.WORD + ")(?:’s|'s)\\s+(" + NameShapes.NAME + ")(?![\\p{L}])");
    private static final Pattern SURNAME_CHARACTER = Pattern.compile("(?i:the) (" + NameShapes.WORD
            + ") character\\s*\\((?:also\\s+)?(?:named|called)\\s+[“\"‘']?(" + NameShapes.NAME + ")");
    private static final Pattern CAST_LIST = Pattern.compile("((?:" + NameShapes.PERSON + ",\\s+)+(?:and\\s+)?"
            + NameShapes.PERSON + "|" + NameShapes.PERSON + "\\s+and\\s+" + NameShapes.PERSON + ")\\s+(?:also\\s+)?"
            + "(?:star|co-star|appear|feature|round out)");
    private static final Pattern STARRING = Pattern.compile("(?i:starring|co-starring|cast includes|cast of)\\s+("
            + NameShapes.PERSON + "(?:,\\s+(?:and\\s+)?" + NameShapes.PERSON + ")*(?:,?\\s+and\\s+"
            + NameShapes.PERSON + ")?)");
    private static final Pattern FORMER = Pattern.compile("(?i)\\b(?:originally|initially|replaced|before being)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s");
    private static final Pattern NAME_WORD = Pattern.compile(NameShapes.WORD);

    private final List<Claim> claims = new ArrayList<>();
    private final Set<String> castListActors = new LinkedHashSet<>();
    /** "the Adams character" phrases, kept with the surname they name. */
    private final List<String[]> surnameCharacters = new ArrayList<>();
    /** "Marsh’s Nell": [surname, character name], trusted only when the surname is a credited actor's. */
    private final List<String[]> surnameClaims = new ArrayList<>();

    /**
     * @param knownNames names already known to be characters (speaker labels): "X … played by Y" only trusts a
     *                   name it already knows, since the sentence does not mark which word is the character
     */
    CastEvidence(Corpus corpus, Set<String> knownNames) {
        List<Passage> passages = corpus.passages();
        // Passages are read on all cores, each range into its own findings; joined in corpus order.
        for (Findings f : InOrder.chunks(passages.size(), (from, to) -> {
            Findings found = new Findings(knownNames);
            passages.subList(from, to).forEach(found::read);
            return found;
        })) {
            claims.addAll(f.claims);
            castListActors.addAll(f.castListActors);
            surnameCharacters.addAll(f.surnameCharacters);
            surnameClaims.addAll(f.surnameClaims);
        }
    }

    /** What one range of passages says, in passage order. */
    private static final class Findings {
        private final Set<String> knownNames;
        private final List<Claim> claims = new ArrayList<>();
        private final List<String> castListActors = new ArrayList<>();
        private final List<String[]> surnameCharacters = new ArrayList<>();
        private final List<String[]> surnameClaims = new ArrayList<>();

        Findings(Set<String> knownNames) {
            this.knownNames = knownNames;
        }

        void read(Passage p) {
            String t = p.text();
            // Each pattern needs some literal text; a passage without it is skipped before the costly regex runs.
            boolean parenthesis = t.indexOf('(') >= 0;
            char[] chars = t.toCharArray(); // read by the patterns' starts (see AnchoredMatches.Start)
            boolean surrogates = AnchoredMatches.hasSurrogates(chars); // looked for once, not once per pattern
            boolean playedBy = t.contains("by") && (t.contains("voiced") || t.contains("played")
                    || t.contains("portrayed") || t.contains("performed"));
            Matcher m;
            // The name and actor patterns are tried only where their opening can be (NameStarts).
            if (parenthesis) {
                AnchoredMatches.forEach(NAME_THEN_ACTOR, t, chars, surrogates, NameStarts.NAME_THEN_PARENTHESIS, r -> {
                    String name = trimName(r.group(1));
                    String inside = r.group(2);
                    if (name == null) {
                        return;
                    }
                    // "Rooney Mara (Catherine Klausen)" puts the actor first; known speaker names tell the order.
                    boolean reversed = knownNames.contains(NameShapes.firstWord(inside))
                            && !knownNames.contains(NameShapes.firstWord(name));
                    if (reversed) {
                        add(inside, name, t, r.start(), p);
                    } else {
                        add(name, inside, t, r.start(), p);
                    }
                });
            }
            if (parenthesis) {
                AnchoredMatches.forEach(ACTOR_THEN_NAME, t, chars, surrogates, NameStarts.PERSON, r -> {
                    String name = trimName(r.group(2));
                    if (name != null && knownNames.contains(name) && !knownNames.contains(r.group(1))) {
                        add(name, r.group(1), t, r.start(), p);
                    }
                });
            }
            if (playedBy) {
                m = PLAYED_BY.matcher(t);
                while (m.find()) {
                    if (insideParentheses(t, m.start())) {
                        continue; // "X (played by Y)" was read above
                    }
                    String name = lastKnownNameBefore(t, m.start(), knownNames);
                    if (name != null) {
                        add(name, m.group(1), t, m.start(), p);
                    }
                }
            }
            if (hasSpacedWord(t, "as")) {
                AnchoredMatches.forEach(ACTOR_AS, t, chars, surrogates, NameStarts.PERSON, r -> {
                    String name = trimName(r.group(2));
                    if (name != null && !knownNames.contains(r.group(1))) {
                        add(name, r.group(1), t, r.start(), p);
                    }
                });
            }
            if (t.contains("plays") || t.contains("played") || t.contains("voices")) {
                AnchoredMatches.forEach(ACTOR_PLAYS, t, chars, surrogates, NameStarts.PERSON, r -> {
                    String name = trimName(r.group(2));
                    if (name != null && !knownNames.contains(r.group(1))) {
                        add(name, r.group(1), t, r.start(), p);
                    }
                });
            }
            if (t.contains("’s") || t.contains("'s")) {
                AnchoredMatches.forEach(ACTOR_POSSESSIVE, t, chars, surrogates, NameStarts.POSSESSIVE_NAME, r -> {
                    // "Malik Osei’s Corin", "Marsh’s Nell": only for a known character; a lone surname is resolved later.
                    String name = trimName(r.group(2));
                    String owner = r.group(1);
                    if (name != null && knownNames.contains(name) && !knownNames.contains(owner)
                            && !knownNames.contains(NameShapes.firstWord(owner))) {
                        if (NameShapes.isPerson(owner)) {
                            add(name, owner, t, r.start(), p);
                        } else {
                            surnameClaims.add(new String[] {owner, name});
                        }
                    }
                });
            }
            if (t.contains("star") || t.contains("appear") || t.contains("feature") || t.contains("round out")) {
                AnchoredMatches.forEach(CAST_LIST, t, chars, surrogates, NameStarts.PERSON,
                        r -> castListActors.addAll(people(r.group(1))));
            }
            if (mayListCast(t)) {
                m = STARRING.matcher(t);
                while (m.find()) {
                    castListActors.addAll(people(m.group(1)));
                }
            }
            if (t.contains("character")) {
                m = SURNAME_CHARACTER.matcher(t);
                while (m.find()) {
                    surnameCharacters.add(new String[] {m.group(1), trimName(m.group(2)), p.sourceId(),
                            String.valueOf(p.start() + m.start())});
                }
            }
        }

        private void add(String name, String actor, String text, int at, Passage p) {
            if (name == null || name.equals(actor)) {
                return;
            }
            int sentenceStart = Math.max(0, text.lastIndexOf(". ", at));
            boolean former = FORMER.matcher(text.substring(sentenceStart, Math.min(text.length(), at + 80))).find();
            claims.add(new Claim(name, actor, former ? 0.3 : 1.0, p.sourceId(), p.start() + at));
        }
    }

    /** Whether the text holds the word between whitespace, as {@code \\s+word\\s+} needs. */
    private static boolean hasSpacedWord(String text, String word) {
        for (int at = text.indexOf(word, 1); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if (end < text.length() && RegexSpace.is(text.charAt(at - 1)) && RegexSpace.is(text.charAt(end))) {
                return true;
            }
        }
        return false;
    }

    /** "starring", "cast includes", "cast of" in any case. */
    static boolean mayListCast(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("starring") || lower.contains("cast includes") || lower.contains("cast of");
    }

    /** Drops leading function words and possessives ("Jonze’s Theodore" is Theodore); null if nothing is left. */
    static String trimName(String raw) {
        List<String> words = new ArrayList<>(Arrays.asList(raw.trim().split(" ")));
        while (!words.isEmpty() && (NameShapes.isFunctionWord(words.get(0)) || endsPossessive(words.get(0))
                && words.size() > 1)) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return null;
        }
        String last = words.get(words.size() - 1);
        if (endsPossessive(last)) {
            words.set(words.size() - 1, last.substring(0, last.length() - 2));
        }
        String name = String.join(" ", words);
        return name.length() < 2 || NameShapes.isFunctionWord(name) ? null : name;
    }

    private static boolean endsPossessive(String word) {
        return word.length() > 2 && NameShapes.isApostrophe(word.charAt(word.length() - 2))
                && word.charAt(word.length() - 1) == 's';
    }

    private static boolean insideParentheses(String text, int at) {
        int open = text.lastIndexOf('(', at);
        return open >= 0 && text.lastIndexOf(')', at) < open && at - open < 40;
    }

    /** The last known character name in the same sentence before the offset. */
    private static String lastKnownNameBefore(String text, int at, Set<String> knownNames) {
        int start = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (end.find() && end.end() <= at) {
            start = end.end();
        }
        Matcher w = NAME_WORD.matcher(text.substring(start, at));
        String found = null;
        while (w.find()) {
            String word = trimName(w.group());
            if (word != null && knownNames.contains(word)) {
                found = word;
            }
        }
        return found;
    }

    private static List<String> people(String list) {
        List<String> out = new ArrayList<>();
        for (String part : list.split(",\\s+|\\s+and\\s+")) {
            String name = part.replaceFirst("^and\\s+", "").trim();
            if (NameShapes.isPerson(name)) {
                out.add(name);
            }
        }
        return out;
    }

    List<String[]> surnameClaims() {
        return surnameClaims;
    }

    List<Claim> claims() {
        return claims;
    }

    /** Actors named in cast lists, whether or not the text says whom they play. */
    Set<String> castListActors() {
        return castListActors;
    }

    /** [surname, character name, sourceId, offset] for each "the Surname character (also named “X”)". */
    List<String[]> surnameCharacters() {
        return surnameCharacters;
    }
}
