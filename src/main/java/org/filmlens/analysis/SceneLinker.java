package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.Scene;
import org.filmlens.corpus.SceneLink;
import org.filmlens.corpus.Source;

/**
 * Lays the corpus along the film's scenes: the given outline, or a coarse one derived from narrative cues when the
 * outline is empty. A passage links to the scene it fits best (and a close second), a quote to the scene of its
 * lines' context on quotes pages; "[ first lines ]" and "[ last lines ]" markers pin lines to the first and last
 * scene. A scene's characters are the speakers of its quotes and those whose mentions are about it (see
 * {@link MentionPlacer}); a passage that spans scenes is linked to each scene one of its mentions is about.
 */
public final class SceneLinker {
    /** Below this a fit is noise: shared common words only. */
    static final double THRESHOLD = 0.22;
    /** A second scene is kept when it fits almost as well as the best. */
    private static final double SECOND_RATIO = 0.85;
    /** Neighbouring dialogue lines are usually one exchange of one scene: their fits spill over. */
    private static final double[] NEIGHBOUR_WEIGHTS = {0.5, 0.25};
    /** Speaking a line in a scene outweighs being talked about in it. */
    private static final double SPEAKS = 2.0;
    private static final Pattern MARKER = Pattern.compile("^\\[\\s*(first|last) lines?\\s*\\]$", Pattern.CASE_INSENSITIVE);

