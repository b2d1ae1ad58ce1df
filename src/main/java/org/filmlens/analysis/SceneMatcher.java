package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;

/**
 * Scores a text against each scene of an outline: TF-IDF cosine between the text and the scene's title, summary and
 * keywords (keywords count double), a bonus for each keyword phrase or number quoted exactly, and a bonus for a
 * narrative cue that points near the scene's place in the film.
 */
final class SceneMatcher {
    /** How well a text fits one scene, and why. */
    record Fit(double score, String reason) {}

    private static final double PHRASE_BONUS = 0.12;
    private static final double CUE_BONUS = 0.2;

    private final List<SceneOutline> scenes;
    private final Map<String, Double> idf = new HashMap<>();
    private final List<Map<String, Double>> profiles = new ArrayList<>();
    private final List<Double> norms = new ArrayList<>();
    private final List<List<String>> phrases = new ArrayList<>();
    private final double defaultIdf;

    SceneMatcher(Corpus corpus, List<SceneOutline> scenes) {
        this.scenes = scenes;
        Map<String, Integer> df = new HashMap<>();
        int n = 0;
        for (Passage p : corpus.passages()) {
            n++;
            for (String t : new LinkedHashSet<>(Terms.of(p.text()))) {
                df.merge(t, 1, Integer::sum);
            }
        }
        int docs = Math.max(1, n);
        df.forEach((t, c) -> idf.put(t, Math.log((docs + 1.0) / (c + 0.5))));
        defaultIdf = Math.log((docs + 1.0) / 0.5);
        for (SceneOutline s : scenes) {
            Map<String, Double> v = new HashMap<>();
            addTerms(v, s.title(), 1.0);
            addTerms(v, s.summary(), 1.0);
            List<String> ph = new ArrayList<>();
            for (String k : s.keywords() == null ? List.<String>of() : s.keywords()) {
                addTerms(v, k, 2.0);
                String norm = normalise(k);
                if (norm.contains(" ") || norm.matches(".*\\d.*")) {
                    ph.add(norm);
                }
            }
            v.replaceAll((t, w) -> w * idf(t));
            profiles.add(v);
            norms.add(Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum()));
            phrases.add(ph);
        }
    }

    private static void addTerms(Map<String, Double> v, String text, double weight) {
        if (text != null) {
            for (String t : Terms.of(text)) {
                v.merge(t, weight, (a, b) -> Math.min(a + b, 3.0));
            }
        }
    }

    private double idf(String term) {
        return idf.getOrDefault(term, defaultIdf);
    }

    /** Lower case, straight quotes, each run of whitespace one space; in one pass, as every fit needs it. */
    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean inSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') { // what \\s matches
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
                continue;
            }
            inSpace = false;
            out.append(c == '’' || c == '‘' ? '\'' : c == '“' || c == '”' ? '"' : c);
        }
        return out.toString().trim();
    }

    /** One fit per scene, in outline order. */
    List<Fit> fits(String text) {
        Map<String, Integer> counts = Terms.counts(text);
        Map<String, Double> v = new HashMap<>();
        counts.forEach((t, c) -> v.put(t, (1 + Math.log(c)) * idf(t)));
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        String plain = normalise(text);
        List<NarrativeCues.Cue> cues = NarrativeCues.in(text);
        // Cosine flatters a three-word line that shares one word; short texts must earn it with phrases or cues.
        int termCount = counts.values().stream().mapToInt(Integer::intValue).sum();
        double shortness = Math.min(1.0, Math.sqrt(termCount / 4.0));
        List<Fit> out = new ArrayList<>();
        for (int i = 0; i < scenes.size(); i++) {
            Map<String, Double> profile = profiles.get(i);
            double dot = 0;
            List<String> shared = new ArrayList<>();
            for (Map.Entry<String, Double> e : v.entrySet()) {
                Double w = profile.get(e.getKey());
                if (w != null) {
                    dot += w * e.getValue();
                    shared.add(e.getKey());
                }
            }
            double score = norm == 0 || norms.get(i) == 0 ? 0 : dot / (norm * norms.get(i)) * shortness;
            List<String> reasons = new ArrayList<>();
            if (!shared.isEmpty()) {
                shared.sort((a, b) -> Double.compare(profile.get(b) * v.get(b), profile.get(a) * v.get(a)));
                reasons.add("words: " + String.join(", ", shared.subList(0, Math.min(4, shared.size()))));
            }
            int found = 0;
            for (String ph : phrases.get(i)) {
                if (found < 3 && containsPhrase(plain, ph)) {
                    score += PHRASE_BONUS;
                    found++;
                    reasons.add("phrase: " + ph);
                }
            }
            double position = scenes.size() == 1 ? 0 : (double) i / (scenes.size() - 1);
            for (NarrativeCues.Cue c : cues) {
                double near = 1 - Math.abs(position - c.position()) * 4;
                if (near > 0) {
                    score += CUE_BONUS * near;
                    reasons.add("cue: " + c.phrase());
                    break;
                }
            }
            out.add(new Fit(score, String.join("; ", new LinkedHashSet<>(reasons))));
        }
        return out;
    }

    private static boolean containsPhrase(String text, String phrase) {
        int at = text.indexOf(phrase);
        while (at >= 0) {
            boolean left = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + phrase.length();
            boolean right = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (left && right) {
                return true;
            }
            at = text.indexOf(phrase, at + 1);
        }
        return false;
    }

    int size() {
        return scenes.size();
    }

}
