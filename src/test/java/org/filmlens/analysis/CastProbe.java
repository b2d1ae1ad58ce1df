package org.filmlens.analysis;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CastProbe {
    @Test
    void print() {
        var corpus = SampleCorpus.her();
        var quotes = SampleCorpus.herQuotes();
        var ev = new CastEvidence(corpus, Set.of("Theodore", "Samantha", "Amy", "Catherine", "Paul"));
        ev.claims().forEach(System.out::println);
        System.out.println(ev.castListActors());
        for (var c : new CastFinder().find(corpus, quotes)) {
            System.out.println(c.name() + " | " + c.actor() + " | " + c.aliases() + " | m=" + c.mentions().size() + " q=" + c.quoteIds().size());
            if (c.name().equals("Samantha") || c.name().equals("Amy")) {
                for (var m : c.mentions()) {
                    String t = corpus.source(m.sourceId()).get().text();
                    System.out.println("   " + t.substring(Math.max(0, m.start() - 25), m.start()).replace('\n', ' ') + "[" + t.substring(m.start(), m.end()) + "]" + t.substring(m.end(), Math.min(t.length(), m.end() + 20)).replace('\n', ' '));
                }
            }
        }
    }
}
