package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmlens.corpus.Stance;

/**
 * Reads a stance from the cue words of an answer. Words in a conceding clause ("Though they are together, …") count
 * half, since the writer grants them only to argue past them; a cue right after a negation ("not hopeful"), or
 * denied as a hypothetical right after it ("a dream would not give us that"), does not count. A near tie between two strong readings is itself ambiguous.
 *
 * <p>A reader keeps the cue words it found in each text, so it serves one ending map, on one thread.
 */
final class StanceReader {
    private record Cue(Stance stance, Pattern pattern, double weight, PhraseFilter filter) {}

    /**
     * Words that name a reading outright ("a hopeful ending") weigh 2; words that colour one weigh 1; "alone" weighs
     * half, since plot summaries use it for who is in the room.
     */
    private static final List<Cue> CUES = List.of(
            cue(Stance.HOPEFUL, 2.0, "hopeful", "optimistic", "uplifting", "happy ending"),
            cue(Stance.HOPEFUL, 1.0, "hope", "hopes", "hopefully", "optimism", "heal", "heals", "healing",
                    "reconnect", "reconnects", "reconnecting", "new connection", "human connection",
                    "genuine connection", "real connection", "intimacy", "sunrise", "glimmer", "glimmering",
                    "redemption", "rebirth", "fresh start", "new beginning", "starts again", "start again",
                    "move forward", "moving forward", "points forward", "move on", "moving on", "joy", "joyful",
                    "heart-warming", "heartwarming", "closure", "reunite", "reunited", "renewal", "positive"),
            cue(Stance.BLEAK, 2.0, "bleak", "sad ending", "pessimistic", "hopeless", "downbeat"),
            cue(Stance.BLEAK, 1.0, "lonely", "loneliness", "isolation", "isolated", "despair", "empty", "emptiness",
                    "sad", "sadness", "melancholy", "heartbreak", "heartbroken", "grief", "abandoned", "desolate",
                    "bitter", "numb"),
            cue(Stance.BLEAK, 0.5, "alone"),
            cue(Stance.TRAGIC, 1.5, "death", "deaths", "suicide", "suicidal", "kill", "kills", "killed", "tragic",
                    "tragedy", "doomed", "fatal"),
            cue(Stance.AMBIGUOUS, 2.0, "ambiguous", "ambiguity", "open-ended", "open ending", "open to interpretation",
                    "left open"),
            cue(Stance.AMBIGUOUS, 1.0, "unclear", "uncertain", "unresolved", "bittersweet", "left to the viewer",
                    "up to the viewer", "divide", "divides", "divisive", "different ways", "either way"),
            cue(Stance.AMBIGUOUS, 2.0, "could be either", "both interpretations", "both readings", "either reading",
                    "either interpretation", "supports both"),
            cue(Stance.LITERAL, 2.0, "literal reading", "literal interpretation", "taken literally", "read literally",
                    "actually happens", "really happens", "actually happened", "really happened", "did happen",
                    "not a dream", "isn't a dream", "isn’t a dream", "wasn't a dream", "wasn’t a dream", "it is real",
                    "it's real", "it’s real", "it was real", "all real"),
            cue(Stance.LITERAL, 1.0, "literal"), // not "literally", which says "really" ("literally in his pocket")
            cue(Stance.FIGURATIVE, 2.0, "metaphor", "metaphorical", "metaphorically", "symbol", "symbolic",
                    "symbolizes", "symbolises", "allegory", "allegorical", "figurative", "figuratively"),
            // an ending read as a dream or an illusion did not happen as shown: the same divide as a metaphor
            cue(Stance.FIGURATIVE, 1.5, "a dream", "all a dream", "dreaming", "dreamed", "dreamt", "hallucination",
                    "hallucinations", "hallucinating", "hallucinated", "imagined", "imagining", "in his head",
                    "in her head", "in his mind", "in her mind", "not real", "isn't real", "isn’t real",
                    "wasn't real", "wasn’t real", "never happened", "didn't happen", "didn’t happen"));

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern CONCESSION = Pattern.compile(
            "^\\W*(though|although|even though|despite|while|whilst|even if)\\b[^,;]*[,;]", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION = Pattern.compile("\\b(not|no|never|hardly|nor|isn't|isn’t|wasn't|wasn’t|"
            + "aren't|aren’t|weren't|weren’t|doesn't|doesn’t|didn't|didn’t|without)\\s+"
            + "(\\w+\\s+)?$");

    /**
     * A cue as the subject of a hypothetical denied right after it ("A dream would not give us that"): the writer
     * rules the reading out. Not "hope doesn't die", which keeps it.
     */
    private static final Pattern DENIED_AFTER = Pattern.compile(
            "^\\W*(?:\\w+\\s+)?(?:would|could)(?:\\s+not\\b|n't\\b|n’t\\b)");

    private static Cue cue(Stance stance, double weight, String... words) {
        StringBuilder alt = new StringBuilder();
        for (String w : words) {
            if (!alt.isEmpty()) {
                alt.append('|');
            }
            alt.append(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
        }
        return new Cue(stance, Pattern.compile("\\b(" + alt + ")\\b", Pattern.CASE_INSENSITIVE), weight,
                new PhraseFilter(words));
    }

    /**
     * A stance and the words that decided it, as found in the text (null when the stance is NEUTRAL). A near tie
     * names both readings' words: "hope / loneliness".
     */
    record Reading(Stance stance, String cue) {}

    /** One cue word found in an answer. */
    private record Hit(Stance stance, String words, double weight) {}

    private final Map<String, List<Hit>> hitsByText = new HashMap<>();

    /** Supporting passages count half: the main passage is the answer, the others back it up. */
    static final double SUPPORTING_WEIGHT = 0.5;

    private final Map<String, Stance> stanceByText = new HashMap<>();

    /**
     * The stance the text shows, or NEUTRAL when its cue words do not add up to one. Kept per text: choosing answers
     * asks it of a passage for every question the passage answers.
     */
    Stance read(String text) {
        Stance done = stanceByText.get(text);
        if (done == null) {
            done = read(text, List.of()).stance();
            stanceByText.put(text, done);
        }
        return done;
    }

    /** The stance of an answer: its main passage's cue words in full, its supporting passages' at half weight. */
    Reading read(String main, List<String> supporting) {
        List<Hit> hits = new ArrayList<>(hits(main, 1.0));
        supporting.forEach(t -> hits.addAll(hits(t, SUPPORTING_WEIGHT)));
        Map<Stance, Double> score = new EnumMap<>(Stance.class);
        hits.forEach(h -> score.merge(h.stance(), h.weight(), Double::sum));
        Stance best = Stance.NEUTRAL;
        Stance runnerUp = Stance.NEUTRAL;
        double top = 0;
        double second = 0;
        for (Map.Entry<Stance, Double> e : score.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                runnerUp = best;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
                runnerUp = e.getKey();
            }
        }
        if (top < 1.0) {
            return new Reading(Stance.NEUTRAL, null);
        }
        if (best != Stance.AMBIGUOUS && second >= 1.0 && top < 1.25 * second) {
            return new Reading(Stance.AMBIGUOUS, strongest(hits, best) + " / " + strongest(hits, runnerUp));
        }
        return new Reading(best, strongest(hits, best));
    }

    /** The words of the heaviest cue for {@code stance}, the earliest (the main passage's) on a tie. */
    private static String strongest(List<Hit> hits, Stance stance) {
        Hit best = null;
        for (Hit h : hits) {
            if (h.stance() == stance && (best == null || h.weight() > best.weight())) {
                best = h;
            }
        }
        return best == null ? null : best.words();
    }

    /** Cue weight per stance, for tests and for explaining a stance. */
    Map<Stance, Double> scores(String text) {
        Map<Stance, Double> score = new EnumMap<>(Stance.class);
        hits(text, 1.0).forEach(h -> score.merge(h.stance(), h.weight(), Double::sum));
        return score;
    }

    /**
     * The cue words found in a text, as weighed in a main passage. Answers share passages (and a passage is asked
     * about for every question it answers), so each text is read once.
     */
    private List<Hit> hits(String text) {
        List<Hit> done = hitsByText.get(text);
        if (done == null) {
            done = find(text);
            hitsByText.put(text, done);
        }
        return done;
    }

    private List<Hit> hits(String text, double scale) {
        List<Hit> hits = hits(text);
        if (scale == 1.0) {
            return hits;
        }
        List<Hit> out = new ArrayList<>(hits.size());
        hits.forEach(h -> out.add(new Hit(h.stance(), h.words(), h.weight() * scale)));
        return out;
    }

    /**
     * Whether most of the sentence's words start in lower case, as prose's do: in a title's capitals ("Theory 1: It
     * Really Happened") a capitalised cue is still the word.
     */
    private static boolean mostlyLowerCase(String sentence) {
        int lower = 0;
        int upper = 0;
        boolean start = true;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (Character.isLetter(c)) {
                if (start) {
                    lower += Character.isLowerCase(c) ? 1 : 0;
                    upper += Character.isUpperCase(c) ? 1 : 0;
                }
                start = false;
            } else {
                start = c != '\'' && c != '’';
            }
        }
        return lower > upper;
    }

