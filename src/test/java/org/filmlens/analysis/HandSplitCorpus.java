package org.filmlens.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;

/**
 * Test fixture: builds a corpus from a raw scraped dump by hand, until the real ingest lands. Sources start at the
 * lines the test names; every non-blank line is a passage; short Title Case lines are headings, a short sentence
 * right under a heading is its deck, "• Name : line" is dialogue and other "•" lines are bullets.
 */
final class HandSplitCorpus {
    /** Where a source starts in the dump (1-based line number) and what the test calls it. */
    record SourceStart(int line, String id, String title, SourceKind kind) {}

    private static final Pattern DIALOGUE = Pattern.compile("^[\\p{L}][\\p{L}0-9 .'’-]{0,40}\\s?:\\s.+");

    private HandSplitCorpus() {}

    /** @param endLine the first line after the last page (the trailing search listing is not a page) */
    static Corpus fromDump(Path dump, Film film, List<SourceStart> starts, int endLine) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dump, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Source> sources = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            SourceStart s = starts.get(i);
            int from = s.line() - 1;
            int to = i + 1 < starts.size() ? starts.get(i + 1).line() - 1 : Math.min(endLine - 1, lines.size());
            build(s, lines.subList(from, to), sources, passages);
        }
        return new Corpus(film, sources, passages);
    }

    private static void build(SourceStart s, List<String> lines, List<Source> sources, List<Passage> passages) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(line);
            spans.add(new int[] {start, text.length()});
        }
        String body = text.toString();
        sources.add(new Source(s.id(), s.title(), null, null, null, s.kind(), body));
        String section = null;
        boolean afterHeading = false;
        int ordinal = 0;
        for (int[] span : spans) {
            int start = span[0];
            String line = body.substring(start, span[1]);
            PassageKind kind;
            if (line.startsWith("•")) {
                start = skipBullet(body, start);
                String item = body.substring(start, span[1]);
                kind = DIALOGUE.matcher(item).matches() || item.startsWith("[") ? PassageKind.DIALOGUE
                        : PassageKind.BULLET;
            } else if (looksLikeHeading(line)) {
                kind = PassageKind.HEADING;
            } else if (afterHeading && line.length() < 90 && line.endsWith(".")) {
                kind = PassageKind.DECK;
            } else {
                kind = PassageKind.PARAGRAPH;
            }
            String passageText = body.substring(start, span[1]);
            if (kind == PassageKind.HEADING) {
                section = passageText;
            }
            passages.add(new Passage(s.id() + "-p" + ordinal, s.id(), ordinal, kind,
                    kind == PassageKind.HEADING ? null : section, start, span[1], passageText));
            ordinal++;
            afterHeading = kind == PassageKind.HEADING;
        }
    }

    private static int skipBullet(String body, int start) {
        int i = start + 1;
        while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean looksLikeHeading(String line) {
        if (line.length() > 90 || line.endsWith(".") || line.endsWith(",") || line.startsWith("“")) {
            return false;
        }
        String[] words = line.split("\\s+");
        if (words.length < 2) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(0)))) {
                capitalised++;
            }
        }
        return capitalised * 10 >= words.length * 7;
    }

    /** The Her (2013) sample, split by hand at the start of each page. */
    static Corpus herSample() {
        return fromDump(Path.of("samples/her-2013/her-2013-web-pages.txt"), new Film("Her", 2013, "Spike Jonze"),
                List.of(new SourceStart(1, "screen-rant", "Her ending explained: why samantha left & what it means.",
                                SourceKind.ARTICLE),
                        new SourceStart(93, "go-into-the-story", "Script To Screen: “Her”", SourceKind.ARTICLE),
                        new SourceStart(206, "imdb-quotes", "Her (2013) - Quotes - IMDb", SourceKind.QUOTES),
                        new SourceStart(487, "our-culture", "16 Memorable Quotes From Her (2013)", SourceKind.LISTING),
                        new SourceStart(541, "game-rant", "Her, Ending Explained", SourceKind.ARTICLE),
                        new SourceStart(607, "atlantic", "Why Her Is the Best Film of the Year", SourceKind.ARTICLE)),
                669);
    }

    /** The invented second film's dump, split at the page starts its expected.md lists. */
    static Corpus lanternSample() {
        return fromDump(Path.of("src/test/resources/dumps/lantern-2019/dump.txt"),
                new Film("The Salt Lantern", 2019, "Ines Okafor"),
                List.of(new SourceStart(1, "reel-current", "The salt lantern ending explained: why mara left the"
                                + " island & what the last light means.", SourceKind.ARTICLE),
                        new SourceStart(75, "draft-table", "Anatomy of a Scene: “The Salt Lantern”",
                                SourceKind.ARTICLE),
                        new SourceStart(142, "imdb-quotes", "The Salt Lantern (2019) - Quotes", SourceKind.QUOTES),
                        new SourceStart(222, "cinema-lattice", "12 Memorable Quotes From The Salt Lantern (2019)",
                                SourceKind.LISTING),
                        new SourceStart(268, "frame-theory", "The Salt Lantern, Ending Explained", SourceKind.ARTICLE),
                        new SourceStart(320, "stack-exchange", "What does the final light in The Salt Lantern mean?",
                                SourceKind.QA),
                        new SourceStart(374, "lumen-weekly", "The Salt Lantern Is a Ghost Story That Refuses to Say"
                                + " Boo", SourceKind.ARTICLE)),
                406);
    }
}
