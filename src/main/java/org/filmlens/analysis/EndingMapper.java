package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.EndingAnswer;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.Scene;
import org.filmlens.corpus.SilentSources;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;

/**
 * Maps what each source says the ending means, question by question: finds the ending discussion, groups it into
 * questions, gives each source at most one answer per question (its best passage first) with a stance, applies the
 * user's edits, and lists per question the sources that discuss the film yet are silent on it.
 */
public final class EndingMapper {
    private final EndingPassageFinder finder = new EndingPassageFinder();

    public List<EndingQuestion> map(Corpus corpus, List<Quote> quotes, List<Scene> scenes, EndingEdits edits) {
        return derive(corpus, quotes, scenes).edited(edits);
    }

    /**
     * The questions as the corpus gives them, before the user's edits: nearly all of the mapping's work (seconds at
     * 100 MB), and the same for every edit of the same analysis, so an editor keeps it for the next.
     */
    public Derivation derive(Corpus corpus, List<Quote> quotes, List<Scene> scenes) {
        PassageWords words = PassageWords.of(corpus, EndingQuestionBuilder.titleWords(corpus));
        List<EndingPassage> found = finder.find(corpus, quotes, scenes, words);
        StanceReader stances = new StanceReader();
        Set<String> speakers = new HashSet<>();
        quotes.forEach(q -> {
            if (q.speaker() != null) {
                speakers.add(q.speaker());
            }
        });
        NameCase names = NameCase.of(corpus, speakers);
        List<DerivedQuestion> derived = new EndingQuestionBuilder(corpus, names, words, stances).build(found);
        return assembled(corpus, List.copyOf(derived), discussing(corpus, words), stances);
    }

    /**
     * A derivation as {@link #derive} made it, from its questions and discussing sources as stored beside the
     * analysis: only the answers' texts and stances are read again (a fraction of a second at 100 MB, where deriving
     * takes seconds). Refuses questions that name a source or passage this corpus does not have.
     *
     * @throws IllegalArgumentException when the questions or sources are not of this corpus
     */
    public static Derivation restore(Corpus corpus, List<DerivedQuestion> derived, List<String> discussing) {
        for (String sourceId : discussing) {
            if (sourceId == null || corpus.source(sourceId).isEmpty()) {
                throw new IllegalArgumentException("no source '" + sourceId + "' in the corpus");
            }
        }
        for (DerivedQuestion d : derived) {
            if (d == null || d.id() == null || d.question() == null || d.aliases() == null
                    || d.aliases().stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("a question without its id, wording or former ids");
            }
            for (Map.Entry<String, List<String>> e : d.answers().entrySet()) {
                if (e.getValue() == null || e.getValue().isEmpty()) {
                    throw new IllegalArgumentException("question '" + d.id() + "': an answer without passages");
                }
                for (String passageId : e.getValue()) {
                    boolean inSource = passageId != null
                            && corpus.passage(passageId).map(p -> p.sourceId().equals(e.getKey())).orElse(false);
                    if (!inSource) {
                        throw new IllegalArgumentException("question '" + d.id() + "': no passage '" + passageId
                                + "' in source '" + e.getKey() + "'");
                    }
                }
            }
        }
        return assembled(corpus, List.copyOf(derived), List.copyOf(discussing), new StanceReader());
    }

