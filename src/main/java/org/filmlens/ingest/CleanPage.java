package org.filmlens.ingest;

import java.util.Arrays;
import java.util.List;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;

/**
 * One page read, cleaned and laid out as text and passages, waiting only for its id (ids are given in file order
 * once every file is read). Made on the reading thread, so that a file's lines, tokens and statistics can go as
 * soon as the file is done rather than wait for the whole corpus.
 */
record CleanPage(String title, String site, String author, String url, SourceKind kind, PassageBuilder.Built built) {
    static final int FALLBACK_TITLE_WORDS = 8;

    static CleanPage of(Page page, DumpStats stats) {
        String title = page.title != null ? page.title : fallbackTitle(page);
        PassageBuilder.Built built = PassageBuilder.build(page, stats);
        SourceKind kind = KindClassifier.classify(title, built.cuts(), page.qaCues);
        return new CleanPage(title, page.site, page.author, page.url, kind, built);
    }

    Source source(String id, String origin) {
        return new Source(id, title, site, author, url, kind, built.text(), origin);
    }

    List<Passage> passages(String id) {
        return built.passages(id);
    }

    /** A page that gives no title is called by the start of its first passage. */
    private static String fallbackTitle(Page page) {
        String first = page.body.get(0).text();
        String[] words = first.split(" ");
        if (words.length <= FALLBACK_TITLE_WORDS) {
            return first;
        }
        return String.join(" ", Arrays.copyOf(words, FALLBACK_TITLE_WORDS)) + "\u2026";
    }
}
