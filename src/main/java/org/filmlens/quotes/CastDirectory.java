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
    private static final Pattern NAME_WORDS = Pattern.compile(CAP + "(?:\\s+" + CAP + "){0,2}");
    private static final Pattern PLAYED_IN_BRACKETS = Pattern.compile(
            "(" + CAP + "(?:\\s+" + CAP + ")?)\\s*\\(\\s*(?:(?:voiced|played)\\s+by\\s+)?(" + CAP + ")\\s+(" + CAP + ")");
    private static final Pattern PLAYS = Pattern.compile(
            "(" + CAP + ")\\s+(" + CAP + ")\\s+(?:plays|played|stars\\s+as|starring\\s+as|as)\\s+(?:the\\s+[\\p{Ll} -]+,\\s+)?("
                    + CAP + ")");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
    /** "The keeper, Elias Brand (" / "plays the keeper, Elias Brand, a widower": a role in apposition to a name. */
    private static final Pattern ROLE = Pattern.compile(
            "\\b[Tt]he ((?:\\p{Ll}+[ -]){0,2}\\p{Ll}+), (" + CAP + ")(?:\\s+" + CAP + ")?(?=\\s*[(,])");
    private static final Pattern PRONOUN = Pattern.compile("\\b(he|him|his|himself|she|her|hers|herself|He|His|She)\\b");

    private static final Pattern POSSESSIVE = Pattern.compile("[\u2019']s$");

    private final Map<String, String> speakerByName = new HashMap<>();
    private final Map<String, Gender> genders = new HashMap<>();

    public CastDirectory(SpeakerNames speakers, List<String> prose) {
        for (String name : speakers.names()) {
            for (String label : speakers.labelsOf(name)) {
                speakerByName.put(key(label), name);
                String[] words = label.split(" ");
                if (words.length > 1 && name.equals(words[0])) {
                    speakerByName.putIfAbsent(key(words[words.length - 1]), name); // a full name's surname
                }
            }
        }
        learnRoles(prose);
        learnActors(prose);
        learnGenders(prose);
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
    private void learnRoles(List<String> prose) {
        Map<String, Set<String>> claims = new HashMap<>();
        for (String text : prose) {
            Matcher m = ROLE.matcher(text);
            while (m.find()) {
                String character = speakerByName.get(key(m.group(2)));
                if (character != null) {
                    claims.computeIfAbsent("the " + key(m.group(1)), k -> new HashSet<>()).add(character);
                }
            }
        }
        claims.forEach((role, characters) -> {
            if (characters.size() == 1) {
                speakerByName.put(role, characters.iterator().next());
            }
        });
    }

    private void learnActors(List<String> prose) {
        Map<String, Set<String>> claims = new HashMap<>();
        for (String text : prose) {
            Matcher m = PLAYED_IN_BRACKETS.matcher(text);
            while (m.find()) {
                String character = phraseSpeaker(m.group(1));
                if (character != null) {
                    claims.computeIfAbsent(key(m.group(3)), k -> new HashSet<>()).add(character);
                }
            }
            Matcher p = PLAYS.matcher(text);
            while (p.find()) {
                String character = speakerByName.get(key(p.group(3)));
                if (character != null) {
                    claims.computeIfAbsent(key(p.group(2)), k -> new HashSet<>()).add(character);
                }
            }
        }
        claims.forEach((surname, characters) -> {
            if (characters.size() == 1 && !speakerByName.containsKey(surname)) { // one actor, one part
                speakerByName.put(surname, characters.iterator().next());
            }
        });
    }

    /**
     * In a sentence that names one speaker only, the pronouns after the name vote for that speaker's gender, twice
     * as strongly when the sentence opens with the name (then the name is surely the subject they refer back to).
     */
    private void learnGenders(List<String> prose) {
        Map<String, int[]> votes = new HashMap<>();
        for (String text : prose) {
            for (String sentence : SENTENCE.split(text)) {
                List<NameHit> hits = names(sentence);
                Set<String> named = new HashSet<>();
                hits.forEach(h -> named.add(h.speaker()));
                if (named.size() != 1) {
                    continue;
                }
                int weight = hits.get(0).start() == 0 ? 2 : 1;
                int[] v = votes.computeIfAbsent(named.iterator().next(), k -> new int[2]);
                Matcher m = PRONOUN.matcher(sentence);
                while (m.find()) {
                    if (m.start() < hits.get(0).end()) {
                        continue;
                    }
                    String pronoun = key(m.group(1));
                    v[pronoun.startsWith("h") && !pronoun.startsWith("her") ? 0 : 1] += weight;
                }
            }
        }
        votes.forEach((name, v) -> {
            if (v[0] >= 2 && v[0] >= 2 * v[1]) { // a clear majority, or the gender stays unknown
                genders.put(name, Gender.MALE);
            } else if (v[1] >= 2 && v[1] >= 2 * v[0]) {
                genders.put(name, Gender.FEMALE);
            }
        });
    }

    /** The speaker a name (label form, surname or actor's surname) stands for, or null. */
    public String speaker(String name) {
        if (name == null) {
            return null;
        }
        String n = POSSESSIVE.matcher(name.strip()).replaceAll("");
        return speakerByName.get(key(n));
    }

    public Gender gender(String speaker) {
        return genders.getOrDefault(speaker, Gender.UNKNOWN);
    }

    /** The names of speakers in a text, in order; the longest known form wins ("Theodore Twombly"). */
    public List<NameHit> names(String text) {
        List<NameHit> out = new ArrayList<>();
        Matcher m = NAME_WORDS.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String[] words = m.group().split("\\s+");
            int consumed = 0;
            int wordStart = m.start();
            boolean matched = false;
            for (int len = words.length; len >= 1 && !matched; len--) {
                String phrase = String.join(" ", java.util.Arrays.copyOf(words, len));
                String speaker = speaker(phrase);
                if (speaker != null) {
                    int end = text.indexOf(words[len - 1], wordStart) + words[len - 1].length();
                    String core = phrase.replaceAll("[\u2019']s$", "");
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
}
