package org.filmlens.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Source;

/**
 * The film a pile of pages is about, read from their titles when nobody said (no film.json): the longest run of
 * words that the titles of many pages from more than one site share, less the words every page about any film
 * uses ("Ending Explained", "Review", "Quotes"). "Last Call at the Blue Heron Ending Explained", "Review: ‘Last Call
 * at the Blue Heron’ bowls a strike" and "Last Call at the Blue Heron (1996) quotes" are about Last Call at the Blue
 * Heron, of 1996.
 */
public final class FilmTitles {
    /** Words of titles about any film: a run made of these alone names no film. */
    private static final Set<String> GENERIC = Set.of("the", "a", "an", "of", "and", "or", "in", "on", "at", "to",
            "for", "with", "from", "by", "is", "was", "its", "it", "this", "that", "what", "why", "how", "who", "does",
            "did", "do", "ending", "endings", "end", "explained", "explanation", "meaning", "means", "mean", "review",
            "reviews", "quotes", "quote", "lines", "movie", "movies", "film", "films", "best", "memorable", "scene",
            "scenes", "final", "analysis", "essay", "plot", "summary", "cast", "characters", "script", "screen",
            "ranked", "every", "all", "you", "your", "our", "we", "about", "really", "finally", "look", "second");
    private static final int LONGEST_RUN = 8;
    /** A run names the film when this share of the titled pages has it, and at least two pages of two sites. */
    private static final double MIN_SHARE = 0.4;
    private static final double NEARLY_AS_COMMON = 0.8;

    private FilmTitles() {
    }

