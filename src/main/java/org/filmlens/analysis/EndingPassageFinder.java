package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.Scene;
import org.filmlens.corpus.SceneLink;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;

/**
 * Finds, in every source, the passages that discuss the ending: whole sections under ending headings, passages
 * elsewhere that describe the final scene or quote the last lines, and Q&amp;A threads that ask about the ending.
 */
final class EndingPassageFinder {
    /** Heading words that by themselves put a section on the ending. */
    private static final Set<String> HEADING_CUES = Set.of("end", "ends", "ending", "endings", "ended", "final",
            "finale", "last", "after", "aftermath", "conclusion", "left", "leave", "leaves", "leaving", "goodbye",
            "explained", "meaning", "epilogue");
    /** Title words that make a whole page an ending explainer. */
    private static final Set<String> EXPLAINER_CUES = Set.of("end", "ending", "endings", "ends", "finale");
    static final Pattern FINAL_SCENE = Pattern.compile(
            "\\b(final|last|closing|ending)\\s+(few\\s+)?(scenes?|shots?|images?|moments?|minutes|sequence|frames?)\\b"
                    + "|\\b(movie|film|story)\\s+ends\\b|\\bends\\s+with\\b");
    static final Pattern LAST_WORDS = Pattern.compile(
            "\\b(final|last|closing)\\s+(lines?|words?|speech|letter|monologue|message|voice-?over)\\b");
    private static final Pattern LAST_LINES_MARKER = Pattern.compile(".*\\b(last|final|closing)\\s+lines?\\b.*");
    /**
     * The words one of which every cue pattern needs at a word start ("ends", "ending" and "the end of" hold "end"):
     * looking for them rules out most passages far more cheaply than the patterns; each pattern's own gate in
     * {@link CueGates} then looks for its words in the lower-cased text.
     */
    private static final String[] CUE_WORDS = {"end", "final", "last", "closing"};
    /** Prose shorter than this is page debris ("MORE: …", "Movies &amp; TV") rather than an answer. */
    static final int MIN_WORDS = 12;

    List<EndingPassage> find(Corpus corpus, List<Quote> quotes, List<Scene> scenes) {
        return find(corpus, quotes, scenes, PassageWords.none());
    }

    /** Sources are looked at on their own, so they are looked at in parallel; the result is in corpus order. */
    List<EndingPassage> find(Corpus corpus, List<Quote> quotes, List<Scene> scenes, PassageWords words) {
        Pattern endOfFilm = endOfFilmPattern(corpus.film().title());
        Set<String> lastLinePassages = lastLinePassages(corpus, quotes);
        Set<String> finalScenePassages = finalScenePassages(scenes);
        List<Set<String>> sections = corpus.sources().parallelStream()
                .map(source -> endingSections(source, corpus.passagesOf(source.id()))).toList();
        // an explainer's tail heads generic sections too ("The Cast", "Where To Watch It"): only the headings that
        // ask about the ending themselves, with a cue word or as a question, say so for other pages
        Set<String> asked = new HashSet<>();
        sections.forEach(headings -> headings.stream().filter(h -> hasCue(h, HEADING_CUES) || h.endsWith("?"))
                .forEach(h -> asked.add(headingKey(h))));
        List<Source> sources = corpus.sources();
        return IntStream.range(0, sources.size()).parallel()
                .mapToObj(i -> find(corpus, sources.get(i), withAskedElsewhere(sections.get(i), sources.get(i),
                        corpus, asked), words, endOfFilm, lastLinePassages, finalScenePassages))
                .flatMap(List::stream)
                .toList();
    }

    /**
     * A source's ending sections and those of its sections whose heading is, word for word, an ending heading of
     * another source: "Did Moose Bowl The Perfect Game?" asks about the ending on one page as on the other.
     */
    private static Set<String> withAskedElsewhere(Set<String> own, Source source, Corpus corpus, Set<String> asked) {
        Set<String> out = null;
        for (Passage p : corpus.passagesOf(source.id())) {
            if (p.kind() == PassageKind.HEADING && !own.contains(p.text()) && asked.contains(headingKey(p.text()))) {
                if (out == null) {
                    out = new HashSet<>(own);
                }
                out.add(p.text());
            }
        }
        return out == null ? own : out;
    }

    private static String headingKey(String heading) {
        return String.join(" ", ContentWords.tokens(heading));
    }

