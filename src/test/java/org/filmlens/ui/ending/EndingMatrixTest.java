package org.filmlens.ui.ending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.EndingAnswer;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;
import org.filmlens.corpus.Stance;
import org.junit.jupiter.api.Test;

/** How the matrix reads the ending model's silent sources and stance cues (no toolkit). */
class EndingMatrixTest {
    private static Source source(String id, SourceKind kind) {
        return new Source(id, "Title " + id, "site", null, "https://example.org/" + id, kind, "text of " + id);
    }

    private static final Corpus CORPUS = new Corpus(new Film("Drift", 2020, "A. Maker"), List.of(
            source("a", SourceKind.ARTICLE), source("b", SourceKind.QA), source("c", SourceKind.ARTICLE),
            source("q", SourceKind.QUOTES), source("l", SourceKind.LISTING)), List.of());

    private static EndingAnswer answer(String source, Stance stance, String cue) {
        return new EndingAnswer(source, List.of(source + "-p1"), "It ends at dawn for " + source, stance, cue);
    }

    private static final List<EndingQuestion> QUESTIONS = List.of(
            // c answers elsewhere but is silent here; q (a quotes page) is in no silent list
            new EndingQuestion("dawn", "Is the dawn hopeful?", List.of(
                    answer("a", Stance.HOPEFUL, "sunrise"), answer("b", Stance.BLEAK, "alone / gone")),
                    List.of("c", "l")),
            // b answers nothing here and the model does not name it silent: not a silence of the matrix's making
            new EndingQuestion("boat", "Where does the boat go?", List.of(answer("c", Stance.NEUTRAL, null)),
                    List.of("a", "l")));

    private static AnswerCell cell(EndingViewModel.Matrix m, int row, String source) {
        return m.rows().get(row).cells().stream().filter(c -> c.sourceId().equals(source)).findFirst().orElseThrow();
    }

    @Test
    void aCellIsSilentExactlyWhenTheQuestionNamesItsSourceSilent() {
        EndingViewModel.Matrix m = EndingViewModel.matrix(CORPUS, QUESTIONS);
        assertEquals(List.of("a", "b", "c"), m.columns().stream().map(SourceColumn::sourceId).toList());
        assertTrue(cell(m, 0, "c").isSilent());
        assertEquals("silent", cell(m, 0, "c").stance());
        assertTrue(cell(m, 1, "a").isSilent());
        AnswerCell notNamed = cell(m, 1, "b");
        assertFalse(notNamed.isSilent());
        assertTrue(notNamed.isNotDiscussed());
        assertFalse(notNamed.isAnswer());
        assertEquals("not discussed", notNamed.stance());
        assertNull(notNamed.passageId());
    }

    @Test
    void theSourcesThatAnswerMostQuestionsComeFirstTiesInCorpusOrder() {
        List<EndingQuestion> questions = List.of(
                new EndingQuestion("dawn", "Is the dawn hopeful?", List.of(answer("a", Stance.HOPEFUL, null),
                        answer("c", Stance.BLEAK, null), answer("c", Stance.BLEAK, null)), List.of()),
                new EndingQuestion("boat", "Where does the boat go?", List.of(answer("c", Stance.NEUTRAL, null),
                        answer("b", Stance.NEUTRAL, null)), List.of()),
                new EndingQuestion("song", "Whose song ends it?", List.of(answer("b", Stance.NEUTRAL, null),
                        answer("c", Stance.NEUTRAL, null)), List.of()));
        EndingViewModel.Matrix m = EndingViewModel.matrix(CORPUS, questions);
        // c answers three questions (twice on one, counted once), b two, a one
        assertEquals(List.of("c", "b", "a"), m.columns().stream().map(SourceColumn::sourceId).toList());
        assertEquals(List.of("c", "b", "a"), m.rows().get(1).cells().stream().map(AnswerCell::sourceId).toList());
        assertTrue(cell(m, 0, "b").isNotDiscussed());
    }

    @Test
    void theRowCountsAnswersAgainstAnswersAndSilentSourcesOnly() {
        EndingViewModel.Matrix m = EndingViewModel.matrix(CORPUS, QUESTIONS);
        assertEquals("2 of 3 sources answer", m.rows().get(0).answeredCaption());
        // b is neither answer nor silent on the second question, so it is not counted
        assertEquals(1, m.rows().get(1).answered());
        assertEquals(2, m.rows().get(1).discussing());
        assertEquals("1 of 2 sources answer", m.rows().get(1).answeredCaption());
    }

    @Test
    void unansweringSourcesAreSplitIntoSilentOnesAndThoseNotDiscussingTheFilm() {
        EndingViewModel.Matrix m = EndingViewModel.matrix(CORPUS, QUESTIONS);
        assertEquals(List.of("Title l"), m.silent());
        assertEquals(List.of("Title q"), m.notDiscussed());
        assertEquals("Silent on every question: Title l · Not discussing the film (not counted): Title q",
                EndingViewModel.unansweringLine(m));
    }

