package org.filmlens.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dump-wide statistics the cleaning rules consult, gathered in one pass over the lines' tokens: how often each
 * line occurs, in how many lines each word occurs (the film's vocabulary is what the dump keeps talking about),
 * which dialogue labels recur, and which words are seen in lower case inside normally cased prose. Each distinct
 * token or stem is one {@link Term} holding its counts, kept by its number in the dump's token table, so a token
 * costs an array read and a stem or a word asked about one look-up in that table.
 */
final class DumpStats {
    /** One distinct token or stem of the dump, and what the dump says about it. */
    private static final class Term {
        final boolean stopword;
        final boolean hasLetter;
        /** Its number in the dump's token table. */
        final int number;
        /** The term of this token's stem, found on first use (itself when stemming changes nothing). */
        Term stem;
        /** Lines that use this stem as a content word. */
        int lines;
        /** The last line counted in {@link #lines}, so that a line counts once. */
        int lastLine = -1;
        /** Uses of this stem capitalised inside a sentence. */
        int capitalizedMid;
        /** Written in lower case inside a normally cased line (as a token, or as the stem of one). */
        boolean lowercase;

        Term(int number, boolean stopword, boolean hasLetter) {
            this.number = number;
            this.stopword = stopword;
            this.hasLetter = hasLetter;
        }
    }

    private final Map<String, Integer> lineCounts;
    private final Map<String, Integer> speakerCounts = new HashMap<>();
    /** The dump's distinct tokens and stems, and the term of each by its number there (null: none made yet). */
    private final DumpTokens tokenTable = new DumpTokens();
    private Term[] termsByNumber = new Term[256];
    private final Set<String> titleStems = new HashSet<>();
    /** Several rules ask for the same line's relatedness: each line's is computed once. */
    private final Map<Line, Double> relatedness = new IdentityHashMap<>();
    private final int commonMinLines;
    static final int MIN_NAME_USES = 3;
    /** Lines up to this long are counted for {@link #occurrences}: {@link RepeatedLineRule}'s limit. */
    static final int MAX_COUNTED_WORDS = RepeatedLineRule.MAX_WORDS;
    static final int MIN_LINES_FOR_VOCABULARY = 30;
    private final int lineCount;
    /** An answer's turn in an interview or a Q&A ({@link #interviewTurns}), and the labels of questions. */
    private static final Pattern ANSWER_TURN = Pattern.compile("(?:A|Answer) ?: \\S");
    private static final Set<String> QUESTION_LABELS = Set.of("Q", "Question");
    /** How near a question its answer starts, in lines: an answer may follow a question of a few lines. */
    static final int ANSWER_WITHIN = 4;
    /** The lines that are an interview's questions and answers: no character's lines. */
    private final Set<Line> interviewTurns;
    /** {@link #exchangeLines}. */
    private final Set<Line> exchangeLines;
    /** The labels lower-cased, for {@link #labelsLines}; made when first asked. */
    private Set<String> labelsLowerCased;
    /** {@link #questionsOverOther}: lower-cased as {@link #key} has it. */
    private final Set<String> questionsOverOther;

    /**
     * Words of writing about any film: what a page about the film talks about even when it names nobody. English
     * cue words, not this or that film's.
     */
    static final Set<String> FILM_WORDS = Set.of(
            "film", "movie", "cinema", "scene", "ending", "end", "character", "story", "plot", "director", "direct",
            "directed", "screenplay", "script", "screenwriter", "actor", "actress", "performance", "cast", "quote",
            "dialogue", "sequel", "trailer", "review", "critic", "audience", "viewer", "theme", "romance", "drama",
            "comedy", "protagonist", "finale", "climax", "act", "role", "star", "starring", "screen", "shot",
            "explained", "meaning", "symbolism", "narrative", "relationship", "love", "voice");

    DumpStats(List<Line> lines, String filmTitle) {
        if (filmTitle != null) {
            // "The" in "The Salt Lantern" says nothing; a title made only of small words ("Her") is kept whole
            List<String> words = Words.tokens(filmTitle);
            for (String t : words) {
                if (!Words.isStopword(t)) {
                    titleStems.add(Words.stem(t));
                }
            }
            if (titleStems.isEmpty()) {
                words.forEach(t -> titleStems.add(Words.stem(t)));
            }
        }
        lineCounts = new HashMap<>(lines.size() * 4 / 3 + 1);
        for (int n = 0; n < lines.size(); n++) {
            Line line = lines.get(n);
            boolean firstTime = counted(line) && lineCounts.merge(key(line.text()), 1, Integer::sum) == 1;
            if (line.speaker() != null && firstTime) {
                // a label counts once per distinct line: a headline printed twice is not a speaker
                speakerCounts.merge(line.speaker(), 1, Integer::sum);
            }
            Tokens tokens = line.tokens(tokenTable);
            for (int k = 0; k < tokens.size(); k++) {
                Term t = term(tokens, k);
                if (!t.stopword && t.hasLetter) {
                    Term stem = stemOf(t);
                    if (stem.lastLine != n) {
                        stem.lastLine = n;
                        stem.lines++;
                    }
                }
            }
            collectLowercase(line);
        }
        interviewTurns = interviewTurns(lines, speakerCounts);
        exchangeLines = exchangeLines(lines, speakerCounts);
        questionsOverOther = questionsOverOther(lines);
        lineCount = lines.size();
        // A common word belongs to the film's vocabulary when the dump keeps coming back to it.
        commonMinLines = Math.max(8, lines.size() / 50);
    }

    /**
     * "Q:" and "A:" (or "Question:" and "Answer:") take the turns of an interview, a FAQ or a Q&A thread: a question
     * so labelled with an answer so labelled right after it ({@link #ANSWER_WITHIN} lines) are such turns. A film's
     * character called Q still speaks where nobody answers as "A", on another page of the same dump too.
     */
    private static Set<Line> interviewTurns(List<Line> lines, Map<String, Integer> speakerCounts) {
        if (!speakerCounts.containsKey("Q") && !speakerCounts.containsKey("Question")) {
            return Set.of(); // nearly every dump: no line asks as "Q"
        }
        Set<Line> turns = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).speaker() == null || !QUESTION_LABELS.contains(lines.get(i).speaker())) {
                continue;
            }
            for (int j = i + 1; j < lines.size() && j <= i + ANSWER_WITHIN; j++) {
                if (isAnswerTurn(lines.get(j))) {
                    turns.add(lines.get(i));
                    turns.add(lines.get(j));
                    break;
                }
            }
        }
        return turns;
    }

    private static boolean isAnswerTurn(Line line) {
        return ANSWER_TURN.matcher(line.text()).lookingAt();
    }

    /** The term of the token or stem numbered {@code n} in the token table, made on first use. */
    private Term term(int n) {
        if (n >= termsByNumber.length) {
            termsByNumber = Arrays.copyOf(termsByNumber, Math.max(n + 1, termsByNumber.length * 2));
        }
        Term t = termsByNumber[n];
        if (t == null) {
            t = new Term(n, tokenTable.isStopword(n), tokenTable.hasLetter(n));
            termsByNumber[n] = t;
        }
        return t;
    }

    /** The term of token {@code k}, by its number in the token table. */
    private Term term(Tokens tokens, int k) {
        if (!tokens.numberedIn(tokenTable)) { // a line tokenised before (another table's numbers mean nothing here)
            return term(tokenTable.number(tokens.get(k)));
        }
        return term(tokens.number(k));
    }

    /** The term of a token or stem asked about by its text, or null when the dump never used it. */
    private Term known(String text) {
        int n = tokenTable.numberIfKnown(text);
        return n < 0 || n >= termsByNumber.length ? null : termsByNumber[n];
    }

    private Term stemOf(Term t) {
        if (t.stem == null) {
            String text = tokenTable.word(t.number);
            String s = tokenTable.stem(t.number);
            t.stem = s.equals(text) ? t : term(tokenTable.number(s));
        }
        return t.stem;
    }

    /**
     * Records words written in lower case within lines that use normal capitalisation elsewhere, and words
     * capitalised inside a sentence. The words are those of {@code text.split(" ")}, walked by their bounds.
     */
    private void collectLowercase(Line line) {
        String text = line.text();
        int n = text.length();
        boolean cased = false;
        for (int sp = text.indexOf(' '); sp >= 0 && !cased; sp = text.indexOf(' ', sp + 1)) {
            cased = sp + 1 < n && Character.isUpperCase(text.charAt(sp + 1));
        }
        if (!cased) {
            return; // machine-lower-cased lines ("more from scott myers") say nothing about names
        }
        Tokens tokens = line.tokens();
        int k = 0;
        int word = 1;
        int prevStart = 0;
        for (int sp = text.indexOf(' '); sp >= 0; word++) {
            int start = sp + 1;
            int next = text.indexOf(' ', start);
            int end = next < 0 ? n : next;
            if (end > start) {
                char c = text.charAt(start);
                boolean lower = Character.isLowerCase(c);
                if (lower || Character.isUpperCase(c) && !Shapes.endsSentence(text, prevStart, sp)
                        && !(sp > prevStart && text.charAt(sp - 1) == ':')) {
                    while (k < tokens.size() && tokens.word(k) < word) {
                        k++;
                    }
                    for (; k < tokens.size() && tokens.word(k) == word; k++) {
                        Term t = term(tokens, k);
                        Term stem = stemOf(t);
                        if (lower) {
                            t.lowercase = true;
                            stem.lowercase = true;
                        } else {
                            stem.capitalizedMid++;
                        }
                    }
                }
            }
            prevStart = start;
            sp = next;
        }
    }

    /** Lines compare case-insensitively (they are already trimmed and their spaces collapsed). */
    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /**
     * How often a line occurs in the dump; asked only of short lines (longer ones are never repeated chrome) and
     * of labelled ones (a label counts once per distinct line), so only those are counted: lowering the case of
     * every long paragraph costs more than all the rest. Lines with the same key have the same words and colons,
     * so each count is whole.
     */
    int occurrences(Line line) {
        return counted(line) ? lineCounts.getOrDefault(key(line.text()), 0) : 0;
    }

    private static boolean counted(Line line) {
        return line.words() <= MAX_COUNTED_WORDS || line.text().indexOf(':') >= 0;
    }

    /**
     * Labelled lines that speak in a run with others: a quotes page's speakers who talk once there ("TEAGUE:" among
     * FRANK's and HOPE's lines, or a page whose every speaker talks once) are speakers too. A run is made of
     * consecutive labelled lines whose words end as a sentence, and counts when a speaker in it recurs in the dump,
     * or when it holds three lines or more by two speakers or more, two in three of them of three words or more; the
     * lines of an infobox ("Starring: …", "Runtime: …") are no sentences, a scorecard's ("Acting: Superb.") too
     * short.
     */
    private static Set<Line> exchangeLines(List<Line> lines, Map<String, Integer> speakerCounts) {
        Set<Line> out = Collections.newSetFromMap(new IdentityHashMap<>());
        int n = lines.size();
        for (int i = 0; i < n; ) {
            if (!speaksASentence(lines.get(i))) {
                i++;
                continue;
            }
            int end = i;
            Set<String> speakers = new HashSet<>();
            boolean recurring = false;
            int said = 0; // lines of three words or more after the label: a scorecard's "Acting: Superb." is not
            while (end < n && speaksASentence(lines.get(end))) {
                String speaker = lines.get(end).speaker();
                speakers.add(speaker);
                recurring |= speakerCounts.getOrDefault(speaker, 0) >= 2;
                String text = lines.get(end).text();
                said += Words.wordCount(text.substring(text.indexOf(':') + 1)) >= 3 ? 1 : 0;
                end++;
            }
            if (recurring || end - i >= 3 && speakers.size() >= 2 && said * 3 >= (end - i) * 2) {
                out.addAll(lines.subList(i, end));
            }
            i = end;
        }
        return out;
    }

    /** A labelled line that ends as a sentence, before a translation or aside in parentheses ("… señora. (« … »)"). */
    private static boolean speaksASentence(Line line) {
        if (line.speaker() == null) {
            return false;
        }
        String text = line.text();
        int open = text.endsWith(")") ? text.lastIndexOf('(') : -1;
        return Shapes.endsSentence(open > text.indexOf(':') ? text.substring(0, open).strip() : text);
    }

    /**
     * The questions (lines ending in "?") that some time stand over something else than prose: a poll's buttons, a
     * link, "Read more." A question over prose wherever it stands ("Probably not." counts) is a section's heading,
     * which two pages may share ("Does Frank Keep The Bar?" in two explainers).
     */
    private static Set<String> questionsOverOther(List<Line> lines) {
        Set<String> out = new HashSet<>();
        Map<String, String> followers = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (!text.endsWith("?") || !counted(lines.get(i))) {
                continue;
            }
            Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            String key = key(text);
            if (next == null || next.listItem() || !Shapes.endsSentence(next.text()) || UiChromeRule.isChrome(next)
                    || next.text().equals(followers.putIfAbsent(key, next.text()))) {
                out.add(key); // (the same question over the same sentence each time: a site's own boilerplate)
            }
        }
        return out;
    }

    /** A question that heads a paragraph of prose wherever the dump has it ({@link #questionsOverOther}). */
    boolean headsProse(Line line) {
        return line.text().endsWith("?") && !questionsOverOther.contains(key(line.text()));
    }

    /** Whether some line of the dump is labelled with this name. */
    boolean labelsLines(String name) {
        if (labelsLowerCased == null) {
            Set<String> lower = new HashSet<>();
            speakerCounts.keySet().forEach(l -> lower.add(l.toLowerCase(Locale.ROOT)));
            labelsLowerCased = lower;
        }
        return labelsLowerCased.contains(name.toLowerCase(Locale.ROOT)); // "Danny Kowalski" over "DANNY KOWALSKI:"
    }

    /** A label that labels more than one line of the dump is a speaker, not a headline with a colon. */
    boolean isRecurringSpeaker(String label) {
        return label != null && speakerCounts.getOrDefault(label, 0) >= 2;
    }

    /**
     * A labelled turn: a line of dialogue, a stage direction, an interview's question or answer, or a quotation
     * credited to its speaker. Cleaning keeps it whatever its length or shape, and no page starts at it.
     */
    boolean isTurn(Line line) {
        return isDialogue(line) || isInterviewTurn(line) || line.credited();
    }

    /** A character's line or a stage direction: an interview's "Q:" is neither. */
    boolean isDialogue(Line line) {
        return line.stageDirection()
                || (isRecurringSpeaker(line.speaker()) || exchangeLines.contains(line)) && !isInterviewTurn(line);
    }

    /** An interview's question or answer ({@link #interviewTurns}). */
    boolean isInterviewTurn(Line line) {
        return interviewTurns.contains(line);
    }

    boolean seenLowercase(String token) {
        Term t = known(token);
        return t != null && t.lowercase;
    }

    /**
     * The film's vocabulary: its title's words, the names the dump keeps using (capitalised inside sentences,
     * never written in lower case), the cue words of film writing, and the words the dump keeps coming back to.
     */
    boolean isFilmTerm(String stem) {
        if (titleStems.contains(stem) || FILM_WORDS.contains(stem)) {
            return true;
        }
        Term t = known(stem);
        return t != null && (isName(t) || t.lines >= commonMinLines);
    }

    boolean isName(String stem) {
        Term t = known(stem);
        return t != null && isName(t);
    }

    private static boolean isName(Term stem) {
        return stem.capitalizedMid >= MIN_NAME_USES && !stem.lowercase;
    }

    /** Content words of a line (not stopwords, with a letter), stemmed; the film's title words always count. */
    List<String> contentStems(Line line) {
        Tokens tokens = line.tokens();
        List<String> out = new ArrayList<>(tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            if (isContentWord(tokens, k)) {
                out.add(tokens.stem(k));
            }
        }
        return out;
    }

    private boolean isContentWord(Tokens tokens, int k) {
        if (!tokens.hasLetter(k)) {
            return false;
        }
        String s = tokens.stem(k);
        return !Words.isStopword(s) || titleStems.contains(s);
    }

    /** Whether a line names one of the film's recurring people or uses its title's words. */
    boolean namesTheFilm(Line line) {
        Tokens tokens = line.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            String s = tokens.stem(k);
            if (isName(s) || titleStems.contains(s) && !Words.isStopword(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Share of a line's content words that belong to the film's vocabulary (title words and words that recur
     * through the dump). Teasers for other stories score low; headings and decks about the film score high.
     * NaN when the line has no content words.
     */
    double relatedness(Line line) {
        if (lineCount < MIN_LINES_FOR_VOCABULARY) {
            return Double.NaN; // too little text to know what the film's vocabulary is
        }
        Double known = relatedness.get(line);
        if (known != null) {
            return known;
        }
        Tokens tokens = line.tokens();
        int content = 0;
        int hits = 0;
        for (int k = 0; k < tokens.size(); k++) {
            if (isContentWord(tokens, k)) {
                content++;
                if (isFilmTerm(tokens.stem(k))) {
                    hits++;
                }
            }
        }
        double r = content == 0 ? Double.NaN : (double) hits / content;
        relatedness.put(line, r);
        return r;
    }
}
