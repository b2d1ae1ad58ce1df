package org.filmlens.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.Source;
import org.filmlens.ingest.Ingester;
import org.filmlens.quotes.QuoteFinder;

/**
 * The front of the ingest alone: reading and cleaning a folder ({@link Ingester}), then finding and linking its
 * quotations ({@link QuoteFinder}), a few times in one JVM. Prints each run's process CPU per step and a digest of
 * everything they produced, so two builds run one after the other can be compared for speed and sameness.
 * {@code java -cp ... org.filmlens.bench.FrontStageBenchmark FOLDER [RUNS]}
 */
public final class FrontStageBenchmark {
    private FrontStageBenchmark() {}

    public static void main(String[] args) throws Exception {
        StageRuns.print(args, 3, FrontStageBenchmark::once);
    }

    /** One run: its process CPU, per step, and the digest of what it produced (also called by FrontStageAB). */
    public static String once(Path folder) throws Exception {
        StepClock steps = new StepClock();
        long cpu = CpuClock.processNanos();
        steps.report("Reading", -1);
        Corpus corpus = new Ingester().ingest(Film.unknown(), List.of(folder), steps);
        List<Quote> quotes = new QuoteFinder().find(corpus, steps);
        steps.stop();
        double cpuS = (CpuClock.processNanos() - cpu) / 1e9;
        return String.format(java.util.Locale.ROOT, "%.2f s CPU; %s; digest %s", cpuS, steps.breakdown(),
                digest(corpus, quotes));
    }

    private static String digest(Corpus corpus, List<Quote> quotes) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Source s : corpus.sources()) {
            sha.update(s.toString().getBytes(StandardCharsets.UTF_8));
        }
        for (Passage p : corpus.passages()) {
            sha.update(p.toString().getBytes(StandardCharsets.UTF_8));
        }
        for (Quote q : quotes) {
            sha.update((q.id() + "|" + q.text() + "|" + q.speaker() + "|" + q.sourceIds())
                    .getBytes(StandardCharsets.UTF_8));
            for (QuoteOccurrence o : q.occurrences()) {
                sha.update(o.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }
}
