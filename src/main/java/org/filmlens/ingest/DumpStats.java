package org.filmlens.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Dump-wide statistics the cleaning rules consult, gathered in one hash-map pass over the lines: how often each
 * line occurs, in how many lines each word occurs (the film's vocabulary is what the dump keeps talking about),
 * which dialogue labels recur, and which words are seen in lower case inside normally cased prose.
 */
final class DumpStats {
    private final Map<String, Integer> lineCounts = new HashMap<>();
    private final Map<String, Integer> termLines = new HashMap<>();
    private final Map<String, Integer> speakerCounts = new HashMap<>();
    private final Set<String> lowercaseSeen = new HashSet<>();
    private final Map<String, Integer> capitalizedMid = new HashMap<>();
    private final Set<String> titleStems = new HashSet<>();
    private final int commonMinLines;
    static final int MIN_NAME_USES = 3;
    static final int MIN_LINES_FOR_VOCABULARY = 30;
    private final int lineCount;

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
        Set<String> seenInLine = new HashSet<>();
        for (Line line : lines) {
            boolean firstTime = lineCounts.merge(key(line.text()), 1, Integer::sum) == 1;
            if (line.speaker() != null && firstTime) {
                // a label counts once per distinct line: a headline printed twice is not a speaker
                speakerCounts.merge(line.speaker(), 1, Integer::sum);
            }
            seenInLine.clear();
            for (String tok : Words.tokens(line.text())) {
                if (!Words.isStopword(tok) && Words.hasLetter(tok) && seenInLine.add(Words.stem(tok))) {
                    termLines.merge(Words.stem(tok), 1, Integer::sum);
                }
            }
            collectLowercase(line.text());
        }
        lineCount = lines.size();
        // A common word belongs to the film's vocabulary when the dump keeps coming back to it.
        commonMinLines = Math.max(8, lines.size() / 50);
    }

    /** Records words written in lower case within lines that use normal capitalisation elsewhere. */
    private void collectLowercase(String text) {
        String[] words = text.split(" ");
        boolean cased = false;
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
                cased = true;
                break;
            }
        }
        if (!cased) {
            return; // machine-lower-cased lines ("more from scott myers") say nothing about names
        }
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            if (Character.isLowerCase(w.charAt(0))) {
                for (String t : Words.tokens(w)) {
                    lowercaseSeen.add(t);
                    lowercaseSeen.add(Words.stem(t));
                }
            } else if (Character.isUpperCase(w.charAt(0)) && !Shapes.endsSentence(words[i - 1])
                    && !words[i - 1].endsWith(":")) {
                for (String t : Words.tokens(w)) {
                    capitalizedMid.merge(Words.stem(t), 1, Integer::sum);
                }
            }
        }
    }

    /** Lines compare case-insensitively (they are already trimmed and their spaces collapsed). */
    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    int occurrences(Line line) {
        return lineCounts.getOrDefault(key(line.text()), 0);
    }

    /** A label that labels more than one line of the dump is a speaker, not a headline with a colon. */
    boolean isRecurringSpeaker(String label) {
        return label != null && speakerCounts.getOrDefault(label, 0) >= 2;
    }

    boolean isDialogue(Line line) {
        return line.stageDirection() || isRecurringSpeaker(line.speaker());
    }

    boolean seenLowercase(String token) {
        return lowercaseSeen.contains(token);
    }

    /**
     * The film's vocabulary: its title's words, the names the dump keeps using (capitalised inside sentences,
     * never written in lower case), the cue words of film writing, and the words the dump keeps coming back to.
     */
    boolean isFilmTerm(String stem) {
        return titleStems.contains(stem) || FILM_WORDS.contains(stem) || isName(stem)
                || termLines.getOrDefault(stem, 0) >= commonMinLines;
    }

    boolean isName(String stem) {
        return capitalizedMid.getOrDefault(stem, 0) >= MIN_NAME_USES && !lowercaseSeen.contains(stem);
    }

    /** Content words of a text (not stopwords, with a letter), stemmed; the film's title words always count. */
    List<String> contentStems(String text) {
        return Words.tokens(text).stream()
                .filter(t -> Words.hasLetter(t))
                .map(Words::stem)
                .filter(s -> !Words.isStopword(s) || titleStems.contains(s))
                .toList();
    }

    /** Whether a text names one of the film's recurring people or uses its title's words. */
    boolean namesTheFilm(String text) {
        for (String t : Words.tokens(text)) {
            String s = Words.stem(t);
            if (isName(s) || titleStems.contains(s) && !Words.isStopword(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Share of a text's content words that belong to the film's vocabulary (title words and words that recur
     * through the dump). Teasers for other stories score low; headings and decks about the film score high.
     * NaN when the text has no content words.
     */
    double relatedness(String text) {
        if (lineCount < MIN_LINES_FOR_VOCABULARY) {
            return Double.NaN; // too little text to know what the film's vocabulary is
        }
        List<String> stems = contentStems(text);
        if (stems.isEmpty()) {
            return Double.NaN;
        }
        long hits = stems.stream().filter(this::isFilmTerm).count();
        return (double) hits / stems.size();
    }
}
