package org.filmlens.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;

/**
 * A hand-made stand-in for ingest and quotes in tests: splits the raw Her dump into its pages at known first lines,
 * one passage per line, and makes one quote per labelled line (plus prose occurrences of the same words).
 */
final class SampleCorpus {
    private static final Pattern LABELLED = Pattern.compile("^(\\p{Lu}[\\p{L}\\p{N} ]{0,30}?)\\s?:\\s+(\\S.*)$");
    private static final Pattern CURLY_QUOTE = Pattern.compile("“([^”]{20,400})”");

    record Page(String firstLine, String id, String title, String author, SourceKind kind) {}

    static final List<Page> HER_PAGES = List.of(
            new Page("Screen Rant", "screenrant", "Her ending explained", null, SourceKind.ARTICLE),
            new Page("Member-only story", "gointothestory", "Script To Screen: Her", "Scott Myers", SourceKind.ARTICLE),
            new Page("Text to speech", "imdb-quotes", "Her (2013) - Quotes", null, SourceKind.QUOTES),
            new Page("16 Memorable Quotes From Her (2013)", "ourculture", "16 Memorable Quotes From Her (2013)",
                    "Svetlana Sterlin", SourceKind.LISTING),
            new Page("Her, Ending Explained", "gamerant", "Her, Ending Explained", null, SourceKind.ARTICLE),
            new Page("Why Her Is the Best Film of the Year", "atlantic", "Why Her Is the Best Film of the Year", null,
                    SourceKind.ARTICLE),
            new Page("IMAGES", "search", "search results", null, SourceKind.OTHER));

    /** The invented second film; its trailing search listing is not a page (kind null: dropped). */
    static final List<Page> LANTERN_PAGES = List.of(
            new Page("Reel Current", "reelcurrent", "The Salt Lantern Ending Explained", null, SourceKind.ARTICLE),
            new Page("Medium", "drafttable", "Anatomy of a Scene", "Gideon Pell", SourceKind.ARTICLE),
            new Page("IMDb", "imdb", "The Salt Lantern (2019) - Quotes", null, SourceKind.QUOTES),
            new Page("Cinema Lattice", "lattice", "12 Memorable Quotes From The Salt Lantern (2019)",
                    "Rosalind Achterberg", SourceKind.LISTING),
            new Page("Frame Theory", "frametheory", "The Salt Lantern, Ending Explained", "Nadia Fairweather",
                    SourceKind.ARTICLE),
            new Page("Movies & TV Stack Exchange", "stack", "What does the final light mean?", "saltmarsh_owl",
                    SourceKind.QA),
            new Page("Lumen Weekly", "lumen", "The Salt Lantern Is a Ghost Story", null, SourceKind.ARTICLE),
            new Page("IMAGES", "listing", "listing", null, null));

    private static Corpus lantern;
    private static List<Quote> lanternQuotes;

    static synchronized Corpus lantern() {
        if (lantern == null) {
            lantern = split(read(Path.of("src/test/resources/dumps/lantern-2019/dump.txt")),
                    new Film("The Salt Lantern", 2019, "Ines Okafor"), LANTERN_PAGES);
        }
        return lantern;
    }

    static synchronized List<Quote> lanternQuotes() {
        if (lanternQuotes == null) {
            lanternQuotes = quotes(lantern());
        }
        return lanternQuotes;
    }

    private static Corpus her;
    private static List<Quote> herQuotes;

    static synchronized Corpus her() {
        if (her == null) {
            her = split(read(Path.of("samples/her-2013/her-2013-web-pages.txt")), new Film("Her", 2013, "Spike Jonze"),
                    HER_PAGES);
        }
        return her;
    }

    static synchronized List<Quote> herQuotes() {
        if (herQuotes == null) {
            herQuotes = quotes(her());
        }
        return herQuotes;
    }

