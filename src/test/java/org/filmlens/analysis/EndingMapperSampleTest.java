package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.EndingAnswer;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Stance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Golden facts about the ending map of the Her (2013) sample, checked by hand against the dump. */
class EndingMapperSampleTest {
    private static SampleCorpora her;
    private static Corpus corpus;
    private static List<EndingQuestion> questions;

    @BeforeAll
    static void map() {
        her = SampleCorpora.her();
        corpus = her.corpus();
        questions = her.map(EndingEdits.none());
    }

    /** The question whose answers include a passage of this source containing this text. */
    private static EndingQuestion questionHolding(String sourceId, String snippet) {
        return questions.stream()
                .filter(q -> answer(q, sourceId).map(a -> a.text().contains(snippet)).orElse(false))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no question holds " + sourceId + ": " + snippet));
    }

    private static Optional<EndingAnswer> answer(EndingQuestion q, String sourceId) {
        return q.answers().stream().filter(a -> a.sourceId().equals(sourceId)).findFirst();
    }

    @Test
    void theThreeReadingsOfTheRooftopSceneMeetUnderOneQuestion() {
        EndingQuestion q = questionHolding("go-into-the-story", "prelude to them both jumping to their deaths");
        assertEquals("What does the final scene mean?", q.question());
        EndingAnswer screenRant = answer(q, "screen-rant").orElseThrow();
        EndingAnswer gameRant = answer(q, "game-rant").orElseThrow();
        EndingAnswer blog = answer(q, "go-into-the-story").orElseThrow();
        assertTrue(screenRant.text().contains("look out at the sunrise"), screenRant.text());
        assertTrue(gameRant.text().contains("both characters are feeling lonely"), gameRant.text());
        assertEquals(Stance.HOPEFUL, screenRant.stance());
        assertEquals(Stance.BLEAK, gameRant.stance());
        assertEquals(Stance.TRAGIC, blog.stance());
    }

    @Test
    void whySheLeftGathersTheExplanationsOfBothEndingArticles() {
        EndingQuestion q = questionHolding("screen-rant", "advance toward the vast possibilities");
        assertEquals("Why did Samantha leave?", q.question());
        EndingAnswer screenRant = answer(q, "screen-rant").orElseThrow();
        assertTrue(screenRant.text().contains("outgrows her need for a relationship"), "both paragraphs of the section");
        EndingAnswer gameRant = answer(q, "game-rant").orElseThrow();
        assertTrue(gameRant.text().contains("all the OS devices are leaving"), gameRant.text());
        assertTrue(gameRant.text().contains("learned all that they possibly could"));
    }

    @Test
    void theLetterIsItsOwnQuestionWithTheFilmsLastLines() {
        EndingQuestion q = questionHolding("imdb", "Dear Catherine");
        assertEquals("last-words", q.id());
        assertTrue(answer(q, "screen-rant").orElseThrow().text().contains("Theodore begins the letter"));
    }

    @Test
    void headingsBecomeReadableQuestions() {
        Set<String> wordings = Set.copyOf(questions.stream().map(EndingQuestion::question).toList());
        assertTrue(wordings.contains("What does Her say about love?"), wordings.toString());
        assertTrue(wordings.contains("What does Her say about technology?"), wordings.toString());
        assertTrue(wordings.contains("Does the Her ending make it a romance?"), wordings.toString());
    }

    @Test
    void everySourceAnswersAQuestionAtMostOnceWithItsOwnPassages() {
        for (EndingQuestion q : questions) {
            List<String> sources = q.answers().stream().map(EndingAnswer::sourceId).toList();
            assertEquals(sources.size(), Set.copyOf(sources).size(), q.question());
            for (EndingAnswer a : q.answers()) {
                assertFalse(a.passageIds().isEmpty());
                for (String id : a.passageIds()) {
                    Passage p = corpus.passage(id).orElseThrow();
                    assertEquals(a.sourceId(), p.sourceId());
                    assertTrue(a.text().contains(p.text()));
                }
            }
        }
    }

    @Test
    void pagesThatSayNothingOfTheEndingAreSilent() {
        assertTrue(questions.stream().noneMatch(q -> answer(q, "our-culture").isPresent()
                        && !q.id().equals(EndingQuestionBuilder.LAST_WORDS_ID)),
                "the quotes listicle has no ending discussion; at most it quotes the last lines");
        assertTrue(questions.stream().noneMatch(q -> answer(q, "the-atlantic").isPresent()
                && q.question().equals("What does the final scene mean?")), "the review never describes the last scene");
    }

    @Test
    void idsAreStableAcrossRemapsAndDistinct() {
        List<EndingQuestion> again = SampleCorpora.her().map(EndingEdits.none());
        assertEquals(questions.stream().map(EndingQuestion::id).toList(),
                again.stream().map(EndingQuestion::id).toList());
        assertEquals(questions.size(), Set.copyOf(questions.stream().map(EndingQuestion::id).toList()).size());
    }

    @Test
    void userEditsSurviveARemap() {
        EndingQuestion finalScene = questionHolding("go-into-the-story", "jumping to their deaths");
        EndingQuestion love = questions.stream().filter(q -> q.question().equals("What does Her say about love?"))
                .findFirst().orElseThrow();
        EndingQuestion tech = questions.stream()
                .filter(q -> q.question().equals("What does Her say about technology?")).findFirst().orElseThrow();
        EndingEdits edits = EndingEdits.none()
                .withRenamed(finalScene.id(), "What does the rooftop mean?")
                .withMerged(tech.id(), love.id())
                .withAdded("user-hopeful", "Is the ending hopeful?")
                .withStance(finalScene.id(), "game-rant", Stance.AMBIGUOUS)
                .withOrder(List.of("user-hopeful", love.id()));

        List<EndingQuestion> edited = SampleCorpora.her().map(edits);

        assertEquals("user-hopeful", edited.get(0).id());
        assertTrue(edited.get(0).answers().isEmpty(), "a question of the user's own starts with every source silent");
        assertEquals(love.id(), edited.get(1).id());
        Map<String, EndingQuestion> byId = new java.util.HashMap<>();
        edited.forEach(q -> byId.put(q.id(), q));
        assertFalse(byId.containsKey(tech.id()), "merged away");
        EndingAnswer mergedScreenRant = answer(byId.get(love.id()), "screen-rant").orElseThrow();
        assertTrue(mergedScreenRant.text().contains("Her humanizes technology"));
        assertTrue(mergedScreenRant.text().contains("Human love")
                || mergedScreenRant.text().contains("love story"));
        EndingQuestion renamed = byId.get(finalScene.id());
        assertEquals("What does the rooftop mean?", renamed.question());
        assertEquals(Stance.AMBIGUOUS, answer(renamed, "game-rant").orElseThrow().stance());
        assertEquals(Stance.TRAGIC, answer(renamed, "go-into-the-story").orElseThrow().stance(),
                "other stances are still read from the text");
        assertEquals(questions.size(), edited.size(), "one question merged away, one added");
    }
}
