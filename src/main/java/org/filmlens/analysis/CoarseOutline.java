package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;

/**
 * A coarse outline for a film without a scene list: opening, middle and ending always, a set-up and a third act when
 * sources mention them. Each part's keywords are the words most particular to the sentences that carry its cues
 * ("as the film opens, he …"), so that passages without a cue can still find their part by what they describe.
 */
public final class CoarseOutline {
    private record Part(String id, String title, double position, boolean always) {}

    private static final List<Part> PARTS = List.of(
            new Part("opening", "Opening", 0.0, true),
            new Part("setup", "Set-up", 0.2, false),
            new Part("middle", "Middle", 0.5, true),
            new Part("third-act", "Third act", 0.8, false),
            new Part("ending", "Ending", 1.0, true));
    private static final int KEYWORDS = 8;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}’'-]*|\\d[\\d,]*\\d");

    public List<SceneOutline> derive(Corpus corpus) {
        return derive(corpus, new PassageTerms(corpus));
    }

    /** The outline from terms and cues already found for the corpus (the scene stage reads them again). */
    List<SceneOutline> derive(Corpus corpus, PassageTerms terms) {
        Map<Double, StringBuilder> cueText = new LinkedHashMap<>();
        Map<Double, Set<String>> cuePhrases = new HashMap<>();
        List<Passage> passages = corpus.passages();
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            if (p.kind() == PassageKind.HEADING) {
                continue;
            }
            for (NarrativeCues.Cue c : terms.cues(i)) {
                cueText.computeIfAbsent(c.position(), k -> new StringBuilder())
                        .append(p.text(), c.sentenceStart(), c.sentenceEnd()).append('\n');
                cuePhrases.computeIfAbsent(c.position(), k -> new LinkedHashSet<>()).add(c.phrase());
            }
        }
        int docs = Math.max(1, corpus.passages().size());
        List<SceneOutline> out = new ArrayList<>();
        for (Part part : PARTS) {
            StringBuilder text = cueText.get(part.position());
            if (text == null && !part.always()) {
                continue;
            }
            List<String> keywords = new ArrayList<>(cuePhrases.getOrDefault(part.position(), Set.of()));
            String summary = "Derived from what sources say happens "
                    + (part.position() == 0 ? "at the start" : part.position() == 1 ? "at the end"
                    : "around " + Math.round(part.position() * 100) + "% of the way through")
                    + (text == null ? " (no source places anything here)." : ".");
            if (text != null) {
                keywords.addAll(distinctiveWords(text.toString(), terms, docs));
            }
            out.add(new SceneOutline(part.id(), part.title(), summary, keywords));
        }
        return out;
    }

    /** The words of the cue sentences that are frequent there and rare in the corpus, as written. */
    private static List<String> distinctiveWords(String text, PassageTerms df, int docs) {
        Map<String, Integer> tf = Terms.counts(text);
        Map<String, String> surface = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            List<String> t = Terms.of(m.group());
            if (t.size() == 1) {
                surface.putIfAbsent(t.get(0), m.group().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return tf.entrySet().stream()
                .filter(e -> surface.containsKey(e.getKey()))
                .sorted((a, b) -> Double.compare(weight(b, df, docs), weight(a, df, docs)))
                .limit(KEYWORDS).map(e -> surface.get(e.getKey())).toList();
    }

    private static double weight(Map.Entry<String, Integer> e, PassageTerms df, int docs) {
        return e.getValue() * Math.log((docs + 1.0) / (df.df(e.getKey()) + 0.5));
    }
}
