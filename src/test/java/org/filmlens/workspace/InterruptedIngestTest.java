package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.filmlens.annotations.AnnotationTargets;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest saves the new corpus, then moves every annotation onto the new text. A process stopped between the
 * two, or kept from the annotation file, must not leave notes on offsets of text that is gone: the next use of
 * the annotations moves them.
 */
class InterruptedIngestTest {
    private static final String REVIEW = """
            Night Screen

            Salt Harbor Blues Review: A Harbour Noir Of Few Words

            By Tomas Kell

            Salt Harbor Blues is a 1986 noir about a harbour town, and Dana Whitcombe plays Cal Dorsey, a dock \
            detective who narrates the story from the night his partner drowned.

            The best scene is the long walk along the pier, where Cal finally admits that the sea keeps its own \
            ledger and that he has never once balanced it.
            """;
    private static final String ADDED = """
            Every frame of the first reel is wet: rain on the windows, spray on the pier, the harbour itself \
            rising through the floorboards of the bar where the film opens.

            """;

    @Test
    void notesLeftOnTheOldTextAreMovedOnTheirNextUse(@TempDir Path tmp) throws Exception {
        Path page = Files.writeString(tmp.resolve("review.txt"), REVIEW);
        Path ws = tmp.resolve("ws");
        Annotation note;
        try (Workspace w = Workspace.open(ws)) {
            w.ingest(List.of(page), Progress.NONE);
            Passage pier = passageWith(w, "The best scene");
            AnnotationTarget words = new AnnotationTargets(w.corpus(), w.analysis()).passageSpan(pier.id(),
                    pier.start(), pier.start() + "The best scene".length());
            note = w.annotations().add(words, "the pier", List.of(), null);
        }
        Path saved = tmp.resolve("annotations-before.json");
        Files.copy(ws.resolve("annotations.json"), saved);
        Files.writeString(page, REVIEW.replace("The best scene", ADDED + "The best scene"));
        String generation;
        try (Workspace w = Workspace.open(ws)) {
            w.ingest(List.of(page), Progress.NONE);
            assertFalse(Files.exists(ws.resolve(ReanchorPending.FILE)), "nothing owed after a whole ingest");
            generation = new WorkspaceFiles(ws).corpusGeneration().orElseThrow();
        }
        // the process stopped after the commit: the annotations are still those of the text before
        Files.copy(saved, ws.resolve("annotations.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(ws.resolve(ReanchorPending.FILE), generation);

        try (Workspace w = Workspace.open(ws)) {
            Annotation now = w.annotations().get(note.id()).orElseThrow();
            Source source = w.corpus().source(now.target().sourceId()).orElseThrow();
            assertNotEquals(note.target().start(), now.target().start(), "moved with its words");
            assertEquals("The best scene", source.text().substring(now.target().start(), now.target().end()));
            assertFalse(now.unplaced());
            assertFalse(Files.exists(ws.resolve(ReanchorPending.FILE)));
        }
    }

    @Test
    void whatWasOwedToACorpusThatNeverCameInIsForgotten(@TempDir Path tmp) throws Exception {
        Path page = Files.writeString(tmp.resolve("review.txt"), REVIEW);
        Path ws = tmp.resolve("ws");
        try (Workspace w = Workspace.open(ws)) {
            w.ingest(List.of(page), Progress.NONE);
        }
        Path mark = Files.writeString(ws.resolve(ReanchorPending.FILE), "a-generation-never-committed");
        try (Workspace w = Workspace.open(ws)) {
            w.annotations().list();
            assertTrue(Files.exists(mark), "a fresh mark may be an ingest's on its way to its commit: left alone");
        }
        Files.setLastModifiedTime(mark, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(2))));
        try (Workspace w = Workspace.open(ws)) {
            w.annotations().list();
            assertFalse(Files.exists(mark), "an old one, of a corpus that never came in, is forgotten");
        }
    }

    private static Passage passageWith(Workspace w, String words) {
        return w.corpus().passages().stream().filter(p -> p.text().contains(words)).findFirst().orElseThrow();
    }
}