    public List<Scene> link(Corpus corpus, List<Quote> quotes, List<FilmCharacter> cast, List<SceneOutline> outline) {
        // tokenized once for the outline, the idf and the fits; where each term is, for the sentences of passages
        // whose mentions are placed sentence by sentence
        List<Passage> all = corpus.passages();
        Map<String, Integer> indexOf = new HashMap<>(all.size() * 4 / 3 + 1);
        for (int k = 0; k < all.size(); k++) {
            indexOf.put(all.get(k).id(), k);
        }
        MentionPlacer.Mentions mentions = new MentionPlacer.Mentions(cast, indexOf, all.size());
        PassageTerms terms = new PassageTerms(corpus,
                i -> all.get(i).kind() != PassageKind.DIALOGUE && mentions.in(i));
        List<SceneOutline> scenes = outline.isEmpty() ? new CoarseOutline().derive(corpus, terms) : outline;
        if (scenes.isEmpty() || corpus.passages().isEmpty()) {
            return scenes.stream().map(s -> new Scene(s.id(), scenes.indexOf(s) + 1, s.title(), List.of(), List.of(),
                    List.of())).toList();
        }
        SceneMatcher matcher = new SceneMatcher(terms, scenes);
        List<Passage> passages = corpus.passages();
        // fits and reasons by the passage's place in the corpus (null: none), not in maps by id
        double[][] scores = new double[passages.size()][];
        String[][] reasons = new String[passages.size()][];
        // The reasons kept are few words said again and again (at 100 MB 674 k reasons, 92 k distinct): each
        // distinct one is kept once, not once per passage, while the scene stage holds them all.
        Map<String, String> sameReason = new ConcurrentHashMap<>();
        // Each passage's fits on all cores (the matcher and the terms are only read); kept in corpus order.
        List<Fit> passageFits = InOrder.map(passages.size(), k -> {
            Passage p = passages.get(k);
            if (p.kind() == PassageKind.HEADING || isMarker(p.text())) {
                return null; // a heading names a topic and a marker is furniture: neither tells what happens
            }
            // A speaker's name says who talks, not what happens; only the spoken words are compared.
            int spoken = terms.spokenStart(k);
            SceneMatcher.SceneFits fits = spoken == 0 ? matcher.fitsOfPassage(k, p.text())
                    : matcher.fitsOfSpoken(k, p.text().substring(spoken));
            double[] s = fits.scores();
            return new Fit(s, neededReasons(p, fits, s, sameReason));
        });
        for (int k = 0; k < passages.size(); k++) {
            Fit f = passageFits.get(k);
            if (f != null) {
                scores[k] = f.scores();
                reasons[k] = f.reasons();
            }
        }
        List<int[]> bySource = passagesBySource(corpus);
        double[][] smoothed = smoothDialogue(passages, bySource, scores, reasons);
        pinMarkedLines(passages, bySource, smoothed, reasons, scenes.size());

        List<List<SceneLink>> passageLinks = emptyLists(scenes.size());
        MentionPlacer placer = new MentionPlacer(matcher, terms, mentions);
        List<Map<String, Double>> present = new ArrayList<>();
        scenes.forEach(x -> present.add(new LinkedHashMap<>()));
        // Where each passage's mentions belong, on all cores (the placer only reads); linked in corpus order.
        List<Placed> placed = InOrder.map(passages.size(), k -> {
            Passage p = passages.get(k);
            double[] s = smoothed[k];
            if (s == null) {
                return null;
            }
            List<Integer> linked = best(s);
            int top = linked.isEmpty() ? -1 : linked.get(0);
            double topScore = linked.isEmpty() ? max(s) : s[top];
            String topReason = top < 0 ? "" : reasons[k][top];
            return new Placed(linked, placer.place(p, k, top, topScore, topReason));
        });
        for (int k = 0; k < passages.size(); k++) {
            Passage p = passages.get(k);
            double[] s = smoothed[k];
            Placed here = placed.get(k);
            if (here == null) {
                continue;
            }
            List<Integer> linked = here.linked();
            for (int i : linked) {
                passageLinks.get(i).add(new SceneLink(p.id(), confidence(s[i]), reasons[k][i]));
            }
            java.util.Set<Integer> extra = new java.util.HashSet<>();
            for (MentionPlacer.Placement m : here.placements()) {
                present.get(m.scene()).merge(m.character(), confidence(m.score()), Double::sum);
                if (!linked.contains(m.scene()) && extra.add(m.scene())) {
                    // the passage spans scenes: one of its sentences is about this one
                    passageLinks.get(m.scene()).add(new SceneLink(p.id(), confidence(m.score()), m.reason()));
                }
            }
        }
        List<List<SceneLink>> quoteLinks = emptyLists(scenes.size());
        for (Quote q : quotes) {
            double[] s = new double[scenes.size()];
            int[] from = new int[scenes.size()]; // the passage quoting it that fits the scene best
            for (QuoteOccurrence o : q.occurrences()) {
                Integer at = indexOf.get(o.passageId());
                double[] ps = at == null ? null : smoothed[at];
                if (ps == null) {
                    continue;
                }
                for (int i = 0; i < s.length; i++) {
                    if (ps[i] > s[i]) {
                        s[i] = ps[i];
                        from[i] = at;
                    }
                }
            }
            for (int i : best(s)) {
                String reason = "quoted in " + titleOf(corpus, passages.get(from[i])) + ": " + reasons[from[i]][i];
                quoteLinks.get(i).add(new SceneLink(q.id(), confidence(s[i]), reason));
            }
        }
        Map<String, String> speakerOf = new HashMap<>();
        cast.forEach(c -> c.quoteIds().forEach(q -> speakerOf.put(q, c.name())));
        List<Scene> out = new ArrayList<>();
        for (int i = 0; i < scenes.size(); i++) {
            List<SceneLink> ps = sorted(passageLinks.get(i));
            List<SceneLink> qs = sorted(quoteLinks.get(i));
            out.add(new Scene(scenes.get(i).id(), i + 1, scenes.get(i).title(), whoIsIn(present.get(i), qs, speakerOf),
                    ps, qs));
        }
        return out;
    }

    /** A passage's best scenes and where its mentions were placed, worked out together on all cores. */
    private record Placed(List<Integer> linked, List<MentionPlacer.Placement> placements) {
    }

    /** A passage's fit to each scene, and the reasons a link can show. */
    private record Fit(double[] scores, String[] reasons) {}

    /** The source a reader knows a passage by: its title in quotes, or its id where it has none. */
    static String titleOf(Corpus corpus, Passage p) {
        return corpus.source(p.sourceId()).map(Source::title).filter(t -> !t.isBlank())
                .map(t -> "“" + t.strip() + "”").orElse(p.sourceId());
    }