    /** The scene list shipped beside a sample: {"formatVersion":1,"scenes":[…]}. */
    static List<SceneOutline> outline(Path file) {
        try {
            var tree = org.filmlens.storage.VersionedJson.mapper().readTree(file.toFile());
            List<SceneOutline> out = new ArrayList<>();
            for (var n : tree.get("scenes")) {
                List<String> keywords = new ArrayList<>();
                n.get("keywords").forEach(k -> keywords.add(k.asText()));
                out.add(new SceneOutline(n.get("id").asText(), n.get("title").asText(), n.get("summary").asText(),
                        keywords));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SceneOutline> herOutline() {
        return outline(Path.of("samples/her-2013/scenes.json"));
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Corpus split(String raw, Film film, List<Page> pages) {
        String[] lines = raw.split("\n", -1);
        List<Source> sources = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        int pageIndex = -1;
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        List<PassageKind> kinds = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : null;
            int next = pageIndex + 1;
            boolean newPage = line != null && next < pages.size() && line.trim().equals(pages.get(next).firstLine());
            if (line == null || newPage) {
                if (pageIndex >= 0 && pages.get(pageIndex).kind() != null) {
                    Page pg = pages.get(pageIndex);
                    String t = text.toString();
                    sources.add(new Source(pg.id(), pg.title(), null, pg.author(), null, pg.kind(), t));
                    for (int k = 0; k < spans.size(); k++) {
                        int[] s = spans.get(k);
                        passages.add(new Passage(pg.id() + "-p" + k, pg.id(), k, kinds.get(k), null, s[0], s[1],
                                t.substring(s[0], s[1])));
                    }
                }
                if (line == null) {
                    break;
                }
                pageIndex = next;
                text.setLength(0);
                spans.clear();
                kinds.clear();
            }
            if (pageIndex < 0) {
                continue;
            }
            int lineStart = text.length();
            text.append(line).append('\n');
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            boolean bullet = trimmed.startsWith("•");
            String body = bullet ? trimmed.substring(1).strip() : trimmed;
            int start = lineStart + line.indexOf(body);
            PassageKind kind;
            if (bullet) {
                kind = body.matches("^\\p{Lu}[\\p{L}\\p{N} ]{0,30} : .*") || body.startsWith("[")
                        ? PassageKind.DIALOGUE : PassageKind.BULLET;
            } else if (body.length() < 90 && !body.endsWith(".") && !body.endsWith("”")) {
                kind = PassageKind.HEADING;
            } else {
                kind = PassageKind.PARAGRAPH;
            }
            spans.add(new int[] {start, start + body.length()});
            kinds.add(kind);
        }
        return new Corpus(film, sources, passages);
    }

    /** One quote per distinct labelled line; prose that quotes the same words in curly quotes adds occurrences. */
    static List<Quote> quotes(Corpus corpus) {
        Map<String, List<QuoteOccurrence>> occ = new LinkedHashMap<>();
        Map<String, String> speaker = new LinkedHashMap<>();
        for (Passage p : corpus.passages()) {
            if (p.kind() != PassageKind.DIALOGUE && p.kind() != PassageKind.BULLET) {
                continue;
            }
            Matcher m = LABELLED.matcher(p.text());
            if (!m.matches()) {
                continue;
            }
            String line = m.group(2).strip();
            int start = p.start() + p.text().indexOf(line, m.start(2));
            String key = norm(line);
            speaker.putIfAbsent(key, m.group(1).strip());
            occ.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new QuoteOccurrence(p.sourceId(), p.id(), start, start + line.length(), line, m.group(1).strip()));
        }
        for (Passage p : corpus.passages()) {
            if (p.kind() == PassageKind.DIALOGUE) {
                continue;
            }
            Matcher m = CURLY_QUOTE.matcher(p.text());
            while (m.find()) {
                String said = norm(m.group(1));
                for (String key : occ.keySet()) {
                    if (key.contains(said)) {
                        occ.get(key).add(new QuoteOccurrence(p.sourceId(), p.id(), p.start() + m.start(1),
                                p.start() + m.end(1), m.group(1), null));
                        break;
                    }
                }
            }
        }
        List<Quote> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<QuoteOccurrence>> e : occ.entrySet()) {
            List<String> sources = e.getValue().stream().map(QuoteOccurrence::sourceId).distinct().toList();
            out.add(new Quote("q" + (++n), e.getValue().get(0).text(), speaker.get(e.getKey()), sources, e.getValue()));
        }
        return out;
    }

    private static String norm(String s) {
        return s.replace('’', '\'').replaceAll("[^\\p{L}\\p{N}' ]", "").replaceAll("\\s+", " ").trim()
                .toLowerCase(java.util.Locale.ROOT);
    }

    private SampleCorpus() {
    }
}
