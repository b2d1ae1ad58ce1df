package org.filmlens.annotations;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.corpus.AnnotationTargetType;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.Scene;
import org.filmlens.corpus.Source;

/** Builds annotation targets from what the user selected, checking that it exists in the current corpus. */
public final class AnnotationTargets {
    private final Corpus corpus;
    private final Function<String, Optional<Quote>> quoteById;
    private final Supplier<List<Scene>> scenes;
    private final Supplier<List<EndingQuestion>> ending;

    /** With an analysis at hand (none, null, for passage spans alone); a quote is looked for among its quotes. */
    public AnnotationTargets(Corpus corpus, Analysis analysis) {
        this(corpus, id -> analysis.quotes().stream().filter(q -> q.id().equals(id)).findFirst(),
                () -> analysis.scenes(), () -> analysis.ending());
    }

    /**
     * With each part of the analysis asked for only by a target that names one of it: a workspace whose analysis is
     * read part by part (the window's) gives a question's target once the ending is read, whatever comes of the rest.
     * {@code quoteById}: the workspace's lookup (a pass over 355,000 quotes at 100 MB otherwise).
     */
    public AnnotationTargets(Corpus corpus, Function<String, Optional<Quote>> quoteById, Supplier<List<Scene>> scenes,
                             Supplier<List<EndingQuestion>> ending) {
        this.corpus = corpus;
        this.quoteById = quoteById;
        this.scenes = scenes;
        this.ending = ending;
    }

    /**
     * A span of a passage: source offsets {@code start}..{@code end} inside the passage, or the whole passage when
     * both are null.
     */
    public AnnotationTarget passageSpan(String passageId, Integer start, Integer end) throws AnnotationException {
        Passage p = corpus.passage(passageId).orElseThrow(() -> new AnnotationException("no passage with id '"
                + passageId + "' (see: filmlens passages)"));
        if ((start == null) != (end == null)) {
            throw new AnnotationException("give both --start and --end, or neither for the whole passage");
        }
        int s = start == null ? p.start() : start;
        int e = end == null ? p.end() : end;
        if (s < p.start() || e > p.end() || s >= e) {
            throw new AnnotationException("span [" + s + "," + e + ") is not inside passage " + passageId + " ["
                    + p.start() + "," + p.end() + ") or is empty; offsets are into the source text");
        }
        return span(AnnotationTargetType.PASSAGE_SPAN, p.sourceId(), p.id(), s, e, null);
    }

    /** A quote, placed at its occurrence in {@code passageIdOrNull} (or its first occurrence when null). */
    public AnnotationTarget quote(String quoteId, String passageIdOrNull) throws AnnotationException {
        Quote q = quoteById.apply(quoteId)
                .orElseThrow(() -> new AnnotationException("no quote with id '" + quoteId + "' (see: filmlens quotes)"));
        QuoteOccurrence at = null;
        for (QuoteOccurrence o : q.occurrences()) {
            if (passageIdOrNull == null || o.passageId().equals(passageIdOrNull)) {
                at = o;
                break;
            }
        }
        if (at == null && passageIdOrNull != null) {
            throw new AnnotationException("quote " + quoteId + " does not occur in passage " + passageIdOrNull);
        }
        if (at == null) {
            return new AnnotationTarget(AnnotationTargetType.QUOTE, null, null, null, null, null, null, null, q.id());
        }
        return span(AnnotationTargetType.QUOTE, at.sourceId(), at.passageId(), at.start(), at.end(), q.id());
    }

    public AnnotationTarget scene(String sceneId) throws AnnotationException {
        Scene s = scenes.get().stream().filter(x -> x.id().equals(sceneId)).findFirst()
                .orElseThrow(() -> new AnnotationException("no scene with id '" + sceneId + "' (see: filmlens scenes)"));
        return AnnotationTarget.scene(s.id());
    }

    public AnnotationTarget endingQuestion(String questionId) throws AnnotationException {
        EndingQuestion q = ending.get().stream().filter(x -> x.id().equals(questionId)).findFirst()
                .orElseThrow(() -> new AnnotationException("no ending question with id '" + questionId
                        + "' (see: filmlens ending)"));
        return AnnotationTarget.endingQuestion(q.id());
    }

    private AnnotationTarget span(AnnotationTargetType type, String sourceId, String passageId, int start, int end,
                                  String refId) throws AnnotationException {
        Source src = corpus.source(sourceId).orElseThrow(() -> new AnnotationException("no source with id '"
                + sourceId + "'"));
        String text = src.text();
        if (end > text.length()) {
            throw new AnnotationException("span [" + start + "," + end + ") is past the end of source " + sourceId);
        }
        return new AnnotationTarget(type, sourceId, passageId, start, end, text.substring(start, end),
                TextAnchor.prefixOf(text, start), TextAnchor.suffixOf(text, end), refId);
    }
}
