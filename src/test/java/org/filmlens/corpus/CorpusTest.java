package org.filmlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A corpus whose passages are made later answers for its sources at once and makes its passages once. */
class CorpusTest {
    private static final Source A = new Source("a", "A", null, null, null, SourceKind.ARTICLE, "One.\n\nTwo.");
    private static final Source B = new Source("b", "B", null, null, null, SourceKind.ARTICLE, "Three.");
    private static final List<Passage> PASSAGES = List.of(
            new Passage("a.p0", "a", 0, PassageKind.PARAGRAPH, null, 0, 4, "One."),
            new Passage("a.p1", "a", 1, PassageKind.PARAGRAPH, null, 6, 10, "Two."));

    @Test
    void sourcesAndCountsNeedNoPassages() {
        AtomicInteger made = new AtomicInteger();
        Corpus c = Corpus.withLaterPassages(Film.unknown(), List.of(A, B), Map.of("a", 2), () -> {
            made.incrementAndGet();
            return PASSAGES;
        });
        assertEquals(List.of(A, B), c.sources());
        assertSame(B, c.source("b").orElseThrow());
        assertEquals(2, c.passageCount("a"));
        assertEquals(0, c.passageCount("b"));
        assertEquals(2, c.passageCount());
        assertEquals(0, made.get());

        assertEquals(PASSAGES, c.passages());
        assertEquals(PASSAGES.get(1), c.passage("a.p1").orElseThrow());
        assertEquals(List.of(), c.passagesOf("b"));
        assertEquals(2, c.passageCount("a"));
        assertEquals(2, c.passageCount());
        assertEquals(1, made.get());
    }

    @Test
    void threadsAskingTogetherShareOneMaking() throws Exception {
        AtomicInteger made = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Supplier<List<Passage>> slow = () -> {
            made.incrementAndGet();
            try {
                Thread.sleep(200); // slow enough for the other threads to ask while it is being made
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PASSAGES;
        };
        Corpus c = Corpus.withLaterPassages(Film.unknown(), List.of(A), Map.of("a", 2), slow);
        List<Thread> threads = new ArrayList<>();
        List<List<Passage>> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                seen.add(c.passagesOf("a"));
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(1, made.get());
        assertEquals(4, seen.size());
        seen.forEach(list -> assertSame(seen.get(0), list));
    }

    @Test
    void aCorpusGivenItsPassagesCountsThem() {
        Corpus c = new Corpus(Film.unknown(), List.of(A, B), PASSAGES);
        assertEquals(2, c.passageCount("a"));
        assertEquals(0, c.passageCount("b"));
        assertEquals(0, c.passageCount("nowhere"));
    }
}
