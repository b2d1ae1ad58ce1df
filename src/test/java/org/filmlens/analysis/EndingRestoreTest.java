package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filmlens.corpus.Stance;
import org.junit.jupiter.api.Test;

/** A derivation made again from its questions as stored: every edit comes out as it does on a fresh one. */
class EndingRestoreTest {
    @Test
    void aRestoredDerivationEditsAsTheDerivedOneInBothFilms() {
        for (SampleCorpora film : List.of(SampleCorpora.her(), SampleCorpora.lantern())) {
            EndingMapper.Derivation derived = new EndingMapper().derive(film.corpus(), film.quotes(), film.scenes());
            EndingMapper.Derivation restored = EndingMapper.restore(film.corpus(),
                    new ArrayList<>(derived.questions()), new ArrayList<>(derived.discussing()));
            for (EndingEdits edits : editsOf(derived)) {
                assertEquals(derived.edited(edits), restored.edited(edits), edits.toString());
            }
        }
    }

    /** No edits, then each kind of edit on the derived questions: merges by a former id where one exists. */
    private static List<EndingEdits> editsOf(EndingMapper.Derivation derived) {
        List<DerivedQuestion> qs = derived.questions();
        assertTrue(qs.size() >= 2, "the film's ending has questions to edit");
        DerivedQuestion first = qs.get(0);
        DerivedQuestion second = qs.get(1);
        String secondByFormerId = second.aliases().stream().filter(a -> !a.equals(second.id())).findFirst()
                .orElse(second.id());
        String answering = first.answers().keySet().iterator().next();
        return List.of(EndingEdits.none(),
                EndingEdits.none().withRenamed(first.id(), "What is left at the end?"),
                EndingEdits.none().withMerged(secondByFormerId, first.id()),
                EndingEdits.none().withStance(first.id(), answering, Stance.TRAGIC),
                EndingEdits.none().withAdded("mine", "Who wins?").withOrder(List.of("mine", second.id())));
    }

    @Test
    void questionsOfAnotherCorpusAreRefused() {
        SampleCorpora her = SampleCorpora.her();
        SampleCorpora lantern = SampleCorpora.lantern();
        EndingMapper.Derivation derived = new EndingMapper().derive(her.corpus(), her.quotes(), her.scenes());
        assertThrows(IllegalArgumentException.class,
                () -> EndingMapper.restore(lantern.corpus(), derived.questions(), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> EndingMapper.restore(lantern.corpus(), List.of(), derived.discussing()));

        DerivedQuestion q = derived.questions().get(0);
        String source = q.answers().keySet().iterator().next();
        String otherSource = her.corpus().sources().stream().map(s -> s.id()).filter(id -> !id.equals(source))
                .findFirst().orElseThrow();
        DerivedQuestion misplaced = new DerivedQuestion(q.id(), q.aliases(), q.question(),
                Map.of(otherSource, q.answers().get(source)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EndingMapper.restore(her.corpus(), List.of(misplaced), List.of()));
        assertTrue(e.getMessage().contains(otherSource), e.getMessage());
        DerivedQuestion unnamed = new DerivedQuestion(null, Set.of(), "Why?", Map.of());
        assertThrows(IllegalArgumentException.class,
                () -> EndingMapper.restore(her.corpus(), List.of(unnamed), List.of()));
    }
}
