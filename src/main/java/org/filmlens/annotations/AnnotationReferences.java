package org.filmlens.annotations;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;

/**
 * What an annotation on a quote, a scene or an ending question can point at now: the analysis's quotes, scenes and
 * questions. A quote's id is made from its text, so a quote reworded in the pages has another id; the annotation
 * then follows the quote whose occurrence holds its span. A question's id can change when pages come and go (another
 * heading may name the group); the annotation then follows the question that has its id as an alias.
 */
public final class AnnotationReferences {
    private final Analysis analysis;
    private final Set<String> quotes = new HashSet<>();
    private final Set<String> scenes = new HashSet<>();
    private final Set<String> questions = new HashSet<>();
    private final Map<String, String> questionByAlias = new HashMap<>();

    public AnnotationReferences(Analysis analysis) {
        this.analysis = analysis;
        analysis.quotes().forEach(q -> quotes.add(q.id()));
        analysis.scenes().forEach(s -> scenes.add(s.id()));
        analysis.ending().forEach(q -> questions.add(q.id()));
        analysis.ending().forEach(q -> q.aliases().forEach(a -> questionByAlias.putIfAbsent(a, q.id())));
    }

    /** Whether the target's quote, scene or question exists; true for a span, which has none. */
    boolean exists(AnnotationTarget t) {
        return switch (t.type()) {
            case QUOTE -> quotes.contains(t.refId());
            case SCENE -> scenes.contains(t.refId());
            case ENDING_QUESTION -> questions.contains(t.refId());
            case PASSAGE_SPAN -> true;
        };
    }

    /** The question that now answers to an id it no longer has, if one does. */
    Optional<String> questionKnownAs(String formerId) {
        return Optional.ofNullable(questionByAlias.get(formerId));
    }

    /** The quote one of whose occurrences covers the span, the closest fit first (a scan: rarely asked). */
    Optional<String> quoteAt(String sourceId, int start, int end) {
        String best = null;
        int bestSlack = Integer.MAX_VALUE;
        for (Quote q : analysis.quotes()) {
            for (QuoteOccurrence o : q.occurrences()) {
                if (o.sourceId().equals(sourceId) && o.start() <= start && end <= o.end()
                        && o.end() - o.start() - (end - start) < bestSlack) {
                    best = q.id();
                    bestSlack = o.end() - o.start() - (end - start);
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
