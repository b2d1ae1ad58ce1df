package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmlens.corpus.text.RegexSpace;

/**
 * English phrases that place what a sentence describes in the film's running order ("as the film opens", "in the
 * third act", "the final scene"). A position is a fraction of the film, 0 the start and 1 the end.
 */
final class NarrativeCues {
    /** One cue found in a text: the phrase, the position it points to and where the sentence holding it lies. */
    record Cue(String phrase, double position, int sentenceStart, int sentenceEnd) {}

    /**
     * A cue pattern and the words every one of its matches contains (lowercase), each as whole words: where a word
     * starts (after a character that is no letter, or at the start) and ends (no letter follows: in every match a
     * space or the pattern's end does). A text holding none of them so cannot match, and looking for them is far
     * cheaper than running the pattern, which tries every position of the text. ("the end" must not let "the ending"
     * through, nor "start" "started": the corpus is about endings and retells the film.)
     */
    private record Rule(Pattern pattern, double position, List<String> requiredWords) {}

    private static final String FILM = "(?:film|movie|story|picture)";
    private static final List<Rule> RULES = List.of(
            rule("\\[\\s*first lines?\\s*\\]|first lines", 0.0, "first line", "first lines"),
            rule("as the " + FILM + " (?:opens|begins|starts)|(?:at|in) the (?:very )?(?:beginning|start|opening)"
                    + "|the (?:beginning|start) of the " + FILM + "|opening (?:scene|shot|sequence|moments)"
                    + "|first scene|the " + FILM + " (?:opens|begins|starts) (?:with|on|as)|when (?:audiences|viewers|we)"
                    + " (?:are|is) (?:first )?introduced", 0.0, "opens", "opening", "begins", "beginning", "start",
                    "starts", "first scene", "introduced"),
            rule("early (?:on|in the " + FILM + ")|first act|first half|first hour", 0.2,
                    "early", "first act", "first half", "first hour"),
            rule("(?:in )?the middle of the " + FILM + "|midway|halfway|second act|midpoint", 0.5,
                    "middle of the", "midway", "halfway", "second act", "midpoint"),
            rule("third act|second half|towards? the end|later in the " + FILM + "|climax|by the end|leading up to the end",
                    0.8, "third act", "second half", "the end", "later in the", "climax"),
            rule("\\[\\s*last lines?\\s*\\]|last lines|final (?:scene|shot|moments|few moments|image|sequence)"
                    + "|last scene|closing (?:scene|shot|moments)|the " + FILM + " ends|ends with|in the final", 1.0,
                    "last line", "last lines", "final", "last scene", "closing", "ends"));

    /** A required word and the number of its rule. */
    private record Required(String word, int rule) {}

    /** The required words by their first letter, 'a' to 'z'. */
    private static final Required[][] BY_FIRST_LETTER = byFirstLetter();