    /** Each source's answer assembled from its passages: the derivation's answers are a function of its questions. */
    private static Derivation assembled(Corpus corpus, List<DerivedQuestion> derived, List<String> discussing,
                                        StanceReader stances) {
        AnswerAssembler assembler = new AnswerAssembler(corpus, stances);
        List<EndingQuestion> questions = new ArrayList<>();
        for (DerivedQuestion d : derived) {
            List<EndingAnswer> answers = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : d.answers().entrySet()) {
                answers.add(assembler.assemble(e.getKey(), e.getValue()));
            }
            List<String> aliases = d.aliases().stream().filter(a -> !a.equals(d.id())).sorted().toList();
            questions.add(new EndingQuestion(d.id(), d.question(), answers, List.of(), aliases));
        }
        return new Derivation(corpus, derived, List.copyOf(questions), discussing);
    }

    /** The questions of one corpus before the user's edits, and what applying them needs; never changed once made. */
    public static final class Derivation {
        private final Corpus corpus;
        private final List<DerivedQuestion> derived;
        private final List<EndingQuestion> questions;
        private final List<String> discussing;

        private Derivation(Corpus corpus, List<DerivedQuestion> derived, List<EndingQuestion> questions,
                           List<String> discussing) {
            this.corpus = corpus;
            this.derived = derived;
            this.questions = questions;
            this.discussing = discussing;
        }

        /** The questions as found, before the user's edits: what {@link #restore} takes to make this again. */
        public List<DerivedQuestion> questions() {
            return derived;
        }

        /** The sources that discuss the film, in corpus order ({@link #discussing(Corpus)}). */
        public List<String> discussing() {
            return discussing;
        }

        /** The questions with the user's edits applied and their silent sources listed. */
        public List<EndingQuestion> edited(EndingEdits edits) {
            // a merge reads the stances of its answers again, with a reader of its own: a derivation is never written
            AnswerAssembler assembler = new AnswerAssembler(corpus, new StanceReader());
            List<EndingQuestion> edited = new EndingEditsApplier(corpus, assembler)
                    .apply(questions, derived, edits == null ? EndingEdits.none() : edits);
            return withSilent(discussing, edited);
        }
    }

    /**
     * The questions with their silent sources: those of {@code discussing} ({@link #discussing(Corpus)}, worked out
     * beforehand, as opening a workspace does beside reading analysis.json) that do not answer. A question's
     * answers are few and the discussing sources many (at 100 MB about 17 and 8,000, for 714 questions): each
     * question's silent list is the one discussing array less its answering places ({@link SilentSources}).
     */
    public static List<EndingQuestion> withSilent(List<String> discussing, List<EndingQuestion> questions) {
        String[] all = discussing.toArray(String[]::new);
        Map<String, Integer> firstPlace = new HashMap<>();
        int[] nextPlace = new int[all.length]; // the next place of the same id, or -1: the same id marks the same place
        for (int i = all.length - 1; i >= 0; i--) {
            Integer after = firstPlace.put(all[i], i);
            nextPlace[i] = after == null ? -1 : after;
        }
        List<EndingQuestion> out = new ArrayList<>(questions.size());
        int[] cut = new int[8];
        for (EndingQuestion q : questions) {
            int cuts = 0;
            for (EndingAnswer a : q.answers()) {
                Integer first = firstPlace.get(a.sourceId());
                for (int at = first == null ? -1 : first; at >= 0; at = nextPlace[at]) {
                    if (cuts == cut.length) {
                        cut = Arrays.copyOf(cut, cuts * 2);
                    }
                    cut[cuts++] = at;
                }
            }
            int[] places = Arrays.stream(cut, 0, cuts).sorted().distinct().toArray(); // a source answering twice
            out.add(new EndingQuestion(q.id(), q.question(), q.answers(), new SilentSources(all, places),
                    q.aliases()));
        }
        return List.copyOf(out);
    }

    /**
     * The sources that could have answered: pages that write about the film in prose of their own (at least one
     * paragraph or bullet of some length). A quotes page only transcribes the film, so its silence says nothing.
     */
    public static List<String> discussing(Corpus corpus) {
        return discussing(corpus, PassageWords.none());
    }

    private static List<String> discussing(Corpus corpus, PassageWords words) {
        List<String> out = new ArrayList<>();
        for (Source s : corpus.sources()) {
            boolean prose = corpus.passagesOf(s.id()).stream()
                    .anyMatch(p -> (p.kind() == PassageKind.PARAGRAPH || p.kind() == PassageKind.BULLET)
                            && words.wordCount(p) >= EndingPassageFinder.MIN_WORDS);
            if (s.kind() != SourceKind.QUOTES && prose) {
                out.add(s.id());
            }
        }
        return out;
    }
}
