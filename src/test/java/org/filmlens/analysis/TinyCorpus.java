package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.List;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;

/** Small hand-written corpora: one source, one passage per string; "Name : line" strings become dialogue. */
final class TinyCorpus {
    private TinyCorpus() {
    }

    static Corpus of(String title, String... texts) {
        StringBuilder sb = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (String t : texts) {
            spans.add(new int[] {sb.length(), sb.length() + t.length()});
            sb.append(t).append("\n\n");
        }
        String text = sb.toString();
        Source s = new Source("s1", "page", null, "Jane Critic", null, SourceKind.ARTICLE, text);
        List<Passage> ps = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            PassageKind kind = texts[i].matches("^\\p{Lu}[\\p{L} ]{0,30} : .*") ? PassageKind.DIALOGUE
                    : PassageKind.PARAGRAPH;
            ps.add(new Passage("s1-p" + i, "s1", i, kind, null, spans.get(i)[0], spans.get(i)[1], texts[i]));
        }
        return new Corpus(new Film(title, 2020, "Dee Rector"), List.of(s), ps);
    }
}