    @Test
    void theStanceChipCarriesTheCueThatDecidedIt() {
        EndingViewModel.Matrix m = EndingViewModel.matrix(CORPUS, QUESTIONS);
        AnswerCell hopeful = cell(m, 0, "a");
        assertEquals("sunrise", hopeful.stanceCue());
        assertEquals("hopeful · sunrise", hopeful.stanceCaption());
        assertEquals("bleak · alone / gone", cell(m, 0, "b").stanceCaption());
        // neutral (or user-set) stances have no cue: the chip is the stance alone
        AnswerCell neutral = cell(m, 1, "c");
        assertNull(neutral.stanceCue());
        assertEquals("neutral", neutral.stanceCaption());
        assertEquals("silent", cell(m, 0, "c").stanceCaption());
    }

    /** The cells as the matrix made them before its rows made them on demand: one record per column. */
    private static List<AnswerCell> cellsOneByOne(EndingQuestion q, List<SourceColumn> columns) {
        java.util.List<AnswerCell> out = new java.util.ArrayList<>();
        for (SourceColumn col : columns) {
            EndingAnswer a = q.answers().stream().filter(x -> x.sourceId().equals(col.sourceId())).findFirst()
                    .orElse(null);
            out.add(a != null ? new AnswerCell(q.id(), a.sourceId(), a.passageId(),
                    a.stance() == null ? "neutral" : a.stance().label(), Tone.of(a.stance()),
                    org.filmlens.ui.common.Texts.excerpt(a.text(), AnswerCell.EXCERPT_CHARS), a.text(), a.stanceCue())
                    : q.silent().contains(col.sourceId()) ? AnswerCell.silent(q.id(), col.sourceId())
                    : AnswerCell.notDiscussed(q.id(), col.sourceId()));
        }
        return out;
    }

    @Test
    void rowsMadeOnDemandEqualTheCellsOneByOne() {
        java.util.Random random = new java.util.Random(7);
        List<String> ids = List.of("a", "b", "c", "q", "l", "gone"); // "gone": a source the corpus lacks
        for (int round = 0; round < 200; round++) {
            java.util.List<EndingQuestion> questions = new java.util.ArrayList<>();
            for (int k = random.nextInt(4); k >= 0; k--) {
                java.util.List<EndingAnswer> answers = new java.util.ArrayList<>();
                java.util.List<String> silent = new java.util.ArrayList<>();
                for (String id : ids) {
                    int pick = random.nextInt(4);
                    if (pick == 0) {
                        answers.add(answer(id, Stance.values()[random.nextInt(Stance.values().length)], null));
                    } else if (pick == 1) {
                        answers.add(answer(id, Stance.HOPEFUL, "twice")); // a source answering twice
                        answers.add(answer(id, Stance.BLEAK, null));
                    } else if (pick == 2) {
                        silent.add(id);
                    }
                }
                questions.add(new EndingQuestion("q" + k, "Question " + k, answers, silent));
            }
            EndingViewModel.Matrix m = EndingViewModel.matrix(CORPUS, questions);
            for (int r = 0; r < questions.size(); r++) {
                List<AnswerCell> expected = cellsOneByOne(questions.get(r), m.columns());
                assertEquals(expected, m.rows().get(r).cells());
                assertEquals(expected.size(), m.rows().get(r).cells().size());
                // the counts a row takes from its arrays are those of its cells one by one
                QuestionRow asList = new QuestionRow("q", "Q", expected);
                assertEquals(asList.answered(), m.rows().get(r).answered());
                assertEquals(asList.discussing(), m.rows().get(r).discussing());
            }
        }
    }

    @Test
    void silentListsSharingTheirDiscussingSourcesMakeTheSameMatrixAsPlainLists() {
        java.util.Random random = new java.util.Random(3);
        List<String> ids = List.of("a", "b", "c", "q", "l", "gone");
        for (int round = 0; round < 300; round++) {
            java.util.List<String> discussing = new java.util.ArrayList<>();
            for (int i = random.nextInt(9); i > 0; i--) {
                discussing.add(ids.get(random.nextInt(ids.size()))); // an id may come twice
            }
            java.util.List<int[]> cuts = new java.util.ArrayList<>();
            java.util.List<EndingQuestion> shared = new java.util.ArrayList<>();
            java.util.List<EndingQuestion> plain = new java.util.ArrayList<>();
            String[] all = discussing.toArray(String[]::new);
            for (int k = random.nextInt(4); k >= 0; k--) {
                java.util.List<EndingAnswer> answers = new java.util.ArrayList<>();
                for (String id : ids) {
                    if (random.nextInt(3) == 0) {
                        answers.add(answer(id, Stance.HOPEFUL, null));
                    }
                }
                // any places cut, even one place of an id that comes twice
                int[] cut = java.util.stream.IntStream.range(0, all.length).filter(i -> random.nextInt(3) == 0)
                        .toArray();
                org.filmlens.corpus.SilentSources silent = new org.filmlens.corpus.SilentSources(all, cut);
                shared.add(new EndingQuestion("q" + k, "Q" + k, answers, silent));
                plain.add(new EndingQuestion("q" + k, "Q" + k, answers, new java.util.ArrayList<>(silent)));
                cuts.add(cut);
            }
            EndingViewModel.Matrix a = EndingViewModel.matrix(CORPUS, shared);
            EndingViewModel.Matrix b = EndingViewModel.matrix(CORPUS, plain);
            assertEquals(b.columns(), a.columns());
            assertEquals(b.rows(), a.rows());
            assertEquals(b.silent(), a.silent());
            assertEquals(b.notDiscussed(), a.notDiscussed());
        }
    }
}
