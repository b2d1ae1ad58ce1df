package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question gathers the headings of several pages, and one of their ids names it. A page added later can bring a
 * heading that names the group instead; the notes on the question, and the user's edits of it, still find it.
 */
class NotesOnQuestionsFollowTest {
    private static final String FIRST = """
            Reel Harbor

            Salt Harbor Blues Ending Explained

            By Ines Portal

            Salt Harbor Blues was a modest noir in 1986 and has grown a following since, mostly because of how it \
            closes and how little it tells us about the woman at its centre.

            Why Does Maribel Leave the Harbor?

            At dawn Maribel boards the night ferry with the ledger under her coat, and Cal watches \
            from the pier without calling her back. Leaving is her confession: she takes the ledger because it \
            proves what the town did to her brother, and she will not stay to be judged by the people who \
            drowned him.

            The ferry's lights fade into the fog as the credits begin, and the film never says whether she \
            arrives.
            """;
    private static final String SECOND = """
            Night Screen

            Salt Harbor Blues: The Ending, Explained

            By Tomas Kell

            Few noirs of the eighties are argued over as much as Salt Harbor Blues, and nearly all of the arguing \
            is about Maribel and the ferry.

            Is Maribel Gone for Good at the End?

            Maribel boards the night ferry with the ledger under her coat while Cal watches from the pier and \
            does not call her back. The ledger proves what the town did to her brother, and leaving is her \
            confession; she will not stay to be judged by the people who drowned him.

            The ferry's lights fade into the fog, and the film never says whether she arrives anywhere at all.
            """;

    @Test
    void aNoteOnAQuestionFollowsItWhenAnAddedPageRenamesTheGroup(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("film.json"), "{\"title\": \"Salt Harbor Blues\", \"year\": 1986}");
        Files.writeString(in.resolve("01-reel.txt"), FIRST);
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            ws.ingest(List.of(in), Progress.NONE);
            EndingQuestion leave = questionAnsweredBy(ws, "Ines Portal");
            Annotation note = ws.annotations().add(AnnotationTarget.endingQuestion(leave.id()), "she confesses",
                    List.of("ending"), null);
            ws.renameQuestion(leave.id(), "Why does Maribel board the ferry?");

            Path second = Files.writeString(in.resolve("02-night.txt"), SECOND);
            IngestReport report = ws.ingest(List.of(second), Progress.NONE);

            EndingQuestion now = questionAnsweredBy(ws, "Ines Portal");
            assertEquals("Why does Maribel board the ferry?", now.question(), "the user's wording stays");
            assertEquals(now, questionAnsweredBy(ws, "Tomas Kell"), "both pages answer the one question");
            assertNotEquals(leave.id(), now.id(), "the added page's heading names the group now");
            assertTrue(now.aliases().contains(leave.id()), now.aliases().toString());
            Annotation after = ws.annotations().get(note.id()).orElseThrow();
            assertFalse(after.unplaced(), "the note follows its question: " + report.warnings());
            assertEquals(now.id(), after.target().refId());
        }
    }

    /** The one question the page by this author answers. */
    private static EndingQuestion questionAnsweredBy(Workspace ws, String author) {
        String sourceId = ws.corpus().sources().stream().filter(s -> author.equals(s.author())).findFirst()
                .orElseThrow(() -> new AssertionError("no page by " + author)).id();
        List<EndingQuestion> answered = ws.analysis().ending().stream()
                .filter(q -> q.answers().stream().anyMatch(a -> a.sourceId().equals(sourceId))).toList();
        assertEquals(1, answered.size(), "the questions " + author + " answers: " + ws.analysis().ending());
        return answered.get(0);
    }
}
