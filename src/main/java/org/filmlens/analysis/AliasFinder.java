package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;

/**
 * Descriptions the text puts beside a character's name: "the keeper, Elias Brand", "Corin, the supply-boat
 * skipper", "her sister June", "an operating system (OS), named Samantha". A description that the text puts beside
 * two different characters refers to neither and is dropped.
 */
final class AliasFinder {
    private static final String DESC = "((?:[\\p{Ll}][\\p{Ll}-]* ){0,2}[\\p{Ll}][\\p{Ll}-]*)";
    /** "the keeper, Elias Brand (…)" or "the supply boat skipper Corin ( … )": closed by a comma or a credit. */
    static final Pattern THE_DESC_NAME = Pattern.compile("(?<![\\p{L}])([Tt]he) "
            + "((?:[\\p{Ll}][\\p{Ll}-]* ){0,3}[\\p{Ll}][\\p{Ll}-]*)(?:, ("
            + NameShapes.NAME + ")(?=\\s*[,(;.)])| (" + NameShapes.NAME + ")(?=\\s*\\())");
    private static final Pattern NAME_THE_DESC = Pattern.compile("(" + NameShapes.NAME + "), the " + DESC
            + "(?=[,.;:)])");
    static final Pattern POSSESSOR_DESC_NAME = Pattern.compile("(?<![\\p{L}])([Hh]is|[Hh]er|[Tt]heir|"
            + NameShapes.WORD + "(?:’s|'s)) ((?:[\\p{Ll}-]+ )?[\\p{Ll}][\\p{Ll}-]*),? (" + NameShapes.NAME
            + ")(?=\\s*[,(;.)])");
    /** Words before a phrase that make it an adverbial ("after leaving her partner, Amy …"), not an apposition. */
    private static final Set<String> LEADS_IN = Set.of("from", "of", "with", "in", "on", "at", "after", "before",
            "despite", "by", "for", "about", "into", "over", "to", "than");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}’'-]+)\\s+$");
    private static final Pattern NAMED = Pattern.compile("(?<![\\p{L}])(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er) "
            + "((?:[\\p{L}-]+ ){0,2}[\\p{L}-]+)(?: \\((\\p{Lu}{2,6})\\))?,? (?:named|called) (" + NameShapes.NAME + ")");
    private static final Set<String> TRAILING = Set.of("of", "on", "in", "at", "the", "a", "an", "for", "by", "to");
    /** Words that make a phrase talk about the film rather than describe a person in it. */
    private static final Set<String> META = Set.of("film", "movie", "character", "actor", "actress", "role", "director",
            "scene", "story", "title", "name", "performance", "singer", "cinematographer", "writer",
            "critic", "author", "film’s", "movie’s", "and", "or", "to",
            "with", "is", "was", "has", "had", "who", "that", "which", "as", "for", "by", "from");

    private AliasFinder() {
    }

    /**
     * @param resolve maps a name found in the text to a character's name, or null when it names no character
     * @return character name to its descriptions, as written ("the keeper", "Mara’s sister")
     */
    static Map<String, Set<String>> find(Corpus corpus, Function<String, String> resolve) {
        String title = corpus.film() == null || corpus.film().title() == null ? ""
                : corpus.film().title().toLowerCase(Locale.ROOT);
        Map<String, Set<String>> byDescription = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        List<Passage> passages = corpus.passages();
        // Passages are read on all cores (resolve only looks names up); the notes are taken in corpus order.
        for (List<String[]> notes : InOrder.chunks(passages.size(), (from, to) -> {
            List<String[]> found = new ArrayList<>();
            for (Passage p : passages.subList(from, to)) {
                // a line of dialogue addresses people ("…the property tax, Frank."): what the film says, not who
                // someone is
                if (p.kind() != PassageKind.DIALOGUE) {
                    read(p.text(), title, resolve, found);
                }
            }
            return found;
        })) {
            notes.forEach(n -> note(n[0], n[1], resolve, byDescription, written));
        }
        Map<String, Set<String>> out = new LinkedHashMap<>();
        byDescription.forEach((key, who) -> {
            if (who.size() == 1) {
                out.computeIfAbsent(who.iterator().next(), k -> new LinkedHashSet<>()).add(written.get(key));
            }
        });
        return out;
    }

    /** The (description, name as written) pairs one passage's text puts side by side, in text order. */
    private static void read(String t, String title, Function<String, String> resolve, List<String[]> found) {
        char[] chars = t.toCharArray(); // read by the patterns' starts (see AnchoredMatches.Start)
        boolean surrogates = AnchoredMatches.hasSurrogates(chars); // looked for once, not once per pattern
        AnchoredMatches.forEach(THE_DESC_NAME, t, chars, surrogates, AliasFinder::startsTheDescription, m -> {
            if (m.group(3) != null && adverbial(t, m.start())) {
                return; // "navigating the distress of his divorce, Theodore …"
            }
            found.add(new String[] {"the " + m.group(2), m.group(3) != null ? m.group(3) : m.group(4)});
        });
        if (t.contains(", the ")) {
            AnchoredMatches.forEach(NAME_THE_DESC, t, chars, surrogates, AnchoredMatches.CAPITAL,
                    m -> found.add(new String[] {"the " + m.group(2), m.group(1)}));
        }
        AnchoredMatches.forEach(POSSESSOR_DESC_NAME, t, chars, surrogates, AliasFinder::mayStartPossessor, m -> {
            String possessor = m.group(1);
            if (m.group().contains(",") && adverbial(t, m.start()) || possessor.toLowerCase(Locale.ROOT).equals(title)) {
                return; // "Her follows Theodore": the film's title, not a pronoun
            }
            String owner = possessor.length() > 2 && NameShapes.isApostrophe(possessor.charAt(possessor.length() - 2))
                    ? possessor : possessor.toLowerCase(Locale.ROOT);
            if (owner.endsWith("s") && resolve.apply(owner.substring(0, owner.length() - 2)) == null
                    && !owner.equals("his")) {
                return; // "Osei’s Corin": an actor's name, not a relation
            }
            found.add(new String[] {owner + " " + m.group(2), m.group(3)});
        });
        if (t.contains(" named ") || t.contains(" called ")) {
            Matcher m = NAMED.matcher(t);
            while (m.find()) {
                found.add(new String[] {"the " + m.group(1).toLowerCase(Locale.ROOT), m.group(3)});
                if (m.group(2) != null) {
                    found.add(new String[] {"the " + m.group(2), m.group(3)});
                }
            }
        }
    }

    /**
     * Where {@link #THE_DESC_NAME} can start: "the" or "The", one to four lower-case words, then a comma and a space
     * or a space alone, and a capital. (Only the capital the words may stop at is looked for: "the" is everywhere.)
     */
    static boolean startsTheDescription(char[] text, int at) {
        char c = text[at];
        return (c == 't' || c == 'T') && startsWith(text, "he ", at + 1)
                && NameStarts.lowerWordsThenCapital(text, at + 4, 4);
    }

    /**
     * Where {@link #POSSESSOR_DESC_NAME} can start: "his ", "her ", "their " in either case, or a name's possessive
     * and a space, then one or two lower-case words and the capital of a name.
     */
    static boolean mayStartPossessor(char[] text, int at) {
        char c = text[at];
        if ((c == 'h' || c == 'H') && (startsWith(text, "is ", at + 1) || startsWith(text, "er ", at + 1))
                && NameStarts.lowerWordsThenCapital(text, at + 4, 2)) {
            return true;
        }
        if ((c == 't' || c == 'T') && startsWith(text, "heir ", at + 1)
                && NameStarts.lowerWordsThenCapital(text, at + 6, 2)) {
            return true;
        }
        int end = NameStarts.possessiveWordEnd(text, at);
        return end >= 0 && NameStarts.lowerWordsThenCapital(text, end + 1, 2);
    }

    /** {@code String.startsWith(prefix, at)} of the characters. */
    private static boolean startsWith(char[] text, String prefix, int at) {
        if (at < 0 || at + prefix.length() > text.length) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (text[at + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean adverbial(String text, int at) {
        Matcher w = WORD_BEFORE.matcher(text.substring(Math.max(0, at - 30), at));
        if (!w.find()) {
            return false;
        }
        String word = w.group(1).toLowerCase(Locale.ROOT);
        return LEADS_IN.contains(word) || word.endsWith("ing");
    }

    private static void note(String description, String rawName, Function<String, String> resolve,
                             Map<String, Set<String>> byDescription, Map<String, String> written) {
        String name = CastEvidence.trimName(rawName);
        String character = name == null ? null : resolve.apply(name);
        if (character == null) {
            return;
        }
        String[] words = description.split(" ");
        if (TRAILING.contains(words[words.length - 1])) {
            return; // "the supply boat of Corin": a phrase cut short, not a description
        }
        for (String w : words) {
            if (META.contains(w.toLowerCase(Locale.ROOT))) {
                return;
            }
        }
        String key = NameShapes.key(description);
        byDescription.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(character);
        written.putIfAbsent(key, description);
    }

}