    /**
     * The reasons a link can show: where the passage fits a scene at least at the threshold, and every non-empty one
     * of a dialogue line too weak to place itself (its neighbours may lift any scene over it, see
     * {@link #smoothDialogue}). The rest, null, are never read; building them all was a good part of the stage.
     */
    private static String[] neededReasons(Passage p, SceneMatcher.SceneFits fits, double[] s,
                                          Map<String, String> sameReason) {
        boolean weakLine = p.kind() == PassageKind.DIALOGUE && max(s) < THRESHOLD;
        String[] r = new String[s.length];
        for (int i = 0; i < s.length; i++) {
            if (weakLine) {
                r[i] = fits.hasReason(i) ? once(fits.reason(i), sameReason) : "";
            } else if (s[i] >= THRESHOLD) {
                r[i] = once(fits.reason(i), sameReason);
            }
        }
        return r;
    }

    /** The String kept for every reason that reads like this one (the first met). */
    static String once(String reason, Map<String, String> kept) {
        String known = kept.putIfAbsent(reason, reason);
        return known != null ? known : reason;
    }

    /**
     * The places in the corpus of each source's passages, in the order of the corpus's sources (the order of
     * {@link Corpus#passagesOf}); passages of a source the corpus does not list are left out, as there.
     */
    private static List<int[]> passagesBySource(Corpus corpus) {
        List<Passage> passages = corpus.passages();
        Map<String, Places> places = new HashMap<>();
        String source = null;
        Places ofSource = null;
        for (int k = 0; k < passages.size(); k++) {
            String next = passages.get(k).sourceId();
            if (!next.equals(source)) { // a source's passages mostly come together: one look-up per run of them
                source = next;
                ofSource = places.computeIfAbsent(source, x -> new Places());
            }
            ofSource.add(k);
        }
        List<int[]> out = new ArrayList<>(corpus.sources().size());
        for (var src : corpus.sources()) {
            Places p = places.get(src.id());
            out.add(p == null ? new int[0] : Arrays.copyOf(p.at, p.count));
        }
        return out;
    }

    /** A growing list of places in the corpus. */
    private static final class Places {
        int[] at = new int[8];
        int count;

        void add(int place) {
            if (count == at.length) {
                at = Arrays.copyOf(at, count * 2);
            }
            at[count++] = place;
        }
    }

    /** Adds to each dialogue line a share of its neighbours' fits (same source, dialogue only). */
    private static double[][] smoothDialogue(List<Passage> passages, List<int[]> bySource, double[][] scores,
                                             String[][] reasons) {
        double[][] out = scores.clone();
        for (int[] ps : bySource) {
            for (int k = 0; k < ps.length; k++) {
                Passage p = passages.get(ps[k]);
                double[] own = scores[ps[k]];
                if (p.kind() != PassageKind.DIALOGUE || own == null) {
                    continue;
                }
                if (max(own) >= THRESHOLD) {
                    continue; // a line that places itself keeps its own scene
                }
                double[] s = own.clone();
                String[] r = reasons[ps[k]].clone();
                for (int d = 1; d <= NEIGHBOUR_WEIGHTS.length; d++) {
                    for (int j : new int[] {k - d, k + d}) {
                        if (j < 0 || j >= ps.length) {
                            continue;
                        }
                        Passage neighbour = passages.get(ps[j]);
                        if (neighbour.kind() != PassageKind.DIALOGUE || isMarker(neighbour.text())) {
                            continue;
                        }
                        double[] n = scores[ps[j]];
                        for (int i = 0; i < s.length; i++) {
                            double add = NEIGHBOUR_WEIGHTS[d - 1] * n[i];
                            if (add > 0 && r[i].isEmpty()) {
                                r[i] = "context: " + neighbour.id();
                            }
                            s[i] += add;
                        }
                    }
                }
                out[ps[k]] = s;
                reasons[ps[k]] = r;
            }
        }
        return out;
    }

