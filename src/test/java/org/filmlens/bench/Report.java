package org.filmlens.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Markdown table of one run: each figure beside its baseline from the same run, its target, and whether it is
 * met. A figure that was not recorded says so; nothing is filled in.
 */
final class Report {
    static final String[] SIZES = {"10mb", "100mb"};
    static final int[] SYNTHETIC = {10_000, 100_000, 1_000_000};
    private static final String NOT_MEASURED = "not measured";

    private final Map<String, String> v;
    private final StringBuilder out = new StringBuilder();

    private Report(Map<String, String> values) {
        this.v = values;
    }

    static void write(Map<String, String> values, Path machineFile) throws IOException {
        Report r = new Report(values);
        r.render(Files.exists(machineFile) ? Files.readString(machineFile).strip() : "(machine not recorded)");
        System.out.print(r.out);
    }

    private void render(String machine) {
        line("# Filmlens benchmark, " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        line("");
        line("Machine: " + machine.replace("\n", "; "));
        line("");
        line("| Measure | Corpus | Filmlens | Baseline (same run, same files) | Ratio | Target | Met |");
        line("| --- | --- | --- | --- | --- | --- | --- |");
        for (String size : SIZES) {
            ingestRow(size);
        }
        growthRow();
        memoryRows();
        for (String size : SIZES) {
            passagesOnlyRow(size);
        }
        for (String size : SIZES) {
            searchRows(size, label(size));
            if (has(size + ".window.search.p50us") || has(size + ".window.search.failed")) {
                searchRows(size + ".window", label(size) + ", the window's JVM (C1 alone)");
            }
            if (has(size + ".index.search.p50us") || has(size + ".index.search.failed")) {
                searchRows(size + ".index", label(size) + ", passages-only index");
            }
        }
        for (String size : SIZES) {
            corpusQuotesRow(size);
        }
        syntheticRows();
        startupRows();
        for (String size : SIZES) {
            responsiveRow(size);
        }
        line("");
        details();
    }

    private void ingestRow(String size) {
        String k = size + ".ingest";
        String f = size + ".floor";
        if (has(k + ".failed")) {
            row("Whole ingest", label(size), "failed: " + v.get(k + ".failed"), floorCell(f), "", "≤ 2× floor time",
                    "no");
            return;
        }
        if (!has(k + ".seconds")) {
            row("Whole ingest", label(size), NOT_MEASURED, floorCell(f), "", "≤ 2× floor time", "");
            return;
        }
        String ratio = "";
        String met = "";
        if (has(f + ".seconds")) {
            double r = num(k + ".seconds") / num(f + ".seconds");
            ratio = fmt("%.2f× floor time (CPU %.2f×)", r, num(k + ".cpuSeconds") / num(f + ".cpuSeconds"));
            met = num(k + ".passages") > 0 ? yes(r <= 2.0) : "**no** (ingested no passages)";
        }
        row("Whole ingest", label(size), fmt("%.2f MB/s (%.1f s; CPU %.1f s)", num(k + ".mbps"),
                num(k + ".seconds"), num(k + ".cpuSeconds")),
                floorCell(f), ratio, "≤ 2× floor time", met);
    }

    private String floorCell(String f) {
        return has(f + ".seconds") ? fmt("plain Lucene %.2f MB/s (%.1f s; CPU %.1f s)", num(f + ".mbps"),
                num(f + ".seconds"), num(f + ".cpuSeconds")) : NOT_MEASURED;
    }

    private void growthRow() {
        String a = "10mb.ingest.seconds";
        String b = "100mb.ingest.seconds";
        String fa = "10mb.floor.seconds";
        String fb = "100mb.floor.seconds";
        if (!has(a) || !has(b)) {
            row("Growth 10 → 100 MB (time)", "", NOT_MEASURED, "", "", "≤ 11×", "");
            return;
        }
        double g = num(b) / num(a);
        String base = has(fa) && has(fb) ? fmt("plain Lucene %.1f×", num(fb) / num(fa)) : NOT_MEASURED;
        double data = num("100mb.ingest.megabytes") / num("10mb.ingest.megabytes");
        row("Growth 10 → 100 MB (time)", "", fmt("%.1f×", g), base, fmt("for %.1f× the data", data), "≤ 11×",
                yes(g <= 11.0));
    }

    private void memoryRows() {
        for (String size : SIZES) {
            String k = size + ".ingest";
            if (!has(k + ".heapMaxUsedMb")) {
                continue;
            }
            row("Peak heap during ingest", label(size),
                    fmt("%.0f MB used at most, %.0f MB live after GC (-Xmx%.0fm)", num(k + ".heapMaxUsedMb"),
                            num(k + ".heapMaxLiveMb"), num(k + ".xmxMb")),
                    has(size + ".floor.heapMaxUsedMb") ? fmt("plain Lucene %.0f MB used, %.0f MB live",
                            num(size + ".floor.heapMaxUsedMb"), num(size + ".floor.heapMaxLiveMb")) : NOT_MEASURED,
                    "", "within 2 GB", yes(num(k + ".heapMaxUsedMb") <= 2048));
            if (has(k + ".rssMb")) {
                row("Peak resident memory of the ingest process", label(size), fmt("%.0f MB", num(k + ".rssMb")),
                        has(size + ".floor.rssMb") ? fmt("plain Lucene %.0f MB", num(size + ".floor.rssMb"))
                                : NOT_MEASURED, fmt("%.1f×", ratioOr(k + ".rssMb", size + ".floor.rssMb")),
                        "(no target)", "");
            }
        }
    }

    private void passagesOnlyRow(String size) {
        String k = size + ".passagesOnly";
        if (has(k + ".failed")) {
            row("Read, clean, index (no analysis)", label(size), "failed: " + v.get(k + ".failed"), "", "", "", "");
        } else if (has(k + ".seconds")) {
            String f = size + ".floor";
            row("Read, clean, index (no analysis)", label(size), fmt("%.2f MB/s (%.1f s; CPU %.1f s; heap %.0f MB)",
                    num(k + ".mbps"), num(k + ".seconds"), num(k + ".cpuSeconds"), num(k + ".heapMaxUsedMb")),
                    floorCell(f), has(f + ".seconds") ? fmt("%.2f× floor time (CPU %.2f×)",
                            num(k + ".seconds") / num(f + ".seconds"), num(k + ".cpuSeconds") / num(f + ".cpuSeconds"))
                            : "", "(part of the whole ingest)", "");
        }
    }

    private void searchRows(String size, String corpusLabel) {
        String k = size + ".search";
        String g = size + ".grep";
        if (has(k + ".failed")) {
            row("Search, top 10 with fragments", corpusLabel, "failed: " + v.get(k + ".failed"), "", "", "", "no");
            return;
        }
        if (!has(k + ".p50us")) {
            row("Search p50 / p99, top 10 with fragments", corpusLabel, NOT_MEASURED, "", "",
                    "p50 < 1 ms, p99 < 10 ms", "");
            return;
        }
        double p50 = num(k + ".p50us");
        double p99 = num(k + ".p99us");
        String grepCell = has(g + ".p50us") ? fmt("grep -c -i -F: p50 %.1f ms, p99 %.1f ms", num(g + ".p50us") / 1e3,
                num(g + ".p99us") / 1e3) : NOT_MEASURED;
        double speedup = has(g + ".p50us") ? num(g + ".p50us") / p50 : Double.NaN;
        // the issue sets its search targets at 100 MB; a smaller corpus, where grep itself takes a few
        // milliseconds, is held to the latency alone and shows its ratio for comparison
        boolean ratioTarget = size.startsWith("100mb"); // "100mb", the passages-only "100mb.index", "100mb.window"
        row("Search p50, top 10 with fragments", corpusLabel, fmt("%.0f µs (CPU %.0f µs)", p50,
                num(k + ".cpuP50us")), grepCell,
                Double.isNaN(speedup) ? "" : fmt("%.0f× faster than grep (p50)", speedup),
                ratioTarget ? "p50 < 1 ms, ≥ 200× grep" : "p50 < 1 ms (the grep ratio is set at 100 MB)",
                yes(p50 < 1000 && (!ratioTarget || speedup >= 200)));
        row("Search p99, top 10 with fragments", corpusLabel, fmt("%.0f µs (CPU %.0f µs; max %.0f µs)", p99,
                num(k + ".cpuP99us"), num(k + ".maxus")),
                "", has(g + ".p99us") ? fmt("%.0f× faster than grep (p99)", num(g + ".p99us") / p99) : "",
                "p99 < 10 ms", yes(p99 < 10_000));
    }

    private void corpusQuotesRow(String size) {
        String k = size + ".quotes";
        if (has(k + ".failed")) {
            row("Quote finding and linking", label(size), "failed: " + v.get(k + ".failed"), "", "", "", "no");
        } else if (has(k + ".seconds")) {
            double found = num(k + ".found");
            row("Quote finding and linking", label(size), fmt("%.2f s, CPU %.2f s for %.0f occurrences (%.0f quotes)",
                    num(k + ".seconds"), num(k + ".cpuSeconds"), found, num(k + ".canonical")), "", found == 0 ? "" : fmt("%.1f µs/occurrence",
                    num(k + ".seconds") * 1e6 / found), "near-linear", "");
        }
    }

    private void syntheticRows() {
        List<double[]> points = new ArrayList<>();
        for (int n : SYNTHETIC) {
            String k = "quotes.synthetic." + n;
            String corpus = String.format(Locale.ROOT, "synthetic, %,d occurrences made", n);
            if (has(k + ".failed")) {
                row("Quote finding and linking", corpus, "failed: " + v.get(k + ".failed"), "", "",
                        n == 1_000_000 ? "< 60 s" : "near-linear", "no");
            } else if (has(k + ".seconds")) {
                double s = num(k + ".seconds");
                double found = num(k + ".found");
                points.add(new double[] {n, s});
                String growth = "";
                if (points.size() > 1) {
                    double[] prev = points.get(points.size() - 2);
                    growth = fmt("%.1f× time for %.0f× occurrences", s / prev[1], n / prev[0]);
                }
                row("Quote finding and linking", corpus, fmt("%.2f s, CPU %.2f s (%.0f found, %.0f quotes, heap %.0f MB)",
                        s, num(k + ".cpuSeconds"), found, num(k + ".canonical"), num(k + ".heapMaxUsedMb")), "",
                        (found == 0 ? "" : fmt("%.1f µs/occurrence", s * 1e6 / found))
                                + (growth.isEmpty() ? "" : "; " + growth),
                        n == 1_000_000 ? "< 60 s, near-linear" : "near-linear",
                        n == 1_000_000 ? yes(s < 60) : "");
            } else {
                row("Quote finding and linking", corpus, NOT_MEASURED, "", "", n == 1_000_000 ? "< 60 s" : "", "");
            }
        }
    }

    /** The window importing the corpus: the longest FX-thread wait charged to the window, and the wall-clock one. */
    private void responsiveRow(String size) {
        String k = size + ".responsive";
        if (!has(k + ".during.worstChargedMs")) {
            if (size.equals("100mb")) {
                row("Window responsive during an ingest", label(size), has(k + ".failed")
                        ? NOT_MEASURED + " (" + v.get(k + ".failed") + ")" : NOT_MEASURED, "", "",
                        "no FX-thread stall > 100 ms", "");
            }
            return;
        }
        double worst = num(k + ".during.worstChargedMs");
        row("Window responsive during an ingest", label(size), fmt("longest FX-thread stall %.0f ms (wall-clock wait "
                + "%.0f ms; %.0f of %.0f posts over 100 ms wall) while the window imported it in %.1f s (CPU %.1f s); "
                + "then each pane shown: %.0f ms (wall %.0f ms)", worst, num(k + ".during.worstWallMs"),
                num(k + ".during.wallOver100"), num(k + ".during.posts"), num(k + ".ingestMs") / 1000,
                num(k + ".ingestCpuMs") / 1000, num(k + ".panes.worstChargedMs"), num(k + ".panes.worstWallMs"))
                + (has(k + ".quotes.worstChargedMs") ? fmt("; then the quote table sorted by each column both ways "
                + "and filtered: %.0f ms (wall %.0f ms), the slowest shown after %.0f ms",
                num(k + ".quotes.worstChargedMs"), num(k + ".quotes.worstWallMs"), num(k + ".quotes.slowestShownMs"))
                : ""), "", "", "no FX-thread stall > 100 ms", yes(worst <= 100
                && num(k + ".panes.worstChargedMs") <= 100
                && (!has(k + ".quotes.worstChargedMs") || num(k + ".quotes.worstChargedMs") <= 100)));
    }

    private void startupRows() {
        startupRows("startup", "java -jar");
        if (has("startup.launcher.medianMs") || has("startup.launcher.failed")) {
            startupRows("startup.launcher", "bin/filmlens");
        }
    }

    private void startupRows(String k, String how) {
        String corpus = "sample, " + how;
        if (has(k + ".medianMs")) {
            String archive = has(k + ".archiveRunMs")
                    ? fmt("; the first start, which writes the class-data archive, %.0f ms", num(k + ".archiveRunMs"))
                    : "";
            String cpu = has(k + ".processCpuMs") && has(k + ".fxCpuMs")
                    ? fmt("; CPU by then %.0f ms, of it the FX thread %.0f ms", num(k + ".processCpuMs"),
                            num(k + ".fxCpuMs"))
                    : "";
            row("Startup to a window showing the sample", corpus, fmt("%.0f ms median of %.0f (first %.0f ms, most "
                    + "%.0f ms%s%s)", num(k + ".medianMs"), num(k + ".runs"), num(k + ".firstMs"), num(k + ".maxMs"),
                    archive, cpu), "", "", "< 1 s", yes(num(k + ".medianMs") < 1000));
            row("Resident memory of the window", corpus, fmt("%.0f MB median (most %.0f MB)",
                    num(k + ".windowRssMb"), num(k + ".windowRssMaxMb")), "", "", "< 250 MB",
                    yes(num(k + ".windowRssMb") < 250));
        } else {
            String why = has(k + ".failed") ? NOT_MEASURED + " (" + v.get(k + ".failed") + ")" : NOT_MEASURED;
            row("Startup to a window showing the sample", corpus, why, "", "", "< 1 s", "");
            row("Resident memory of the window", corpus, NOT_MEASURED, "", "", "< 250 MB", "");
        }
    }

    private void details() {
        line("Details");
        line("");
        for (String size : SIZES) {
            String k = size + ".ingest";
            if (has(k + ".sources")) {
                line(fmt("- %s ingest: %.0f sources, %.0f passages, %.0f quotes, %.0f characters; plain Lucene "
                        + "indexed %.0f paragraphs.", label(size), num(k + ".sources"), num(k + ".passages"),
                        num(k + ".quotes"), num(k + ".characters"), num(size + ".floor.docs")));
            }
            if (has(k + ".steps")) {
                line("- " + label(size) + " ingest steps: " + v.get(k + ".steps") + ".");
            }
            for (String jvm : List.of("", ".window")) {
                String s = size + jvm + ".search";
                if (has(s + ".byKind")) {
                    line(fmt("- %s search%s: %.0f queries × %.0f rounds; %.0f of %.0f queries found something; "
                            + "%.0f%% of hits carry a <mark> fragment; %.0f refused as malformed. By kind (first "
                            + "round): ", label(size), jvm.isEmpty() ? "" : " in the window's JVM",
                            num(s + ".queries"), num(s + ".measurements") / num(s + ".queries"),
                            num(s + ".queriesWithHits"), num(s + ".queries"), num(s + ".hitsWithMarkPercent"),
                            num(s + ".syntaxErrors")) + v.get(s + ".byKind") + ".");
                }
            }
        }
    }

    private static String label(String size) {
        return size.replace("mb", " MB");
    }

    private boolean has(String key) {
        return v.containsKey(key);
    }

    private double num(String key) {
        String s = v.get(key);
        return s == null ? Double.NaN : Double.parseDouble(s);
    }

    private double ratioOr(String a, String b) {
        return has(a) && has(b) ? num(a) / num(b) : Double.NaN;
    }

    private static String yes(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private void row(String... cells) {
        line("| " + String.join(" | ", cells) + " |");
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
