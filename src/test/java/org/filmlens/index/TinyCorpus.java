package org.filmlens.index;

import java.util.ArrayList;
import java.util.List;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;

/** Builds small corpora by hand: each source's text is its passages joined by blank lines, offsets computed. */
final class TinyCorpus {
    private final List<Source> sources = new ArrayList<>();
    private final List<Passage> passages = new ArrayList<>();

    TinyCorpus source(String id, SourceKind kind, String... paragraphs) {
        String text = String.join("\n\n", paragraphs);
        sources.add(new Source(id, "Title of " + id, "site-" + id, null, null, kind, text));
        int from = 0;
        for (int i = 0; i < paragraphs.length; i++) {
            int start = text.indexOf(paragraphs[i], from);
            int end = start + paragraphs[i].length();
            passages.add(new Passage(passageId(id, i), id, i, PassageKind.PARAGRAPH, "Section", start, end,
                    text.substring(start, end)));
            from = end;
        }
        return this;
    }

    static String passageId(String sourceId, int ordinal) {
        return sourceId + "-p" + ordinal;
    }

    Corpus build() {
        return new Corpus(new Film("A Film", 2000, "Someone"), sources, passages);
    }
}
