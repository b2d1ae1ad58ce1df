package org.filmlens.annotations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Source;

/**
 * Places annotation spans in a (re-ingested, possibly changed) corpus. In order: the exact text between its old
 * context, then the exact text alone nearest the old offset (the old source first, then the others), then a fuzzy
 * match inside one passage, allowing about one edit in five characters. A span away from its old context is placed
 * only where {@link #placeable} lets it. What cannot be placed is kept and flagged unplaced, never dropped; one
 * placed on words that changed keeps the words first annotated. The fuzzy searches of many spans share one reading
 * of the corpus's passages ({@link FuzzyPass}): it is the costly step, and the spans that need it are those whose text is gone, which every
 * later ingest looks for again.
 */
final class Reanchorer {
    /** Edits allowed per character of the span for a fuzzy match. */
    private static final double MAX_EDIT_RATIO = 0.2;
    /** Fuzzy search only runs on passages that share this share of the span's words. */
    private static final double MIN_WORD_OVERLAP = 0.5;
    /** Characters of the old context found around a fuzzy match that weigh as much as one edit less. */
    private static final int CONTEXT_CHARS_PER_EDIT = 4;
    /**
     * A span this long may stand without its old context, as a whole passage or in another source; a shorter one
     * ("the ledger") found away from its context may be the same words in another paragraph.
     */
    static final int DISTINCTIVE_CHARS = 24;
    /** Characters of the old prefix or suffix, right against the match, that show it is the same place. */
    static final int MIN_CONTEXT_KEPT = 8;
    /** A match covering this share of its passage is the passage itself. */
    static final double WHOLE_PASSAGE_SHARE = 0.9;

    private final Corpus corpus;

    Reanchorer(Corpus corpus) {
        this.corpus = corpus;
    }

    /**
     * Each annotation placed in this corpus, or flagged unplaced, in the same order; targets without a text span are
     * left as they are.
     */
    List<Annotation> reanchorAll(List<Annotation> annotations) {
        return reanchorAll(annotations, a -> a.target().hasSpan());
    }

    /** The annotations {@code toFind} picks placed in this corpus, or flagged unplaced; the others as they are. */
    List<Annotation> reanchorAll(List<Annotation> annotations, Predicate<Annotation> toFind) {
        List<AnnotationTarget> targets = new ArrayList<>();
        for (Annotation a : annotations) {
            if (toFind.test(a)) {
                targets.add(a.target());
            }
        }
        List<Optional<AnnotationTarget>> placed = placeAll(targets);
        List<Annotation> out = new ArrayList<>(annotations.size());
        int next = 0;
        for (Annotation a : annotations) {
            out.add(toFind.test(a) ? placed.get(next++).map(a::placedAt).orElseGet(a::asUnplaced) : a);
        }
        return out;
    }

