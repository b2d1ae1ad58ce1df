package org.filmlens.analysis;

import org.junit.jupiter.api.Test;

class SceneProbe {
    @Test
    void print() {
        var corpus = SampleCorpus.her();
        var quotes = SampleCorpus.herQuotes();
        var cast = new CastFinder().find(corpus, quotes);
        boolean coarse = Boolean.getBoolean("coarse");
        var outline = coarse ? java.util.List.<SceneOutline>of() : SampleCorpus.herOutline();
        if (coarse) {
            new CoarseOutline().derive(corpus).forEach(System.out::println);
        }
        for (var s : new SceneLinker().link(corpus, quotes, cast, outline)) {
            System.out.println("== " + s.order() + " " + s.title() + " " + s.characters() + " p=" + s.passages().size() + " q=" + s.quotes().size());
            for (var l : s.passages()) {
                String t = corpus.passage(l.targetId()).get().text();
                System.out.println("  P " + l.confidence() + " " + t.substring(0, Math.min(110, t.length())) + "  <" + l.reason() + ">");
            }
            for (var l : s.quotes()) {
                String t = quotes.stream().filter(q -> q.id().equals(l.targetId())).findFirst().get().text();
                System.out.println("  Q " + l.confidence() + " " + t.substring(0, Math.min(90, t.length())) + "  <" + l.reason().substring(0, Math.min(80, l.reason().length())) + ">");
            }
        }
    }
}
