package org.filmlens.workspace;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Quote;

/**
 * Times reading one part of a workspace's analysis.json alone (the quotes unless a third argument names another), as the window's load does (read, then the
 * occurrences' texts cut from the corpus), a few rounds in one JVM: the first round is the cold read a window
 * start pays. Not a test: {@code java -cp ... org.filmlens.workspace.QuotesPartRead WS [ROUNDS [PART]]}.
 */
public final class QuotesPartRead {
    /** This thread's user and system CPU, in the kernel's 10 ms ticks (Linux). */
    private static long[] ticks() throws java.io.IOException {
        String stat = java.nio.file.Files.readString(Path.of("/proc/thread-self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12])};
    }

    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        AnalysisPart part = args.length > 2 ? AnalysisPart.valueOf(args[2]) : AnalysisPart.QUOTES;
        Corpus corpus;
        try (Workspace w = Workspace.openForCorpus(ws)) {
            corpus = w.corpus();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Path file = ws.resolve(WorkspaceFiles.ANALYSIS_FILE);
        java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int r = 0; r < rounds; r++) {
            System.gc();
            long heldBefore = memory.getHeapMemoryUsage().getUsed();
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            long bytes = ((com.sun.management.ThreadMXBean) threads).getCurrentThreadAllocatedBytes();
            long[] ticks0 = ticks();
            List<Quote> quotes;
            long readCpu;
            try (AnalysisJson.Parts parts = AnalysisJson.Parts.of(file).orElseThrow()) {
                List<?> read = parts.read(part, corpus);
                readCpu = threads.getCurrentThreadCpuTime() - cpu;
                @SuppressWarnings("unchecked") List<Quote> asQuotes = (List<Quote>) read;
                quotes = part == AnalysisPart.QUOTES ? AnalysisJson.withOccurrenceTexts(asQuotes, corpus) : List.of();
            }
            long total = threads.getCurrentThreadCpuTime() - cpu;
            long allocated = ((com.sun.management.ThreadMXBean) threads).getCurrentThreadAllocatedBytes() - bytes;
            long[] ticks = ticks();
            System.gc();
            long kept = memory.getHeapMemoryUsage().getUsed() - heldBefore; // what the read part holds
            long occurrences = quotes.stream().mapToLong(q -> q.occurrences().size()).sum();
            System.out.printf("round %d (%s): %d quotes, %d occurrences; wall %d ms, thread CPU %d ms (read %d ms, "
                    + "texts %d ms); user %d sys %d ms, %d MB allocated, %d MB kept%n", r, part, quotes.size(), occurrences,
                    (System.nanoTime() - wall) / 1_000_000, total / 1_000_000, readCpu / 1_000_000,
                    (total - readCpu) / 1_000_000, (ticks[0] - ticks0[0]) * 10, (ticks[1] - ticks0[1]) * 10,
                    allocated >> 20, kept >> 20);
        }
    }
}
