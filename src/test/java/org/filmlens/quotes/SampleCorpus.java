package org.filmlens.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;

/**
 * A corpus cut from the raw sample dump by hand (line ranges per page), standing in for the real ingest in tests:
 * one passage a non-blank line, bullets and labelled lines told apart by their shape.
 */
final class SampleCorpus {
    static final Path DUMP = Path.of("samples/her-2013/her-2013-web-pages.txt");

    private record Page(String id, SourceKind kind, int firstLine, int lastLine) {}

    private static final List<Page> PAGES = List.of(
            new Page("screen-rant", SourceKind.ARTICLE, 1, 92),
            new Page("go-into-the-story", SourceKind.ARTICLE, 93, 205),
            new Page("imdb", SourceKind.QUOTES, 206, 479),
            new Page("our-culture", SourceKind.LISTING, 480, 540),
            new Page("game-rant", SourceKind.ARTICLE, 541, 606),
            new Page("the-atlantic", SourceKind.ARTICLE, 607, 668));

    private SampleCorpus() {
    }

    static Corpus load() {
        try {
            List<String> lines = Files.readAllLines(DUMP, StandardCharsets.UTF_8);
            List<Source> sources = new ArrayList<>();
            List<Passage> passages = new ArrayList<>();
            for (Page page : PAGES) {
                build(page.id(), page.kind(), lines.subList(page.firstLine() - 1, page.lastLine()), sources, passages);
            }
            return new Corpus(new Film("Her", 2013, "Spike Jonze"), sources, passages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One source from lines of text: each non-blank line a passage. */
    static void build(String id, SourceKind kind, List<String> lines, List<Source> sources, List<Passage> passages) {
        StringBuilder text = new StringBuilder();
        List<Passage> mine = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean bullet = line.startsWith("\u2022");
            if (bullet) {
                line = line.substring(1).strip();
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(line);
            PassageKind pk = kindOf(line, bullet);
            mine.add(new Passage(id + "-p" + mine.size(), id, mine.size(), pk, null, start, text.length(), line));
        }
        sources.add(new Source(id, id, id, null, null, kind, text.toString()));
        passages.addAll(mine);
    }

    static Corpus of(List<Source> sources, List<Passage> passages) {
        return new Corpus(new Film("Test", null, null), sources, passages);
    }

    private static PassageKind kindOf(String line, boolean bullet) {
        if (line.matches("\\[[^\\]]*\\]") || line.matches("[\\p{Lu}\\d][\\p{L}\\d. ]{0,40}\\s?:\\s.*") && bullet) {
            return PassageKind.DIALOGUE;
        }
        if (bullet) {
            return PassageKind.BULLET;
        }
        if (!line.matches(".*[.!?:\u201d\"]$") && line.split("\\s+").length <= 12) {
            return PassageKind.HEADING;
        }
        return PassageKind.PARAGRAPH;
    }
}
