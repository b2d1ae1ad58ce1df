package org.filmlens.annotations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Source;

/**
 * Places annotation spans in a (re-ingested, possibly changed) corpus. In order: the exact text between its old
 * context, then the exact text alone nearest the old offset (the old source first, then the others), then a fuzzy
 * match inside one passage, allowing about one edit in five characters. What cannot be placed is kept and flagged
 * unplaced, never dropped.
 */
final class Reanchorer {
    /** Edits allowed per character of the span for a fuzzy match. */
    private static final double MAX_EDIT_RATIO = 0.2;
    /** Fuzzy search only runs on passages that share this share of the span's words. */
    private static final double MIN_WORD_OVERLAP = 0.5;

    private final Corpus corpus;

    Reanchorer(Corpus corpus) {
        this.corpus = corpus;
    }

    /** The annotation placed in this corpus, or flagged unplaced; targets without a text span are left as they are. */
    Annotation reanchor(Annotation a) {
        AnnotationTarget t = a.target();
        if (!t.hasSpan()) {
            return a;
        }
        return place(t).map(a::placedAt).orElseGet(a::asUnplaced);
    }

    /** Where the target's exact text now stands, as a complete target, or empty. */
    Optional<AnnotationTarget> place(AnnotationTarget t) {
        if (t.exact() == null || t.exact().isEmpty()) {
            return Optional.empty();
        }
        int hint = t.start() == null ? -1 : t.start();
        List<Source> order = sourcesOldFirst(t.sourceId());
        for (Source s : order) { // exact text with its context
            Optional<TextAnchor.Span> span = TextAnchor.exact(s.text(), t.exact(), t.prefix(), t.suffix(), hint);
            if (span.isPresent() && TextAnchor.hasContext(s.text(), span.get().start(), span.get().end(), t.prefix(),
                    t.suffix())) {
                return Optional.of(at(t, s, span.get()));
            }
        }
        for (Source s : order) { // exact text alone
            Optional<TextAnchor.Span> span = TextAnchor.exact(s.text(), t.exact(), "", "",
                    s.id().equals(t.sourceId()) ? hint : -1);
            if (span.isPresent()) {
                return Optional.of(at(t, s, span.get()));
            }
        }
        return fuzzy(t, order);
    }

    private Optional<AnnotationTarget> fuzzy(AnnotationTarget t, List<Source> order) {
        String exact = t.exact();
        if (exact.length() > FuzzyMatcher.MAX_PATTERN) {
            return Optional.empty();
        }
        int maxEdits = Math.max(1, (int) Math.floor(exact.length() * MAX_EDIT_RATIO));
        Set<String> words = words(exact);
        FuzzyMatcher.Match best = null;
        Source bestSource = null;
        for (Source s : order) {
            for (Passage p : corpus.passagesOf(s.id())) {
                if (p.text().length() < exact.length() - maxEdits || overlap(words, p.text()) < MIN_WORD_OVERLAP) {
                    continue;
                }
                Optional<FuzzyMatcher.Match> m = FuzzyMatcher.find(exact, p.text(), maxEdits);
                if (m.isPresent() && (best == null || m.get().distance() < best.distance())) {
                    best = new FuzzyMatcher.Match(p.start() + m.get().start(), p.start() + m.get().end(),
                            m.get().distance());
                    bestSource = s;
                }
            }
        }
        if (best == null || best.end() <= best.start()) {
            return Optional.empty();
        }
        return Optional.of(at(t, bestSource, new TextAnchor.Span(best.start(), best.end())));
    }

    private AnnotationTarget at(AnnotationTarget t, Source s, TextAnchor.Span span) {
        String text = s.text();
        String passageId = passageAt(s.id(), span.start()).map(Passage::id).orElse(null);
        return t.movedTo(s.id(), passageId, span.start(), span.end(), text.substring(span.start(), span.end()),
                TextAnchor.prefixOf(text, span.start()), TextAnchor.suffixOf(text, span.end()));
    }

    /** The passage holding {@code offset}, or the next one when the offset falls between passages. */
    Optional<Passage> passageAt(String sourceId, int offset) {
        Passage next = null;
        for (Passage p : corpus.passagesOf(sourceId)) {
            if (p.start() <= offset && offset < p.end()) {
                return Optional.of(p);
            }
            if (p.start() > offset && (next == null || p.start() < next.start())) {
                next = p;
            }
        }
        return Optional.ofNullable(next);
    }

    private List<Source> sourcesOldFirst(String oldSourceId) {
        List<Source> order = new ArrayList<>();
        corpus.source(oldSourceId == null ? "" : oldSourceId).ifPresent(order::add);
        for (Source s : corpus.sources()) {
            if (!s.id().equals(oldSourceId)) {
                order.add(s);
            }
        }
        return order;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3) {
                out.add(w);
            }
        }
        return out;
    }

    private static double overlap(Set<String> words, String passageText) {
        if (words.isEmpty()) {
            return 1.0;
        }
        Set<String> there = words(passageText);
        long shared = words.stream().filter(there::contains).count();
        return (double) shared / words.size();
    }
}