    private static Required[][] byFirstLetter() {
        Required[][] out = new Required[26][];
        for (char c = 'a'; c <= 'z'; c++) {
            List<Required> starting = new ArrayList<>();
            for (int rule = 0; rule < RULES.size(); rule++) {
                for (String w : RULES.get(rule).requiredWords()) {
                    if (w.charAt(0) == c) {
                        starting.add(new Required(w, rule));
                    }
                }
            }
            out[c - 'a'] = starting.toArray(new Required[0]);
        }
        return out;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");

    private NarrativeCues() {
    }

    private static Rule rule(String regex, double position, String... requiredWords) {
        return new Rule(Pattern.compile("(?<![\\p{L}])(?:" + regex + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE),
                position, List.of(requiredWords));
    }

    /** Each rule's pattern, in order (for tests of the gate). */
    static List<Pattern> patterns() {
        return RULES.stream().map(Rule::pattern).toList();
    }

    static List<Cue> in(String text) {
        int[] firstHit = new int[RULES.size()];
        return found(text, mayMatch(text, firstHit), firstHit);
    }

    /** The cues of the rules the gate let through ({@code candidates}), each tried from its {@code firstHit}. */
    private static List<Cue> found(String text, int candidates, int[] firstHit) {
        if (candidates == 0) {
            return new ArrayList<>();
        }
        List<Cue> out = new ArrayList<>();
        char[] chars = text.toCharArray(); // read as a char[]: see mayMatch
        int[] ends = null;
        for (int rule = 0; rule < RULES.size(); rule++) {
            Rule r = RULES.get(rule);
            if ((candidates & 1 << rule) == 0) {
                continue;
            }
            // the look-arounds read past the region's ends, as they read past find's start in the whole text
            Matcher m = r.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            // Every match holds one of the rule's required words, so the pattern is tried only around each of them,
            // from a match's longest lead before it to a match's length after: the same matches, in order, as
            // running it over the whole text, but in time linear in the text (a search left to run on from each
            // word read the rest of the text again for every word that was not part of a match).
            int from = 0;
            for (int hit = firstHit[rule]; hit >= 0; hit = nextHit(chars, rule, from)) {
                m.region(searchStart(chars, hit, from), searchEnd(chars, hit));
                if (!m.find() || m.start() > hit) {
                    from = hit + 1; // no match starts at or before this word: none before the next one either
                    continue;
                }
                if (ends == null) {
                    ends = sentenceEnds(text); // once per text, and only when it holds a cue
                }
                int start = sentenceStart(chars, ends, m.start());
                int end = sentenceEnd(text, ends, m.end());
                out.add(new Cue(m.group().toLowerCase(Locale.ROOT), r.position(), start, end));
                from = m.end();
            }
        }
        return out;
    }

    /**
     * The rules that may match the text, a bit each (bit i for rule i): those of which a required word stands in the
     * text as a whole word (see {@link Rule}). The patterns ignore case in ASCII only and their words
     * are ASCII, so a required word is compared folding ASCII capitals alone; a letter outside the BMP counts as no
     * letter where a word ends, which errs only to "may".
     */
    static int mayMatch(String text) {
        return mayMatch(text, new int[RULES.size()]);
    }

    /** {@link #mayMatch(String)}, setting {@code firstHit[rule]} where the rule's first required word stands. */
    private static int mayMatch(String string, int[] firstHit) {
        // the text is read as a char[], here and in the gate, not by String.charAt (ADR 14)
        char[] text = string.toCharArray();
        int rules = 0;
        int n = text.length;
        boolean afterAsciiLetter = false;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            int lower = c | 0x20;
            boolean asciiLetter = c < 128 && lower >= 'a' && lower <= 'z';
            boolean inWord = afterAsciiLetter;
            afterAsciiLetter = asciiLetter;
            // the patterns' look-behind reads one char: a letter outside the BMP before a word does not stop them
            if (!asciiLetter || inWord || i > 0 && Character.isLetter(text[i - 1])) {
                continue;
            }
            rules = mayMatchAt(text, i, rules, firstHit);
        }
        return rules;
    }

    /** {@code rules} with those of the required words standing at {@code i} (an ASCII letter) added. */
    private static int mayMatchAt(char[] text, int i, int rules, int[] firstHit) {
        for (Required r : BY_FIRST_LETTER[(text[i] | 0x20) - 'a']) {
            if ((rules & 1 << r.rule()) == 0 && standsAt(text, i, r)) {
                rules |= 1 << r.rule();
                firstHit[r.rule()] = i;
            }
        }
        return rules;
    }

    /**
     * Where in a token as {@link Terms#tokenEnd} cuts it, written as in the text, a required word may stand, going
     * by the token's own characters (those after it are read in the text); null when nowhere. Every place
     * {@link #mayMatch} tries, an ASCII letter no letter precedes, is in a token: at its start, or after an
     * apostrophe, a hyphen or a surrogate inside it. So a tokenised text's gate can be read at these places alone.
     */
    static int[] startsIn(String string) {
        char[] token = string.toCharArray(); // a char[]: see mayMatch
        int[] out = null;
        int count = 0;
        for (int p = 0; p < token.length; p++) {
            char c = token[p];
            int lower = c | 0x20;
            if (c >= 128 || lower < 'a' || lower > 'z' || p > 0 && Character.isLetter(token[p - 1])) {
                continue;
            }
            for (Required r : BY_FIRST_LETTER[lower - 'a']) {
                if (mayStandAt(token, p, r.word())) {
                    out = out == null ? new int[token.length] : out;
                    out[count++] = p;
                    break;
                }
            }
        }
        return out == null ? null : Arrays.copyOf(out, count);
    }

    /** {@link #standsAt} as far as the token's characters tell: false only when it cannot stand there. */
    private static boolean mayStandAt(char[] token, int at, String word) {
        int inToken = Math.min(word.length(), token.length - at);
        for (int k = 1; k < inToken; k++) {
            char c = token[at + k];
            char folded = c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
            if (folded != word.charAt(k)) {
                return false;
            }
        }
        int end = at + word.length();
        return end >= token.length || !Character.isLetter(token[end]);
    }

    /**
     * The gate ({@link #mayMatch}) of one text at a time, read at the places {@link #startsIn} gives for its tokens,
     * handed over in text order; then its cues, the same as {@link #in} finds.
     */
    static final class Gate {
        private final int[] firstHit = new int[RULES.size()];
        private int rules;
        private char[] text;

