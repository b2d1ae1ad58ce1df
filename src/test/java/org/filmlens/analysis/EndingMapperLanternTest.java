package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.filmlens.corpus.EndingAnswer;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Stance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same kind of facts on the invented second film (src/test/resources/dumps/lantern-2019/expected.md §10). */
class EndingMapperLanternTest {
    private static SampleCorpora lantern;
    private static List<EndingQuestion> questions;

    @BeforeAll
    static void map() {
        lantern = SampleCorpora.lantern();
        questions = lantern.map(EndingEdits.none());
    }

    private static String reelCurrent() {
        return lantern.sourceId("The salt lantern ending explained");
    }

    private static EndingQuestion question(String wording) {
        return questions.stream().filter(q -> q.question().equals(wording)).findFirst()
                .orElseThrow(() -> new AssertionError("no question " + wording + " in " + questions.stream()
                        .map(EndingQuestion::question).toList()));
    }

    private static Optional<EndingAnswer> answer(EndingQuestion q, String sourceId) {
        return q.answers().stream().filter(a -> a.sourceId().equals(sourceId)).findFirst();
    }

    @Test
    void theThreeReadingsOfTheFinalSceneMeetUnderOneQuestion() {
        EndingQuestion q = question("What does the final scene mean?");
        EndingAnswer hopeful = answer(q, reelCurrent()).orElseThrow();
        EndingAnswer bleak = answer(q, lantern.sourceId("The Salt Lantern, Ending Explained")).orElseThrow();
        EndingAnswer dark = answer(q, lantern.sourceId("Anatomy of a Scene")).orElseThrow();
        assertTrue(hopeful.text().contains("a new connection built by two lonely people"), hopeful.text());
        assertTrue(bleak.text().contains("not a reunion but a repetition"), bleak.text());
        assertTrue(dark.text().contains("the ending is a prelude to his death"), dark.text());
        assertEquals(Stance.HOPEFUL, hopeful.stance());
        assertEquals(Stance.BLEAK, bleak.stance());
        assertEquals(Stance.TRAGIC, dark.stance());
        assertTrue(answer(q, lantern.sourceId("What does the final light")).isPresent(), "the Q&A thread asks exactly this");
    }

    @Test
    void whyMaraLeftGathersTheSectionThatAsksIt() {
        EndingQuestion q = question("Why did Mara leave the island?");
        assertTrue(answer(q, reelCurrent()).orElseThrow().text().contains("never treats Mara’s departure as a failure"));
    }

    @Test
    void theKeepersLetterIsTheLastWordsQuestion() {
        EndingQuestion q = question("What does the final letter mean?");
        assertTrue(answer(q, reelCurrent()).orElseThrow().text().contains("Read as a release, it is generous"));
    }

    @Test
    void theQuotesPageSpeaksOnlyThroughItsLastLines() {
        assertTrue(questions.stream().allMatch(q -> answer(q, lantern.sourceId("The Salt Lantern (2019) - Quotes")).isEmpty()
                || q.id().equals(EndingQuestionBuilder.LAST_WORDS_ID)), "the quotes page speaks only its last lines");
    }

    @Test
    void aNameInAHeadingKeepsItsCapitalAndTheTitleItsCase() {
        question("Who is Nell, the voice on the wireless?");
        question("What happens after The Salt Lantern ends?");
    }
}
