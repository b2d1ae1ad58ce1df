package org.filmlens.analysis;

import org.filmlens.corpus.Analysis;
import org.junit.jupiter.api.Test;

class LanternProbe {
    @Test
    void print() {
        var corpus = SampleCorpus.lantern();
        var quotes = SampleCorpus.lanternQuotes();
        System.out.println("sources " + corpus.sources().size() + " passages " + corpus.passages().size() + " quotes " + quotes.size());
        var cast = new CastFinder().find(corpus, quotes);
        for (var c : cast) {
            System.out.println(c.name() + " | " + c.actor() + " | " + c.aliases() + " | m=" + c.mentions().size() + " q=" + c.quoteIds().size());
        }
        var scenes = new SceneLinker().link(corpus, quotes, cast, java.util.List.of());
        for (var s : scenes) {
            System.out.println("== " + s.order() + " " + s.id() + " " + s.characters() + " p=" + s.passages().size() + " q=" + s.quotes().size());
            for (var l : s.passages()) {
                String t = corpus.passage(l.targetId()).get().text();
                System.out.println("  P " + l.confidence() + " " + t.substring(0, Math.min(100, t.length())) + "  <" + l.reason() + ">");
            }
        }
        var analysis = new Analysis(quotes, cast, scenes, java.util.List.of());
        for (var c : cast) {
            var arc = new ArcBuilder().build(c.name(), corpus, analysis).orElseThrow();
            System.out.println("## " + arc.character() + " stages " + arc.stages().stream().map(st -> st.sceneId()).toList());
        }
    }
}
