package org.filmlens.quotes;

import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Quote;

/** Prints every quote found on the sample, for eyeballing (a main class, not a test). */
public final class SampleDumpPrinter {
    public static void main(String[] args) {
        for (Quote q : new QuoteFinder().find(SampleCorpus.load(), Progress.NONE)) {
            if (args.length > 0 && q.occurrences().size() < 2) {
                continue;
            }
            System.out.println(q.id() + " [" + q.speaker() + "] " + q.sourceIds() + " " + q.text());
            q.occurrences().forEach(o -> System.out.println("      " + o.sourceId() + " " + o.speaker() + " "
                    + (o.marker() == null ? "" : "<" + o.marker() + "> ") + o.text()));
        }
    }
}