        /** Starts a new text: its characters (a char[]: see mayMatch). */
        void clear(char[] text) {
            this.text = text;
            rules = 0;
        }

        /** A token of the text starting at {@code start}, with its {@link #startsIn} places. */
        void token(int start, int[] places) {
            for (int p : places) {
                int i = start + p;
                if (i == 0 || !Character.isLetter(text[i - 1])) {
                    rules = mayMatchAt(text, i, rules, firstHit);
                }
            }
        }

        /** The cues of the text whose tokens were handed over. */
        List<Cue> cues(String text) {
            return found(text, rules, firstHit);
        }
    }

    /** Whether a required word may start at {@code i}: an ASCII letter no letter precedes (as in mayMatch). */
    private static boolean wordStart(char[] text, int i) {
        int lower = text[i] | 0x20;
        return text[i] < 128 && lower >= 'a' && lower <= 'z' && (i == 0 || !Character.isLetter(text[i - 1]));
    }

    /** Where the first of the rule's required words standing at or after {@code from} starts; -1 for none. */
    static int nextHit(char[] text, int rule, int from) {
        for (int i = from; i < text.length; i++) {
            if (!wordStart(text, i)) {
                continue;
            }
            for (Required r : BY_FIRST_LETTER[(text[i] | 0x20) - 'a']) {
                if (r.rule() == rule && standsAt(text, i, r)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The longest stretch of a match before the required word it holds, but for a bracketed "[ first lines ]": the
     * longest is "when audiences are " before "first introduced" (25 characters); kept well above. NarrativeCuesTest
     * checks it against every string the patterns match.
     */
    static final int LONGEST_LEAD = 48;

    /**
     * Where no match starting at or after {@code from} can start before, given that the first required word at or after
     * {@code from} stands at {@code hit}: a match holds a required word at most {@link #LONGEST_LEAD} after its start,
     * or is "[", white space and the word.
     */
    private static int searchStart(char[] text, int hit, int from) {
        int start = hit - LONGEST_LEAD;
        int open = hit;
        while (open > 0 && RegexSpace.is(text[open - 1])) {
            open--;
        }
        if (open > 0 && text[open - 1] == '[') {
            start = Math.min(start, open - 1);
        }
        return Math.max(from, start);
    }

    /**
     * The longest match but for a bracketed "[ first lines ]"'s white space ("when audiences are first introduced",
     * 35 characters); kept well above. NarrativeCuesTest checks it against every string the patterns match.
     */
    static final int LONGEST_MATCH = 64;

    /**
     * Where a match that starts at or before the required word at {@code hit} surely ends by: a match's length
     * after the word, or past the white space of a bracketed "first lines   ]" that runs on from there.
     */
    private static int searchEnd(char[] text, int hit) {
        int end = Math.min(text.length, hit + LONGEST_MATCH);
        while (end < text.length && RegexSpace.is(text[end - 1])) {
            end++;
        }
        return Math.min(text.length, end + 1);
    }

    /** Whether the required word is at {@code at}, ASCII capitals folded, and no letter follows it. */
    private static boolean standsAt(char[] text, int at, Required r) {
        String word = r.word();
        int end = at + word.length();
        if (end > text.length) {
            return false;
        }
        for (int k = 1; k < word.length(); k++) { // the first letter is known to match
            char c = text[at + k];
            char folded = c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
            if (folded != word.charAt(k)) {
                return false;
            }
        }
        return end == text.length || !Character.isLetter(text[end]);
    }

    /** The offsets just after each sentence-ending mark, in order. */
    private static int[] sentenceEnds(String text) {
        Matcher m = SENTENCE_END.matcher(text);
        int[] ends = new int[8];
        int n = 0;
        while (m.find()) {
            if (n == ends.length) {
                ends = Arrays.copyOf(ends, n * 2);
            }
            ends[n++] = m.end();
        }
        return Arrays.copyOf(ends, n);
    }

    /** Where the sentence holding the offset starts: after the last sentence end at or before it, less spaces. */
    private static int sentenceStart(char[] text, int[] ends, int at) {
        int i = Arrays.binarySearch(ends, at);
        int last = i >= 0 ? i : -i - 2;
        int start = last >= 0 ? ends[last] : 0;
        while (start < text.length && Character.isWhitespace(text[start])) {
            start++;
        }
        return start;
    }

    /** Where the sentence holding the offset ends: the first sentence-ending mark at or after it. */
    private static int sentenceEnd(String text, int[] ends, int at) {
        int i = Arrays.binarySearch(ends, at + 1);
        int next = i >= 0 ? i : -i - 1;
        return next < ends.length ? ends[next] : text.length();
    }
}
