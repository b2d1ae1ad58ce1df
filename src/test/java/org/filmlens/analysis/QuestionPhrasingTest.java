package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Headings of an invented film, "Lantern", whose characters are Mara and Eli. */
class QuestionPhrasingTest {
    private final QuestionPhrasing phrasing = new QuestionPhrasing(NameCase.of(Set.of("mara", "eli"),
            "Lantern"));

    @Test
    void statementsWithAQuestionWordBecomeQuestions() {
        assertEquals("What does Lantern say about grief?", phrasing.fromHeading("What Lantern Says About Grief"));
        assertEquals("Why did Mara leave?", phrasing.fromHeading("How Mara Found The Truth & Why She Left"));
        assertEquals("How did Eli change her?", phrasing.fromHeading("The Lighthouse Shows How Eli Changed Her"));
        assertEquals("What happens at the end of Lantern?", phrasing.fromHeading("What Happens At The End Of Lantern"));
        assertEquals("Why was Eli arrested?", phrasing.fromHeading("Why Eli Was Arrested"));
        assertEquals("Why is Mara leaving the rock?", phrasing.fromHeading("Why Mara Is Leaving The Rock"));
        assertEquals("What does Mara do next?", phrasing.fromHeading("What Mara Does Next"));
    }

    @Test
    void questionsAreKeptInSentenceCase() {
        assertEquals("How does Lantern end?", phrasing.fromHeading("How Does Lantern End?"));
        assertEquals("Does the Lantern ending make it a ghost story?",
                phrasing.fromHeading("3. Does The Lantern Ending Make It A Ghost Story?"));
    }

    @Test
    void nounPhrasesAskWhatTheyAre() {
        assertEquals("What is the ending's lasting impact?", phrasing.fromHeading("The Ending's Lasting Impact"));
        assertEquals("What is Mara's choice?", phrasing.fromHeading("Mara's Choice"));
        assertEquals("Mara chooses the sea: what does it mean?", phrasing.fromHeading("Mara Chooses The Sea"));
        assertEquals("The letter explains everything: what does it mean?",
                phrasing.fromHeading("The Letter Explains Everything"));
    }
}
