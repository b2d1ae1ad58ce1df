package org.filmlens.workspace;

import java.util.List;
import org.filmlens.analysis.CastFinder;
import org.filmlens.analysis.EndingEdits;
import org.filmlens.analysis.SceneLinker;
import org.filmlens.analysis.SceneOutline;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.Scene;
import org.filmlens.quotes.QuoteFinder;

/** Derives everything from a corpus, in dependency order: quotes, cast, scenes, ending. */
final class AnalysisPipeline {
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final CastFinder castFinder = new CastFinder();
    private final SceneLinker sceneLinker = new SceneLinker();
    private final KeptEnding ending;

    /** {@code shelf}: where the ending derived before the user's edits outlives the process. */
    AnalysisPipeline(KeptEnding.Shelf shelf) {
        this.ending = new KeptEnding(shelf);
    }

    /** The analysis of {@code corpus}, of {@code generation} (empty for an empty workspace). */
    Analysis run(Corpus corpus, String generation, List<SceneOutline> outline, EndingEdits edits,
                 Progress progress) {
        return run(corpus, generation, outline, edits, progress, Findings.NONE);
    }

    /**
     * Hears of each stage's result as soon as it is known, while the later stages run (to save it meanwhile). The
     * lists are those the finished analysis holds, and no later stage changes them.
     */
    interface Findings {
        Findings NONE = new Findings() { };

        default void quotes(List<Quote> quotes) {}

        default void cast(List<FilmCharacter> cast) {}
    }

    Analysis run(Corpus corpus, String generation, List<SceneOutline> outline, EndingEdits edits,
                 Progress progress, Findings findings) {
        progress.report("Finding quotes", 0.4);
        List<Quote> quotes = quoteFinder.find(corpus, progress);
        progress.checkCancelled();
        findings.quotes(quotes);
        progress.report("Finding characters", 0.6);
        List<FilmCharacter> cast = castFinder.find(corpus, quotes);
        progress.checkCancelled();
        findings.cast(cast);
        progress.report("Linking scenes", 0.7);
        List<Scene> scenes = linkScenes(corpus, quotes, cast, outline, progress);
        return new Analysis(quotes, cast, scenes, ending.derivedAfresh(generation, corpus, quotes, scenes, edits));
    }

    /** The stages after quotes and cast, again: what changes when the user edits the scene list. */
    Analysis relink(Corpus corpus, String generation, Analysis done, List<SceneOutline> outline, EndingEdits edits,
                    Progress progress) {
        List<Scene> scenes = linkScenes(corpus, done.quotes(), done.characters(), outline, progress);
        return new Analysis(done.quotes(), done.characters(), scenes, ending.edited(generation, corpus, done.quotes(),
                scenes, edits));
    }

    /** The scenes linked, then the ending's step reported: both whole runs and relinks go from here to the ending. */
    private List<Scene> linkScenes(Corpus corpus, List<Quote> quotes, List<FilmCharacter> cast,
                                   List<SceneOutline> outline, Progress progress) {
        List<Scene> scenes = sceneLinker.link(corpus, quotes, cast, outline);
        progress.checkCancelled();
        progress.report("Mapping the ending", 0.75);
        return scenes;
    }

    /** The ending mapped again with the user's edits: the rest of the analysis is as it was. */
    Analysis withEnding(Corpus corpus, String generation, Analysis current, EndingEdits edits) {
        return new Analysis(current.quotes(), current.characters(), current.scenes(),
                ending.edited(generation, corpus, current.quotes(), current.scenes(), edits));
    }

    /** Derives the ending of this analysis ahead of an edit of it ({@link KeptEnding#prepare}). */
    void prepareEnding(Corpus corpus, String generation, Analysis current) {
        ending.prepare(generation, corpus, current.quotes(), current.scenes());
    }

    /** Lets go of what is kept of the last analysis made (its corpus): an ingest is about to make another. */
    void forgetLast() {
        ending.forget();
    }
}