    /** Where each target's exact text now stands, as a complete target, or empty; in the targets' order. */
    private List<Optional<AnnotationTarget>> placeAll(List<AnnotationTarget> targets) {
        List<Optional<AnnotationTarget>> out = new ArrayList<>(Collections.nCopies(targets.size(), Optional.empty()));
        List<FuzzySearch> fuzzy = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            AnnotationTarget t = targets.get(i);
            if (t.exact() == null || t.exact().isEmpty()) {
                continue;
            }
            Optional<AnnotationTarget> exact = placeExactly(t);
            if (exact.isPresent()) {
                out.set(i, exact);
            } else if (t.exact().length() <= FuzzyMatcher.MAX_PATTERN) {
                fuzzy.add(new FuzzySearch(i, t));
            }
        }
        if (!fuzzy.isEmpty()) {
            new FuzzyPass(fuzzy).run();
            for (FuzzySearch f : fuzzy) {
                out.set(f.index, f.placed());
            }
        }
        return out;
    }

    /**
     * The exact text between its context in any source (the old source first), else the exact text alone in the
     * first source that has it: nearest the old offset in the old source, its first occurrence in another. One scan of
     * each source serves both.
     */
    private Optional<AnnotationTarget> placeExactly(AnnotationTarget t) {
        int hint = t.start() == null ? -1 : t.start();
        Source alone = null;
        TextAnchor.Span aloneSpan = null;
        for (Source s : sourcesOldFirst(t.sourceId())) {
            String text = s.text();
            Optional<TextAnchor.Span> span = TextAnchor.exact(text, t.exact(), t.prefix(), t.suffix(), hint);
            if (span.isEmpty()) {
                continue;
            }
            if (TextAnchor.hasContext(text, span.get().start(), span.get().end(), t.prefix(), t.suffix())) {
                return Optional.of(at(t, s, span.get()));
            }
            if (alone == null) {
                // without context: the occurrence nearest the hint in the old source, which alone has one; the
                // first that may be placed in another
                TextAnchor.Span found = !s.id().equals(t.sourceId()) ? firstPlaceable(t, s)
                        : placeable(t, text, span.get().start(), span.get().end(),
                                passageAt(s.id(), span.get().start()).orElse(null)) ? span.get() : null;
                if (found != null) {
                    alone = s;
                    aloneSpan = found;
                }
            }
        }
        return alone == null ? Optional.empty() : Optional.of(at(t, alone, aloneSpan));
    }

    /** The first occurrence of the span's text in the source that {@link #placeable} lets it take, or null. */
    private TextAnchor.Span firstPlaceable(AnnotationTarget t, Source s) {
        String text = s.text();
        for (int at = text.indexOf(t.exact()); at >= 0; at = text.indexOf(t.exact(), at + 1)) {
            int end = at + t.exact().length();
            if (placeable(t, text, at, end, passageAt(s.id(), at).orElse(null))) {
                return new TextAnchor.Span(at, end);
            }
        }
        return null;
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

    /** The old source, then the others in the corpus's order; made as it is read, since most spans stay put. */
    private Iterable<Source> sourcesOldFirst(String oldSourceId) {
        Optional<Source> old = corpus.source(oldSourceId == null ? "" : oldSourceId);
        if (old.isEmpty()) {
            return corpus.sources();
        }
        return () -> Stream.concat(Stream.of(old.get()), corpus.sources().stream().filter(s -> s != old.get()))
                .iterator();
    }

    /**
     * With some of its old context around it here; or, distinctive enough to stand on its own, as a whole passage (a
     * paragraph moved, whose neighbours changed) or in another source (its page gone, the line quoted elsewhere). A
     * span inside a paragraph of its own page found without its context there is the same words in another
     * paragraph, perhaps the one it disagreed with.
     */
    private boolean placeable(AnnotationTarget t, String text, int start, int end, Passage where) {
        if (contextKept(t, text, start, end) >= MIN_CONTEXT_KEPT) {
            return true;
        }
        if (t.exact().length() < DISTINCTIVE_CHARS) {
            return false;
        }
        boolean wholePassage = where != null && (end - start) >= WHOLE_PASSAGE_SHARE * where.text().length();
        boolean sameSource = where != null && where.sourceId().equals(t.sourceId());
        return wholePassage || !sameSource;
    }

    /** How many characters of the old prefix end right before the match, and of the old suffix start after it. */
    private static int contextKept(AnnotationTarget target, String text, int start, int end) {
        int kept = 0;
        String prefix = target.prefix() == null ? "" : target.prefix();
        while (kept < prefix.length() && start - kept - 1 >= 0
                && text.charAt(start - kept - 1) == prefix.charAt(prefix.length() - kept - 1)) {
            kept++;
        }
        String suffix = target.suffix() == null ? "" : target.suffix();
        int after = 0;
        while (after < suffix.length() && end + after < text.length()
                && text.charAt(end + after) == suffix.charAt(after)) {
            after++;
        }
        return kept + after;
    }

    /** One span looked for fuzzily, and its best match so far. */
    private final class FuzzySearch {
        final int index;
        final AnnotationTarget target;
        final String exact;
        final int maxEdits;
        final List<String> words;
        FuzzyMatcher.Match best;
        int bestCost;
        Source bestSource;
        boolean bestInOldSource;

        FuzzySearch(int index, AnnotationTarget target) {
            this.index = index;
            this.target = target;
            this.exact = target.exact();
            this.maxEdits = Math.max(1, (int) Math.floor(exact.length() * MAX_EDIT_RATIO));
            Set<String> distinct = new HashSet<>();
            SpanWords.forEach(exact, distinct::add);
            this.words = List.copyOf(distinct);
        }

        int shortestPassage() {
            return exact.length() - maxEdits;
        }

        boolean overlapsEnough(int sharedWords) {
            return words.isEmpty() || (double) sharedWords / words.size() >= MIN_WORD_OVERLAP;
        }

        /**
         * The lowest cost wins: the edits, less one for every four characters of the old context found around the
         * match (a heading reworded where it stood beats a like heading elsewhere that is an edit closer); between
         * equals the old source's match, then the first in the corpus's order (as when the old source was searched
         * first and then the others in order).
         */
        void consider(Source s, Passage p) {
            Optional<FuzzyMatcher.Match> m = FuzzyMatcher.find(exact, p.text(), maxEdits);
            if (m.isEmpty()) {
                return;
            }
            boolean inOld = s.id().equals(target.sourceId());
            int start = p.start() + m.get().start();
            int end = p.start() + m.get().end();
            if (!placeable(target, s.text(), start, end, p)) {
                return;
            }
            int cost = m.get().distance() * CONTEXT_CHARS_PER_EDIT - contextKept(target, s.text(), start, end);
            if (best == null || cost < bestCost || (cost == bestCost && inOld && !bestInOldSource)) {
                best = new FuzzyMatcher.Match(start, end, m.get().distance());
                bestCost = cost;
                bestSource = s;
                bestInOldSource = inOld;
            }
        }

        Optional<AnnotationTarget> placed() {
            if (best == null || best.end() <= best.start()) {
                return Optional.empty();
            }
            return Optional.of(at(target, bestSource, new TextAnchor.Span(best.start(), best.end())));
        }
    }

    /**
     * Every passage read once for all the spans: its words counted against each span's (through a table from word to
     * the spans that have it), and the matcher run for each span whose words it shares enough of.
     */
    private final class FuzzyPass {
        private final List<FuzzySearch> searches;
        private final Map<String, Integer> wordIds = new HashMap<>();
        /** By word id: the searches (their places in {@link #searches}) whose span has the word. */
        private final int[][] havingWord;
        private final List<FuzzySearch> withoutWords = new ArrayList<>();
        /** By word id, and by search: the passage number they were last counted for, so each counts once. */
        private final int[] wordCountedIn;
        private final int[] searchCountedIn;
        /** By search: the words of its span the passage has; the searches it has any of, listed first to last. */
        private final int[] shared;
        private final int[] touched;
        private int touchedCount;
        private int passageNumber;
        private int shortest = Integer.MAX_VALUE;

        FuzzyPass(List<FuzzySearch> searches) {
            this.searches = searches;
            List<List<Integer>> having = new ArrayList<>();
            for (int i = 0; i < searches.size(); i++) {
                FuzzySearch f = searches.get(i);
                shortest = Math.min(shortest, f.shortestPassage());
                if (f.words.isEmpty()) {
                    withoutWords.add(f);
                }
                for (String w : f.words) {
                    int id = wordIds.computeIfAbsent(w, k -> {
                        having.add(new ArrayList<>());
                        return having.size() - 1;
                    });
                    having.get(id).add(i);
                }
            }
            havingWord = having.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
            wordCountedIn = new int[havingWord.length];
            searchCountedIn = new int[searches.size()];
            shared = new int[searches.size()];
            touched = new int[searches.size()];
        }

        void run() {
            for (Source s : corpus.sources()) {
                for (Passage p : corpus.passagesOf(s.id())) {
                    if (p.text().length() >= shortest) {
                        read(s, p);
                    }
                }
            }
        }

        private void read(Source s, Passage p) {
            passageNumber++;
            touchedCount = 0;
            SpanWords.forEach(p.text(), word -> {
                Integer id = wordIds.get(word);
                if (id != null && wordCountedIn[id] != passageNumber) {
                    wordCountedIn[id] = passageNumber;
                    for (int search : havingWord[id]) {
                        if (searchCountedIn[search] != passageNumber) {
                            searchCountedIn[search] = passageNumber;
                            shared[search] = 0;
                            touched[touchedCount++] = search;
                        }
                        shared[search]++;
                    }
                }
            });
            int length = p.text().length();
            for (int i = 0; i < touchedCount; i++) {
                FuzzySearch f = searches.get(touched[i]);
                if (length >= f.shortestPassage() && f.overlapsEnough(shared[touched[i]])) {
                    f.consider(s, p);
                }
            }
            for (FuzzySearch f : withoutWords) {
                if (length >= f.shortestPassage()) {
                    f.consider(s, p);
                }
            }
        }
    }
}