    /** The film the sources' titles name, or empty when they do not agree on one. */
    public static Optional<Film> guess(List<Source> sources) {
        List<List<String>> titles = new ArrayList<>();
        List<Source> titled = new ArrayList<>();
        for (Source s : sources) {
            if (s.title() != null && !s.title().isBlank()) {
                titles.add(words(s.title()));
                titled.add(s);
            }
        }
        if (titled.size() < 2) {
            return Optional.empty();
        }
        // a run is on a page only where each of its words is: runs of words too rare to qualify are never made (at
        // 9,000 pages, every run of every title would be most of a million)
        Map<String, Set<Integer>> pagesOfWord = new HashMap<>();
        for (int t = 0; t < titles.size(); t++) {
            for (String w : titles.get(t)) {
                pagesOfWord.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(t);
            }
        }
        int needed = Math.max(2, (int) Math.ceil(MIN_SHARE * titled.size()));
        Map<String, Set<Integer>> pagesOf = new LinkedHashMap<>();
        for (int t = 0; t < titles.size(); t++) {
            List<String> w = titles.get(t);
            for (int from = 0; from < w.size(); from++) {
                for (int to = from + 1; to <= Math.min(w.size(), from + LONGEST_RUN); to++) {
                    if (pagesOfWord.get(w.get(to - 1).toLowerCase(Locale.ROOT)).size() < needed) {
                        break; // no longer run from here qualifies either
                    }
                    pagesOf.computeIfAbsent(key(w.subList(from, to)), k -> new HashSet<>()).add(t);
                }
            }
        }
        Map<String, Integer> candidates = new LinkedHashMap<>();
        int most = 0;
        for (Map.Entry<String, Set<Integer>> e : pagesOf.entrySet()) {
            Set<Integer> pages = e.getValue();
            if (pages.size() >= needed && namesAFilm(e.getKey())
                    && sites(pages, titled) >= 2 && !isSiteName(e.getKey(), titled)) {
                candidates.put(e.getKey(), pages.size());
                most = Math.max(most, pages.size());
            }
        }
        // the longest of the runs nearly as common as the most common: "Last Call at the Blue Heron" over "Blue
        // Heron" where a page or two says the short form, and over a scene's name two explainers share
        String best = null;
        int bestWords = 0;
        int bestPages = 0;
        for (Map.Entry<String, Integer> e : candidates.entrySet()) {
            int runWords = e.getKey().split(" ").length;
            if (e.getValue() >= NEARLY_AS_COMMON * most
                    && (runWords > bestWords || runWords == bestWords && e.getValue() > bestPages)) {
                best = e.getKey();
                bestWords = runWords;
                bestPages = e.getValue();
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String named = withArticle(best, titles);
        return Optional.of(new Film(asWritten(named, titles), year(named, titles), null));
    }

    /** "The Drowning Room" where most of the titles that name "Drowning Room" write "The" before it. */
    private static String withArticle(String run, List<List<String>> titles) {
        int n = run.split(" ").length;
        int named = 0;
        Map<String, Integer> before = new HashMap<>();
        for (List<String> w : titles) {
            for (int from = 0; from + n <= w.size(); from++) {
                if (key(w.subList(from, from + n)).equals(run)) {
                    named++;
                    if (from > 0) {
                        before.merge(w.get(from - 1).toLowerCase(Locale.ROOT), 1, Integer::sum);
                    }
                }
            }
        }
        for (String article : List.of("the", "a", "an")) {
            if (before.getOrDefault(article, 0) * 2 > named) {
                return article + " " + run;
            }
        }
        return run;
    }

    /** The title's words: letters, digits and apostrophes inside a word; everything else separates. */
    private static List<String> words(String title) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= title.length(); i++) {
            char c = i < title.length() ? title.charAt(i) : ' ';
            boolean inner = (c == '\'' || c == '\u2019') && w.length() > 0 && i + 1 < title.length()
                    && Character.isLetter(title.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || inner) {
                w.append(c);
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        return out;
    }

    private static String key(List<String> words) {
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }

    /** Not a year nor a number, and not only words of titles about any film. */
    private static boolean namesAFilm(String run) {
        boolean named = false;
        for (String w : run.split(" ")) {
            if (w.chars().allMatch(Character::isDigit)) {
                return false;
            }
            named |= !GENERIC.contains(w);
        }
        String[] w = run.split(" ");
        // "of Last Call", "Heron Ending": a run that starts or ends with a generic word has a better neighbour
        return named && !GENERIC.contains(w[w.length - 1]) && !GENERIC.contains(w[0]) || named && w.length == 1;
    }

    private static int sites(Set<Integer> pages, List<Source> titled) {
        Set<String> sites = new HashSet<>();
        for (int p : pages) {
            Source s = titled.get(p);
            sites.add(s.site() != null ? s.site().toLowerCase(Locale.ROOT) : "#" + p);
        }
        return sites.size();
    }

    private static boolean isSiteName(String run, List<Source> titled) {
        for (Source s : titled) {
            if (s.site() != null && key(words(s.site())).equals(run)) {
                return true;
            }
        }
        return false;
    }

    /** The run as the titles most often write it ("Last Call at the Blue Heron" over "Last Call At The Blue Heron"). */
    private static String asWritten(String run, List<List<String>> titles) {
        int n = run.split(" ").length;
        Map<String, Integer> forms = new LinkedHashMap<>();
        for (List<String> w : titles) {
            for (int from = 0; from + n <= w.size(); from++) {
                if (key(w.subList(from, from + n)).equals(run)) {
                    forms.merge(String.join(" ", w.subList(from, from + n)), 1, Integer::sum);
                }
            }
        }
        return forms.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(run);
    }

    /** The year the titles give right after the film's name ("Last Call at the Blue Heron (1996)"), or null. */
    private static Integer year(String run, List<List<String>> titles) {
        int n = run.split(" ").length;
        Map<Integer, Integer> years = new HashMap<>();
        for (List<String> w : titles) {
            for (int from = 0; from + n < w.size(); from++) {
                String next = w.get(from + n);
                if (key(w.subList(from, from + n)).equals(run) && next.length() == 4
                        && next.chars().allMatch(Character::isDigit)) {
                    int y = Integer.parseInt(next);
                    if (y >= 1888 && y <= 2100) {
                        years.merge(y, 1, Integer::sum);
                    }
                }
            }
        }
        return years.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
