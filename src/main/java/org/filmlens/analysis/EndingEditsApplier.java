package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.EndingAnswer;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Stance;

/**
 * Applies the user's edits to freshly derived questions: added questions, merges, new wordings, stance overrides and
 * the user's order. Edits name questions by id; an id a question was known by before (an alias) still finds it, and
 * an edit whose question no longer exists is skipped, not an error, so that re-ingest never fails on old edits.
 */
final class EndingEditsApplier {
    private final Corpus corpus;
    private final AnswerAssembler assembler;

    /** {@code assembler}: assembles the answers of merged questions again (their stances read over both). */
    EndingEditsApplier(Corpus corpus, AnswerAssembler assembler) {
        this.corpus = corpus;
        this.assembler = assembler;
    }

    List<EndingQuestion> apply(List<EndingQuestion> questions, List<DerivedQuestion> derived, EndingEdits edits) {
        Map<String, String> aliasToId = new HashMap<>();
        for (DerivedQuestion d : derived) {
            d.aliases().forEach(a -> aliasToId.putIfAbsent(a, d.id()));
            aliasToId.put(d.id(), d.id());
        }
        Map<String, EndingQuestion> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        for (EndingEdits.AddedQuestion a : nullSafe(edits.added())) {
            if (a != null && a.id() != null && !byId.containsKey(a.id())) {
                byId.put(a.id(), new EndingQuestion(a.id(), a.question(), List.of()));
                aliasToId.put(a.id(), a.id());
            }
        }
        merge(byId, aliasToId, edits);
        rename(byId, aliasToId, edits);
        overrideStances(byId, aliasToId, edits);
        return order(byId, aliasToId, edits);
    }

    private void merge(Map<String, EndingQuestion> byId, Map<String, String> aliasToId, EndingEdits edits) {
        for (List<String> pair : nullSafe(edits.merged())) {
            if (pair == null || pair.size() != 2) {
                continue;
            }
            String from = resolve(aliasToId, pair.get(0));
            String into = resolve(aliasToId, pair.get(1));
            if (from == null || into == null || from.equals(into) || !byId.containsKey(from)
                    || !byId.containsKey(into)) {
                continue;
            }
            EndingQuestion a = byId.remove(from);
            EndingQuestion b = byId.get(into);
            // the merged question's ids join the aliases: notes and scripts naming it find where it went
            Set<String> aliases = new TreeSet<>(b.aliases());
            aliases.add(a.id());
            aliases.addAll(a.aliases());
            aliases.remove(b.id());
            byId.put(into, new EndingQuestion(b.id(), b.question(), union(b.answers(), a.answers()), List.of(),
                    List.copyOf(aliases)));
            // later edits naming the merged question reach the one it went into
            aliasToId.replaceAll((k, v) -> v.equals(from) ? into : v);
        }
    }

    /**
     * Per source, the passages of both answers; the main passage stays the one the question merged into chose (the
     * other answer's main when the source was silent there), and the stance is read again over all of them.
     */
    private List<EndingAnswer> union(List<EndingAnswer> first, List<EndingAnswer> second) {
        Map<String, Set<String>> bySource = new LinkedHashMap<>();
        for (List<EndingAnswer> list : List.of(first, second)) {
            for (EndingAnswer a : list) {
                bySource.computeIfAbsent(a.sourceId(), k -> new LinkedHashSet<>()).addAll(a.passageIds());
            }
        }
        List<EndingAnswer> out = new ArrayList<>();
        for (var source : corpus.sources()) {
            Set<String> ids = bySource.remove(source.id());
            if (ids != null) {
                out.add(answer(source.id(), ids));
            }
        }
        bySource.forEach((s, ids) -> out.add(answer(s, ids)));
        return out;
    }

    /** The first id (the main passage of the first answer) stays first; the rest go in source order. */
    private EndingAnswer answer(String sourceId, Set<String> mainFirst) {
        String main = mainFirst.iterator().next();
        List<String> ids = new ArrayList<>();
        ids.add(main);
        mainFirst.stream().filter(id -> !id.equals(main))
                .sorted(Comparator.comparingInt(id -> corpus.passage(id).map(Passage::ordinal).orElse(0)))
                .forEach(ids::add);
        return assembler.assemble(sourceId, ids);
    }

    private static void rename(Map<String, EndingQuestion> byId, Map<String, String> aliasToId, EndingEdits edits) {
        if (edits.renamed() == null) {
            return;
        }
        edits.renamed().forEach((id, wording) -> {
            String target = resolve(aliasToId, id);
            EndingQuestion q = target == null ? null : byId.get(target);
            if (q != null && wording != null && !wording.isBlank()) {
                byId.put(target, q.withWording(wording.strip()));
            }
        });
    }

    private static void overrideStances(Map<String, EndingQuestion> byId, Map<String, String> aliasToId,
                                        EndingEdits edits) {
        if (edits.stances() == null) {
            return;
        }
        edits.stances().forEach((key, label) -> {
            int bar = key == null ? -1 : key.lastIndexOf('|');
            Stance stance = Stance.fromLabel(label);
            if (bar < 0 || stance == null) {
                return;
            }
            String target = resolve(aliasToId, key.substring(0, bar));
            String sourceId = key.substring(bar + 1);
            EndingQuestion q = target == null ? null : byId.get(target);
            if (q == null) {
                return;
            }
            List<EndingAnswer> answers = q.answers().stream()
                    .map(a -> a.sourceId().equals(sourceId)
                            ? new EndingAnswer(a.sourceId(), a.passageIds(), a.text(), stance, null) : a)
                    .toList();
            byId.put(target, q.withAnswers(answers));
        });
    }

    private static List<EndingQuestion> order(Map<String, EndingQuestion> byId, Map<String, String> aliasToId,
                                              EndingEdits edits) {
        List<EndingQuestion> out = new ArrayList<>();
        for (String id : nullSafe(edits.order())) {
            EndingQuestion q = byId.remove(resolve(aliasToId, id));
            if (q != null) {
                out.add(q);
            }
        }
        out.addAll(byId.values());
        return out;
    }

    private static String resolve(Map<String, String> aliasToId, String id) {
        return id == null ? null : aliasToId.getOrDefault(id, id);
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