    /**
     * The lines right after "[ first lines ]" / "[ last lines ]" (one speaker's run) belong to the first or last
     * third of the film: to the scene there they fit best, or to the very first or last scene when none fits.
     */
    private static void pinMarkedLines(List<Passage> passages, List<int[]> bySource, double[][] scores,
                                       String[][] reasons, int sceneCount) {
        for (int[] ps : bySource) {
            for (int k = 0; k < ps.length; k++) {
                String text = passages.get(ps[k]).text();
                if (text.indexOf('[') < 0) {
                    continue; // no marker: the regex need not run
                }
                var m = MARKER.matcher(text.trim());
                if (!m.matches()) {
                    continue;
                }
                boolean first = m.group(1).toLowerCase(Locale.ROOT).equals("first");
                int span = Math.max(1, (int) Math.ceil(sceneCount / 3.0));
                int from = first ? 0 : sceneCount - span;
                int to = first ? span : sceneCount;
                String speaker = null;
                for (int j = k + 1; j < ps.length && j <= k + 3; j++) {
                    Passage line = passages.get(ps[j]);
                    String who = SpeakerLabels.labelOf(line.text());
                    if (line.kind() != PassageKind.DIALOGUE || who == null || speaker != null && !speaker.equals(who)) {
                        break;
                    }
                    speaker = who;
                    double[] s = scores[ps[j]];
                    String[] r = reasons[ps[j]];
                    if (s != null) {
                        int best = -1;
                        for (int i = from; i < to; i++) {
                            if (s[i] >= THRESHOLD && (best < 0 || s[i] > s[best])) {
                                best = i;
                            }
                        }
                        int scene = best >= 0 ? best : first ? 0 : sceneCount - 1;
                        Arrays.fill(s, 0);
                        s[scene] = 1.0;
                        r[scene] = "marker: " + m.group(1).toLowerCase(Locale.ROOT) + " lines";
                    }
                }
            }
        }
    }

    /** Whether the text is a "[ first lines ]" / "[ last lines ]" marker (the regex runs only where a '[' is). */
    private static boolean isMarker(String text) {
        return text.indexOf('[') >= 0 && MARKER.matcher(text.trim()).matches();
    }

    /** The highest score, 0 for none: what {@code Arrays.stream(s).max().orElse(0)} gives, without a stream. */
    private static double max(double[] s) {
        if (s.length == 0) {
            return 0;
        }
        double m = s[0];
        for (int i = 1; i < s.length; i++) {
            m = Math.max(m, s[i]);
        }
        return m;
    }

    /** The best scene above the threshold, and the runner-up when it is nearly as good. */
    private static List<Integer> best(double[] s) {
        int first = -1;
        int second = -1;
        for (int i = 0; i < s.length; i++) {
            if (first < 0 || s[i] > s[first]) {
                second = first;
                first = i;
            } else if (second < 0 || s[i] > s[second]) {
                second = i;
            }
        }
        List<Integer> out = new ArrayList<>();
        if (first >= 0 && s[first] >= THRESHOLD) {
            out.add(first);
            if (second >= 0 && s[second] >= THRESHOLD && s[second] >= SECOND_RATIO * s[first]) {
                out.add(second);
            }
        }
        return out;
    }

    /** Maps a fit onto 0..1: the threshold is a weak link, twice the threshold and more a sure one. */
    private static double confidence(double score) {
        double c = 0.3 + 0.7 * (score - THRESHOLD) / THRESHOLD;
        return Math.round(Math.max(0.3, Math.min(1.0, c)) * 100) / 100.0;
    }

    private static List<SceneLink> sorted(List<SceneLink> links) {
        List<SceneLink> out = new ArrayList<>(links);
        out.sort(Comparator.comparingDouble(SceneLink::confidence).reversed());
        return List.copyOf(out);
    }

    private static List<List<SceneLink>> emptyLists(int n) {
        List<List<SceneLink>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        return out;
    }

    /**
     * Who is in a scene: the speakers of its lines, and the characters whose mentions are about it; those who speak
     * there first, then by how much is said about them there.
     */
    private static List<String> whoIsIn(Map<String, Double> mentioned, List<SceneLink> quotes,
                                        Map<String, String> speakerOf) {
        Map<String, Double> weight = new LinkedHashMap<>(mentioned);
        for (SceneLink q : quotes) {
            String who = speakerOf.get(q.targetId());
            if (who != null) {
                weight.merge(who, SPEAKS + q.confidence(), Double::sum);
            }
        }
        return weight.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }
}
