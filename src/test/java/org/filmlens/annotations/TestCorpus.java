package org.filmlens.annotations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;

/** Small corpora for tests: each source's paragraphs (split on blank lines) become its passages, ids s-p. */
final class TestCorpus {
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, String> urls = new LinkedHashMap<>();

    static TestCorpus create() {
        return new TestCorpus();
    }

    TestCorpus source(String id, String url, String text) {
        texts.put(id, text);
        urls.put(id, url);
        return this;
    }

    Corpus build() {
        List<Source> sources = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String id = e.getKey();
            String text = e.getValue();
            sources.add(new Source(id, "Title of " + id, "site-" + id + ".example", null, urls.get(id),
                    SourceKind.ARTICLE, text));
            int ordinal = 0;
            int at = 0;
            while (at < text.length()) {
                int blank = text.indexOf("\n\n", at);
                int end = blank < 0 ? text.length() : blank;
                if (end > at) {
                    passages.add(new Passage(id + "-p" + ordinal, id, ordinal, PassageKind.PARAGRAPH, null, at, end,
                            text.substring(at, end)));
                    ordinal++;
                }
                at = blank < 0 ? text.length() : blank + 2;
            }
        }
        return new Corpus(new Film("Test Film", 2013, null), sources, passages);
    }
}
