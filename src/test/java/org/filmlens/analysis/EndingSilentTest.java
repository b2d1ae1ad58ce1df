package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.filmlens.corpus.EndingAnswer;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.SilentSources;
import org.junit.jupiter.api.Test;

/** A question's silent sources: the discussing ones, in their order, less those that answer it. */
class EndingSilentTest {
    @Test
    void silentSourcesAreTheDiscussingOnesThatDoNotAnswer() {
        Random random = new Random(11);
        for (int round = 0; round < 500; round++) {
            List<String> discussing = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                discussing.add("s" + random.nextInt(9)); // an id may come twice: every place of it is cut
            }
            List<EndingQuestion> questions = new ArrayList<>();
            for (int k = random.nextInt(5); k > 0; k--) {
                List<EndingAnswer> answers = new ArrayList<>();
                for (int a = random.nextInt(6); a > 0; a--) { // a source may answer twice, or not be discussing
                    answers.add(new EndingAnswer("s" + random.nextInt(11), List.of("p"), "text", null));
                }
                questions.add(new EndingQuestion("q" + k, "Q" + k, answers, List.of("stale")));
            }
            List<EndingQuestion> out = EndingMapper.withSilent(discussing, questions);
            assertEquals(questions.size(), out.size());
            for (int k = 0; k < questions.size(); k++) {
                Set<String> answering = questions.get(k).answers().stream().map(EndingAnswer::sourceId)
                        .collect(Collectors.toSet());
                List<String> expected = discussing.stream().filter(id -> !answering.contains(id)).toList();
                assertEquals(expected, out.get(k).silent());
                assertEquals(questions.get(k).answers(), out.get(k).answers());
                assertEquals(questions.get(k).id(), out.get(k).id());
            }
        }
    }

    @Test
    void aSharedSilentListReadsAsTheListItStandsFor() {
        String[] all = {"a", "b", "c", "b", "d"};
        SilentSources silent = new SilentSources(all, new int[] {1, 3});
        assertEquals(List.of("a", "c", "d"), silent);
        assertEquals(List.of("a", "c", "d").hashCode(), silent.hashCode());
        assertEquals(List.of("a", "b", "c", "b", "d"), new SilentSources(all, new int[0]));
        assertEquals(List.of(), new SilentSources(all, new int[] {0, 1, 2, 3, 4}));
        assertSame(silent, new EndingQuestion("q", "Q", List.of(), silent).silent(), "kept, not copied");
        assertThrows(IllegalArgumentException.class, () -> new SilentSources(all, new int[] {3, 1}));
        assertThrows(IndexOutOfBoundsException.class, () -> silent.get(3));
    }
}
