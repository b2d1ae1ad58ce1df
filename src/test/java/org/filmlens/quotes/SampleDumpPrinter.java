package org.filmlens.quotes;

import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Quote;
import org.filmlens.ingest.Ingester;

/** Prints every quote found in a dump ingested for real, for eyeballing (a main class, not a test). */
public final class SampleDumpPrinter {
    public static void main(String[] args) throws Exception {
        Corpus corpus = new Ingester().ingest(Film.unknown(), List.of(Path.of(args[0])), Progress.NONE);
        corpus.sources().forEach(s -> System.out.println("SOURCE " + s.id() + " " + s.kind() + " " + s.title()));
        for (Quote q : new QuoteFinder().find(corpus, Progress.NONE)) {
            if (args.length > 1 && q.occurrences().size() < 2) {
                continue;
            }
            System.out.println(q.id() + " [" + q.speaker() + "] " + q.sourceIds() + " " + q.text());
            q.occurrences().forEach(o -> System.out.println("      " + o.sourceId() + " " + o.speaker() + " "
                    + (o.marker() == null ? "" : "<" + o.marker() + "> ") + o.exchangeId() + " " + o.text()));
        }
    }
}
