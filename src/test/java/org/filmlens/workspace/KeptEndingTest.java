package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.filmlens.analysis.EndingEdits;
import org.filmlens.analysis.EndingMapper;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.Scene;
import org.junit.jupiter.api.Test;

/** The ending derived once per corpus, quotes and scenes, for every edit and whoever asks meanwhile. */
class KeptEndingTest {
    private static final String GENERATION = "g1";
    private final Corpus corpus = new Corpus(new Film("Tide", 2020, null), List.of(), List.of());
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Scene> scenes = new ArrayList<>();
    private final EndingMapper.Derivation derived = new EndingMapper().derive(corpus, quotes, scenes);
    private final AtomicInteger derivations = new AtomicInteger();

    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    /** Counts its derivations and holds the first until released; it then fails, if told to. */
    private KeptEnding holdingTheFirst(boolean firstFails) {
        return new KeptEnding((c, q, s) -> {
            if (derivations.incrementAndGet() == 1) {
                started.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (firstFails) {
                    throw new IllegalStateException("out of memory beside other work");
                }
            }
            return derived;
        }, KeptEnding.Shelf.NONE);
    }

    private List<EndingQuestion> added(KeptEnding kept, List<Scene> sceneList) {
        return kept.edited(GENERATION, corpus, quotes, sceneList, EndingEdits.none().withAdded("q1", "Why the fog?"));
    }

    @Test
    void theSameAnalysisIsDerivedOnceAndOtherScenesAgain() {
        KeptEnding kept = new KeptEnding((c, q, s) -> {
            derivations.incrementAndGet();
            return derived;
        }, KeptEnding.Shelf.NONE);
        kept.prepare(GENERATION, corpus, quotes, scenes);
        assertEquals("Why the fog?", added(kept, scenes).get(0).question());
        added(kept, scenes);
        assertEquals(1, derivations.get());
        added(kept, new ArrayList<>()); // equal but another list: another analysis
        assertEquals(2, derivations.get());
        kept.forget();
        added(kept, scenes);
        assertEquals(3, derivations.get());
    }

    @Test
    void anEditAskingWhileADerivationRunsWaitsForIt() throws Exception {
        KeptEnding kept = holdingTheFirst(false);
        CompletableFuture<Void> prepared = CompletableFuture.runAsync(() -> kept.prepare(GENERATION, corpus, quotes, scenes));
        started.await(30, TimeUnit.SECONDS);
        CompletableFuture<List<EndingQuestion>> edit = CompletableFuture.supplyAsync(() -> added(kept, scenes));
        Thread.sleep(100);
        release.countDown();
        prepared.get(30, TimeUnit.SECONDS);
        assertEquals("Why the fog?", edit.get(30, TimeUnit.SECONDS).get(0).question());
        assertEquals(1, derivations.get());
    }

    @Test
    void aFailedDerivationIsNotKept() {
        KeptEnding kept = new KeptEnding((c, q, s) -> {
            if (derivations.incrementAndGet() == 1) {
                throw new IllegalStateException("no ending today");
            }
            return derived;
        }, KeptEnding.Shelf.NONE);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> added(kept, scenes));
        assertEquals("no ending today", e.getMessage());
        assertEquals("Why the fog?", added(kept, scenes).get(0).question());
        assertEquals(2, derivations.get());
    }

    @Test
    void aPreparationWhileAnotherDerivationRunsReturnsAtOnceAndReplacesNothing() throws Exception {
        KeptEnding kept = holdingTheFirst(false);
        CompletableFuture<List<EndingQuestion>> edit = CompletableFuture.supplyAsync(() -> added(kept, scenes));
        started.await(30, TimeUnit.SECONDS);
        kept.prepare(GENERATION, corpus, quotes, new ArrayList<>()); // an older analysis: the window saw it before the swap
        kept.prepare(GENERATION, corpus, quotes, scenes); // the same one, under way
        assertEquals(1, derivations.get(), "neither waited nor derived");
        release.countDown();
        edit.get(30, TimeUnit.SECONDS);
        added(kept, scenes);
        assertEquals(1, derivations.get(), "the edit's derivation is the one kept");
    }

    @Test
    void anEditWaitingForAPreparationThatFailsDerivesItself() throws Exception {
        KeptEnding kept = holdingTheFirst(true);
        CompletableFuture<Void> prepared = CompletableFuture.runAsync(() -> kept.prepare(GENERATION, corpus, quotes, scenes));
        started.await(30, TimeUnit.SECONDS);
        CompletableFuture<List<EndingQuestion>> edit = CompletableFuture.supplyAsync(() -> added(kept, scenes));
        Thread.sleep(100); // the edit waits for the preparation's derivation
        release.countDown();
        prepared.get(30, TimeUnit.SECONDS); // its failure is left for the edit
        assertEquals("Why the fog?", edit.get(30, TimeUnit.SECONDS).get(0).question());
        assertEquals(2, derivations.get());
    }

    /** A shelf in memory: what a workspace's ending-derived.json holds, without the file. */
    private static final class MemoryShelf implements KeptEnding.Shelf {
        String generation;
        List<Scene> scenes;
        EndingMapper.Derivation derivation;
        int puts;

        @Override
        public Optional<EndingMapper.Derivation> take(String g, Corpus c, List<Scene> s) {
            return g.equals(generation) && s.equals(scenes) ? Optional.of(derivation) : Optional.empty();
        }

        @Override
        public void put(String g, List<Scene> s, EndingMapper.Derivation d) {
            generation = g;
            scenes = s;
            derivation = d;
            puts++;
        }
    }

    @Test
    void aDerivationMadeIsShelvedAndTakenInsteadOfDerivingWhereNoneIsKept() {
        MemoryShelf shelf = new MemoryShelf();
        KeptEnding.Deriver counting = (c, q, s) -> {
            derivations.incrementAndGet();
            return derived;
        };
        new KeptEnding(counting, shelf).edited(GENERATION, corpus, quotes, scenes, EndingEdits.none());
        assertEquals(1, shelf.puts);
        assertSame(derived, shelf.derivation);

        KeptEnding reopened = new KeptEnding(counting, shelf); // another process, the same workspace
        assertEquals("Why the fog?", added(reopened, scenes).get(0).question());
        assertEquals(1, derivations.get(), "taken from the shelf");
        assertEquals(1, shelf.puts, "what was taken is not put back");

        new KeptEnding(counting, shelf).edited("g2", corpus, quotes, scenes, EndingEdits.none());
        assertEquals(2, derivations.get(), "another generation's corpus is derived");
        assertEquals("g2", shelf.generation);

        KeptEnding ingesting = new KeptEnding(counting, shelf);
        ingesting.derivedAfresh("g2", corpus, quotes, scenes, EndingEdits.none());
        assertEquals(3, derivations.get(), "an analysis made afresh derives whatever the shelf holds");
        assertEquals(3, shelf.puts, "and puts what it made");
        added(ingesting, scenes);
        assertEquals(3, derivations.get(), "then kept for edits");
    }
}