    private static List<EndingPassage> find(Corpus corpus, Source source, Set<String> endingSections,
                                            PassageWords words, Pattern endOfFilm, Set<String> lastLinePassages,
                                            Set<String> finalScenePassages) {
        List<EndingPassage> found = new ArrayList<>();
        List<Passage> passages = corpus.passagesOf(source.id());
        boolean qaThread = source.kind() == SourceKind.QA && hasCue(source.title(), HEADING_CUES);
        for (Passage p : passages) {
            if (p.kind() == PassageKind.HEADING || p.kind() == PassageKind.DECK) {
                continue;
            }
            boolean dialogue = p.kind() == PassageKind.DIALOGUE;
            if (!dialogue && !lastLinePassages.contains(p.id()) && words.wordCount(p) < MIN_WORDS) {
                continue;
            }
            // most passages hold no cue word in any case: those are not lower-cased at all
            boolean mayCue = CueGates.mayStartAWordIgnoringCase(p.text(), CUE_WORDS);
            String lower = mayCue ? p.text().toLowerCase(Locale.ROOT) : null;
            EnumSet<EndingCue> cues = EnumSet.noneOf(EndingCue.class);
            boolean inSection = p.section() != null && endingSections.contains(p.section());
            if (inSection) {
                cues.add(EndingCue.ENDING_SECTION);
            }
            if (!dialogue && (mayCue && CueGates.mayNameFinalScene(lower) && FINAL_SCENE.matcher(lower).find()
                    || finalScenePassages.contains(p.id()))) {
                cues.add(EndingCue.FINAL_SCENE);
            }
            if (!dialogue && mayCue && CueGates.mayNameEndOfFilm(lower) && endOfFilm.matcher(lower).find()) {
                cues.add(EndingCue.END_OF_FILM);
            }
            if (lastLinePassages.contains(p.id())
                    || (!dialogue && mayCue && CueGates.mayNameLastWords(lower) && LAST_WORDS.matcher(lower).find())) {
                cues.add(EndingCue.LAST_WORDS);
            }
            if (qaThread) {
                cues.add(EndingCue.QA_THREAD);
            }
            if (!cues.isEmpty()) {
                found.add(new EndingPassage(p, inSection ? p.section() : null, cues));
            }
        }
        return found;
    }

    /** "the end of the film", "towards the end of Her": the film's own title counts as the film. */
    private static Pattern endOfFilmPattern(String title) {
        String name = title == null || title.isBlank() ? "film" : Pattern.quote(title.toLowerCase(Locale.ROOT));
        return Pattern.compile("\\b(at|by|towards?|near)\\s+the\\s+(very\\s+)?end\\s+of\\s+(the\\s+(film|movie|story)|"
                + name + ")\\b|\\bthe\\s+ending\\s+(is|was|will|feels|leaves|suggests|shows)\\b");
    }

    /**
     * The headings of a source's ending sections: every heading with an ending cue and, on a page that explains the
     * ending (its title says so), every section from its first ending heading on, since such pages spend the rest
     * of themselves on what the ending means.
     */
    static Set<String> endingSections(Source source, List<Passage> passages) {
        boolean explainer = hasCue(source.title(), EXPLAINER_CUES);
        String title = source.title() == null ? "" : String.join(" ", ContentWords.tokens(source.title()));
        Set<String> out = new HashSet<>();
        boolean reachedEnding = false;
        for (Passage p : passages) {
            if (p.kind() != PassageKind.HEADING || String.join(" ", ContentWords.tokens(p.text())).equals(title)) {
                continue; // the page's own title heads the whole page, not a section
            }
            boolean cue = hasCue(p.text(), HEADING_CUES);
            reachedEnding |= explainer && cue;
            if (cue || reachedEnding) {
                out.add(p.text());
            }
        }
        return out;
    }

    static boolean isEndingHeading(String heading) {
        return hasCue(heading, HEADING_CUES);
    }

    private static boolean hasCue(String text, Set<String> cues) {
        return text != null && ContentWords.tokens(text).stream().anyMatch(cues::contains);
    }

    /**
     * Passages holding the film's last lines: the line right after a "[ last lines ]" marker on a quotes page, and
     * every other passage that quotes the same line.
     */
    private static Set<String> lastLinePassages(Corpus corpus, List<Quote> quotes) {
        Set<String> out = new HashSet<>();
        for (Source source : corpus.sources()) {
            List<Passage> ps = corpus.passagesOf(source.id());
            for (int i = 0; i + 1 < ps.size(); i++) {
                String text = ps.get(i).text();
                // lower-casing never shortens a text, so only short ones can be markers
                if (text.length() < 40 && isLastLinesMarker(text.toLowerCase(Locale.ROOT))) {
                    out.add(ps.get(i + 1).id());
                }
            }
        }
        for (Quote q : quotes) {
            boolean last = q.occurrences().stream().anyMatch(o -> out.contains(o.passageId()));
            if (last) {
                q.occurrences().stream().map(QuoteOccurrence::passageId).forEach(out::add);
            }
        }
        return out;
    }

    private static boolean isLastLinesMarker(String lower) {
        return lower.length() < 40 && lower.contains("line") && LAST_LINES_MARKER.matcher(lower).matches();
    }

    /** Passages the scene linker tied with some confidence to the last scene of the film. */
    private static Set<String> finalScenePassages(List<Scene> scenes) {
        Optional<Scene> last = scenes.stream().max(Comparator.comparingInt(Scene::order));
        Set<String> out = new HashSet<>();
        last.ifPresent(s -> s.passages().stream().filter(l -> l.confidence() >= 0.5).map(SceneLink::targetId)
                .forEach(out::add));
        return out;
    }

    /** Groups found passages by source, in corpus order. */
    static Map<String, List<EndingPassage>> bySource(List<EndingPassage> found) {
        Map<String, List<EndingPassage>> out = new LinkedHashMap<>();
        found.forEach(e -> out.computeIfAbsent(e.sourceId(), k -> new ArrayList<>()).add(e));
        return out;
    }
}
