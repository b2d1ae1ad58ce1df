package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a section heading into the question a reader would ask: "What Tide Says About Grief" becomes "What does Tide
 * say about grief?", "How Ned Lost The Boat &amp; Why He Left" becomes "Why did Ned leave?", "The Ending's Lasting
 * Impact" becomes "What is the ending's lasting impact?".
 */
final class QuestionPhrasing {
    private static final Set<String> WH = Set.of("what", "why", "how", "who", "where", "when", "which");
    private static final Set<String> AUXILIARY = Set.of("does", "do", "did", "is", "are", "was", "were", "will",
            "would", "can", "could", "should", "has", "have");
    private static final Set<String> PRONOUNS = Set.of("she", "he", "they", "it");
    /** Auxiliaries that go before the subject in a question, where a participle follows them ("Was Arrested"). */
    private static final Set<String> MOVABLE_AUXILIARY = Set.of("is", "are", "was", "were", "will", "would", "can",
            "could", "should");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "their", "his",
            "her");
    private static final Map<String, String> PAST_TO_BASE = Map.ofEntries(
            Map.entry("left", "leave"), Map.entry("went", "go"), Map.entry("died", "die"), Map.entry("said", "say"),
            Map.entry("made", "make"), Map.entry("found", "find"), Map.entry("lost", "lose"),
            Map.entry("chose", "choose"), Map.entry("gave", "give"), Map.entry("took", "take"),
            Map.entry("felt", "feel"), Map.entry("came", "come"), Map.entry("became", "become"),
            Map.entry("meant", "mean"), Map.entry("knew", "know"), Map.entry("fell", "fall"),
            Map.entry("broke", "break"), Map.entry("wrote", "write"), Map.entry("ran", "run"),
            Map.entry("got", "get"), Map.entry("saw", "see"), Map.entry("told", "tell"));
    private static final Map<String, String> PRESENT_TO_BASE = Map.of("says", "say", "does", "do", "has", "have",
            "goes", "go", "is", "be");
    private static final Set<String> ENDING_WORDS = Set.of("end", "ends", "ending", "ended", "final", "last",
            "left", "leave", "leaves", "after", "why", "mean", "means");

    private final NameCase names;

    QuestionPhrasing(NameCase names) {
        this.names = names;
    }

    String fromHeading(String heading) {
        String h = heading.strip()
                .replaceAll("^\\d+[.)]\\s*", "")
                .replaceAll("\\([^)]*\\)", " ")
                .replaceAll("\\s+", " ")
                .strip();
        boolean asked = h.endsWith("?");
        h = h.replaceAll("[\\s.?!:;,]+$", "");
        List<String> clauses = Arrays.stream(h.split("\\s*(?:&|\\band\\b|:|—|–| - )\\s*"))
                .filter(c -> !c.isBlank()).toList();
        String clause = pickClause(clauses);
        String subjectName = nameIn(clauses);
        List<String> words = new ArrayList<>(Arrays.asList(clause.split(" ")));
        String first = words.get(0).toLowerCase(Locale.ROOT);
        if (asked || AUXILIARY.contains(first)) {
            return sentence(words);
        }
        if (WH.contains(first)) {
            return sentence(whQuestion(words, subjectName));
        }
        int wh = indexOfWh(words);
        if (wh > 0) {
            return sentence(whQuestion(new ArrayList<>(words.subList(wh, words.size())), subjectName));
        }
        if ((DETERMINERS.contains(first) || words.get(0).matches(".*['’]s")) && !hasVerb(words)) {
            List<String> q = new ArrayList<>(List.of("What", "is"));
            q.addAll(words);
            return sentence(q);
        }
        return sentenceCase(words) + ": what does it mean?";
    }

    /** A present-tense verb after the first two words ("The Letter Explains Everything") makes a statement. */
    private boolean hasVerb(List<String> words) {
        for (int i = 2; i < words.size() - 1; i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                    && !w.matches(".*['’]s") && !names.isName(w)) {
                return true;
            }
        }
        return false;
    }

    /** The clause most likely to carry the question: one with a question word, best one about the ending. */
    private static String pickClause(List<String> clauses) {
        String best = clauses.get(0);
        int bestScore = -1;
        for (String c : clauses) {
            List<String> tokens = ContentWords.tokens(c);
            int score = 0;
            if (!tokens.isEmpty() && (WH.contains(tokens.get(0)) || AUXILIARY.contains(tokens.get(0)))) {
                score += 2;
            }
            if (tokens.stream().anyMatch(ENDING_WORDS::contains)) {
                score += 1;
            }
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    private String nameIn(List<String> clauses) {
        for (String c : clauses) {
            for (String w : c.split(" ")) {
                if (names.isName(w) && !names.isTitleWord(w)) {
                    return w.replaceAll("['’]s$", "");
                }
            }
        }
        return null;
    }

    private static int indexOfWh(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (WH.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "Why He Left" → "Why did Ned leave"; "What Tide Says About Grief" → "What does Tide say about grief"; "Why
     * The Captain Was Arrested" → "Why was the Captain arrested"; "What Happens …" stays (the question word is the
     * subject).
     */
    private List<String> whQuestion(List<String> words, String subjectName) {
        if (words.size() < 3) {
            return words;
        }
        String w1 = words.get(1).toLowerCase(Locale.ROOT);
        if (w1.endsWith("s") && !names.isName(words.get(1)) && !names.isTitleWord(words.get(1))
                || AUXILIARY.contains(w1)) {
            return words; // "What Happens At The End", "How Does It End"
        }
        // find the verb: the first word after the subject that looks past or present tense
        for (int i = 2; i < words.size(); i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            // "Why The Captain Was Arrested" → "Why was the Captain arrested": right after a short subject, not "to do"
            if (MOVABLE_AUXILIARY.contains(w) && i <= 4 && i + 1 < words.size()
                    && !words.get(i - 1).equalsIgnoreCase("to") && isParticiple(words.get(i + 1))) {
                List<String> q = new ArrayList<>();
                q.add(words.get(0));
                q.add(w);
                for (String s : words.subList(1, i)) {
                    q.add(subjectName != null && PRONOUNS.contains(s.toLowerCase(Locale.ROOT)) ? subjectName : s);
                }
                q.addAll(words.subList(i + 1, words.size()));
                return q;
            }
            String base = PAST_TO_BASE.get(w);
            String aux = "did";
            if (base == null && w.endsWith("ed") && w.length() > 4) {
                base = regularBase(w);
            }
            if (base == null) {
                base = PRESENT_TO_BASE.get(w);
                aux = base == null ? aux : "does";
                if (base == null && w.endsWith("s") && !w.endsWith("ss") && (i == 2 || i == words.size() - 1)
                        && !w.matches(".*['’]s")) {
                    base = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
                    aux = "does";
                }
            }
            if (base != null) {
                List<String> q = new ArrayList<>();
                q.add(words.get(0));
                q.add(aux);
                for (String s : words.subList(1, i)) {
                    q.add(subjectName != null && PRONOUNS.contains(s.toLowerCase(Locale.ROOT)) ? subjectName : s);
                }
                q.add(base);
                q.addAll(words.subList(i + 1, words.size()));
                return q;
            }
        }
        return words;
    }

    /** "Arrested", "Leaving", "Taken", "Gone": a verb form an auxiliary goes before. */
    private static boolean isParticiple(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 3 && (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("en") || w.endsWith("wn")
                || PAST_TO_BASE.containsKey(w) || w.equals("gone"));
    }

    private static String regularBase(String w) {
        String stem = w.substring(0, w.length() - 2);
        if (w.endsWith("ied")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        char before = stem.charAt(stem.length() - 1);
        if (stem.length() > 2 && before == stem.charAt(stem.length() - 2) && "ls".indexOf(before) < 0) {
            return stem.substring(0, stem.length() - 1); // stopped -> stop
        }
        return "vgczu".indexOf(before) >= 0 ? stem + "e" : stem; // loved -> love, ended -> end
    }

    private String sentence(List<String> words) {
        return sentenceCase(words) + "?";
    }

    private String sentenceCase(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            int title = names.titleLengthAt(words, i);
            if (i > 0) {
                sb.append(' ');
            }
            if (title > 0) {
                sb.append(String.join(" ", words.subList(i, i + title)));
                i += title - 1;
            } else if (i == 0) {
                sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            } else {
                sb.append(names.inSentence(w));
            }
        }
        return sb.toString();
    }
}