    /** Whether a letter or digit comes before {@code at} in the sentence. */
    private static boolean midSentence(String sentence, int at) {
        for (int i = 0; i < at; i++) {
            if (Character.isLetterOrDigit(sentence.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Only the cues whose words the text holds are looked for, sentence by sentence, in their order. A cue
     * capitalised inside a sentence of prose is a name (a character called Hope or Joy) and does not count.
     */
    private static List<Hit> find(String text) {
        Set<String> words = PhraseFilter.words(text);
        List<Cue> present = CUES.stream().filter(c -> c.filter().mayOccur(words)).toList();
        if (present.isEmpty()) {
            return List.of();
        }
        List<Hit> out = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text)) {
            Matcher concession = CONCESSION.matcher(sentence);
            int conceded = concession.find() ? concession.end() : 0;
            for (Cue cue : present) {
                Matcher m = cue.pattern().matcher(sentence);
                while (m.find()) {
                    if (Character.isUpperCase(sentence.charAt(m.start())) && midSentence(sentence, m.start())
                            && mostlyLowerCase(sentence)) {
                        continue; // a name in prose ("When Hope asks Moose…"), not the word
                    }
                    String before = sentence.substring(Math.max(0, m.start() - 30), m.start())
                            .toLowerCase(Locale.ROOT);
                    String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 30))
                            .toLowerCase(Locale.ROOT);
                    if (NEGATION.matcher(before).find() || DENIED_AFTER.matcher(after).find()) {
                        continue;
                    }
                    double w = cue.weight() * (m.start() < conceded ? 0.5 : 1.0);
                    out.add(new Hit(cue.stance(), m.group(), w));
                }
            }
        }
        return out;
    }
}
