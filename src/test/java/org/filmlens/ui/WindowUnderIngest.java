package org.filmlens.ui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.filmlens.ui.common.FxDebouncer;
import org.filmlens.ui.common.PooledBackgroundRunner;
import org.filmlens.ui.common.WorkspaceSession;
import org.filmlens.ui.quotebrowser.QuoteRow;
import org.filmlens.ui.quotebrowser.QuotesViewModel;

/**
 * The benchmark's responsiveness part, window side: the real window (as {@link FilmlensApp} builds it, on a
 * display) opens a fresh workspace, then imports a corpus through File > Import's call
 * ({@link WorkbenchViewModel#importPaths}, on the production runner) while an {@link FxStallProbe} posts to the FX
 * thread every 5 ms. Then every pane is visited once, as a user looks at the result, under a second probe, and the
 * quote table is browsed (sorted and filtered) under a third.
 */
public final class WindowUnderIngest {
    static final long PROBE_EVERY_MILLIS = 5;
    private static final long SETTLE_MILLIS = 3_000;
    /** How long each pane is looked at; -Dfilmlens.panes.settle=MS for more on a busy machine (pictures). */
    private static final long PANE_SETTLE_MILLIS = Long.getLong("filmlens.panes.settle", 1_500);
    private static final long NOTE_EVERY_SECONDS = 30;

    private WindowUnderIngest() {}

    /** Figures by name (milliseconds unless the name says otherwise), in the order measured. */
    public static Map<String, Object> run(Path workspace, Path corpus, long timeoutMinutes) throws Exception {
        Preferences prefsNode = Preferences.userRoot().node("org/filmlens/bench/" + UUID.randomUUID());
        PooledBackgroundRunner runner = new PooledBackgroundRunner(3);
        Platform.startup(() -> { });
        WorkbenchViewModel vm = onFx(() -> new WorkbenchViewModel(runner,
                new FxDebouncer(FilmlensApp.SEARCH_DEBOUNCE)));
        WorkbenchWindow window = showWindow(vm, workspace, prefsNode);
        Map<String, Object> figures = new LinkedHashMap<>();
        try {
            // (a workspace opened with its corpus and analysis, when the window starts on one already made)
            waitUntil(120_000, () -> onFxQuietly(() -> vm.session().workspace() != null && !vm.busyProperty().get()
                    && vm.session().analysisState() != WorkspaceSession.AnalysisState.READING));
            Thread.sleep(SETTLE_MILLIS);
            FxStallProbe probe = new FxStallProbe(PROBE_EVERY_MILLIS);
            probe.start();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            onFx(() -> {
                vm.importPaths(List.of(corpus));
                return null;
            });
            long[] lastNote = {System.nanoTime()};
            long[] corpusShown = {0};
            waitUntil(TimeUnit.MINUTES.toMillis(timeoutMinutes), () -> {
                if (System.nanoTime() - lastNote[0] > TimeUnit.SECONDS.toNanos(NOTE_EVERY_SECONDS)) {
                    lastNote[0] = System.nanoTime();
                    // a long import says how it goes, so that a stopped run still tells something
                    System.err.printf("  responsive: %d s, %s; so far the longest stall %d ms (wall %d ms)%n",
                            (System.nanoTime() - t0) / 1_000_000_000, onFxQuietly(() -> vm.progressStepProperty()
                                    .get()), probe.worstMillis(), probe.worstWallMillis());
                }
                if (corpusShown[0] == 0 && onFxQuietly(() -> !vm.busyProperty().get())) {
                    corpusShown[0] = System.nanoTime();
                }
                // done when the whole result is shown: the analysis too, when it is read after the corpus
                return onFxQuietly(() -> !vm.busyProperty().get()
                        && vm.session().analysisState() != WorkspaceSession.AnalysisState.READING);
            });
            figures.put("ingestMs", (System.nanoTime() - t0) / 1_000_000);
            figures.put("corpusShownMs", (corpusShown[0] - t0) / 1_000_000);
            figures.put("ingestCpuMs", (processCpuNanos() - cpu0) / 1_000_000);
            Thread.sleep(SETTLE_MILLIS);
            probe.stop();
            figures.put("status", onFx(() -> vm.statusProperty().get()));
            record(figures, "during", probe);

            visitPanes(window, figures);
            browseQuotes(window, vm, figures);
        } finally {
            Platform.runLater(window.stage()::close);
            vm.close();
            runner.close();
            prefsNode.removeNode();
        }
        return figures;
    }

    /** The real window on {@code workspace}, as {@link FilmlensApp} shows it, with preferences of its own. */
    private static WorkbenchWindow showWindow(WorkbenchViewModel vm, Path workspace, Preferences prefsNode)
            throws Exception {
        return onFx(() -> {
            WorkbenchWindow w = new WorkbenchWindow(new Stage(), vm, new WindowPreferences(prefsNode));
            w.show(workspace, false);
            return w;
        });
    }

    /**
     * Opens a workspace already made (no import), then visits every pane once: the first visits alone, for
     * profiling them without an import's run (the pane-visit half of {@link #run}).
     */
    public static Map<String, Object> openAndVisit(Path workspace) throws Exception {
        Preferences prefsNode = Preferences.userRoot().node("org/filmlens/bench/" + UUID.randomUUID());
        PooledBackgroundRunner runner = new PooledBackgroundRunner(3);
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // a second window in the same JVM (PaneVisits twice: the panes' costs once the code is warm)
        }
        WorkbenchViewModel vm = onFx(() -> new WorkbenchViewModel(runner,
                new FxDebouncer(FilmlensApp.SEARCH_DEBOUNCE)));
        WorkbenchWindow window = showWindow(vm, workspace, prefsNode);
        Map<String, Object> figures = new LinkedHashMap<>();
        try {
            waitUntil(TimeUnit.MINUTES.toMillis(10), () -> onFxQuietly(() -> vm.session().workspace() != null
                    && !vm.session().corpus().isEmpty() && !vm.busyProperty().get()));
            Thread.sleep(SETTLE_MILLIS);
            if (Boolean.getBoolean("filmlens.pulses.log")) {
                onFx(() -> {
                    logHeavyPulses(window.stage().getScene());
                    return null;
                });
            }
            visitPanes(window, figures);
            browseQuotes(window, vm, figures);
        } finally {
            Platform.runLater(window.stage()::close);
            vm.close();
            runner.close();
            prefsNode.removeNode();
        }
        return figures;
    }

    /** -Dfilmlens.pulses.log=true: each pulse whose CSS and layout took the FX thread over 10 ms of CPU. */
    private static void logHeavyPulses(javafx.scene.Scene scene) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] before = new long[1];
        scene.addPreLayoutPulseListener(() -> before[0] = threads.getCurrentThreadCpuTime());
        scene.addPostLayoutPulseListener(() -> {
            long ms = (threads.getCurrentThreadCpuTime() - before[0]) / 1_000_000;
            if (ms > 10) {
                System.err.printf("pulse: CSS and layout %d ms CPU at uptime %.3f s%n", ms,
                        java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
            }
        });
    }

    /** Selects every pane in turn, as a user looks at a result; the worst wait over all and per pane. */
    private static void visitPanes(WorkbenchWindow window, Map<String, Object> figures) throws Exception {
        FxStallProbe panes = new FxStallProbe(PROBE_EVERY_MILLIS);
        panes.start();
        TabPane tabs = onFx(() -> (TabPane) window.stage().getScene().lookup("#panes"));
        int count = onFx(() -> tabs.getTabs().size());
        for (int i = 0; i < count; i++) {
            int tab = i;
            FxStallProbe one = new FxStallProbe(PROBE_EVERY_MILLIS);
            one.start();
            long fxCpu = one.fxCpuNanos();
            String id = onFx(() -> {
                long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                tabs.getSelectionModel().select(tab);
                if (Boolean.getBoolean("filmlens.pulses.log")) {
                    System.err.printf("select %s: %d ms CPU at uptime %.3f s%n", tabs.getTabs().get(tab).getId(),
                            (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                                    - cpu) / 1_000_000,
                            java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
                }
                return tabs.getTabs().get(tab).getId();
            });
            Thread.sleep(PANE_SETTLE_MILLIS);
            one.stop();
            figures.put("pane." + id + ".worstChargedMs", one.worstMillis());
            figures.put("pane." + id + ".worstWallMs", one.worstWallMillis());
            figures.put("pane." + id + ".fxCpuMs", (one.fxCpuNanos() - fxCpu) / 1_000_000);
            String shots = System.getProperty("filmlens.panes.shots");
            if (shots != null) {
                javafx.scene.image.WritableImage image = onFx(() -> window.stage().getScene().snapshot(null));
                savePng(image, java.nio.file.Path.of(shots, id + ".png"));
            }
        }
        panes.stop();
        record(figures, "panes", panes);
    }

    /**
     * Browses the quote table as a reader does, each step through the table's own call (a header's click sets its
     * sort order): sorted by each column one way then the other, filtered by a word of the first quote, then by the
     * speaker with the most quotes, each filter cleared again. The worst FX-thread wait over all of it, and how long
     * the slowest step took until its rows were shown (they are sorted and filtered in the background).
     */
    @SuppressWarnings("unchecked")
    private static void browseQuotes(WorkbenchWindow window, WorkbenchViewModel vm, Map<String, Object> figures)
            throws Exception {
        QuotesViewModel quotes = vm.quotes();
        onFx(() -> {
            TabPane tabs = (TabPane) window.stage().getScene().lookup("#panes");
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "tab-quotes".equals(t.getId()))
                    .findFirst().orElseThrow());
            return null;
        });
        waitUntil(60_000, () -> onFxQuietly(() -> window.stage().getScene().lookup("#quote-table") != null
                && !quotes.quotes().isEmpty()));
        TableView<QuoteRow> table = onFx(() -> (TableView<QuoteRow>) window.stage().getScene().lookup("#quote-table"));
        String word = onFx(() -> firstWord(quotes.quotes().get(0).text()));
        FxStallProbe probe = new FxStallProbe(PROBE_EVERY_MILLIS);
        probe.start();
        long slowest = 0;
        for (TableColumn<QuoteRow, ?> column : onFx(() -> List.copyOf(table.getColumns()))) {
            for (TableColumn.SortType way : TableColumn.SortType.values()) {
                slowest = Math.max(slowest, step(quotes, () -> {
                    column.setSortType(way);
                    if (!table.getSortOrder().equals(List.of(column))) {
                        table.getSortOrder().setAll(column);
                    }
                }));
            }
        }
        slowest = Math.max(slowest, step(quotes, () -> quotes.textFilterProperty().set(word)));
        slowest = Math.max(slowest, step(quotes, () -> quotes.textFilterProperty().set("")));
        if (onFx(() -> quotes.speakerChoices().size()) > 1) {
            slowest = Math.max(slowest, step(quotes, () -> quotes.speakerFilterProperty().set(
                    quotes.speakerChoices().get(1))));
            slowest = Math.max(slowest, step(quotes, () -> quotes.speakerFilterProperty().set(
                    QuotesViewModel.ALL_SPEAKERS)));
        }
        probe.stop();
        record(figures, "quotes", probe);
        figures.put("quotes.slowestShownMs", slowest);
    }

    /** One step of {@link #browseQuotes} on the FX thread; the milliseconds until the table's rows change. */
    private static long step(QuotesViewModel quotes, Runnable action) throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        ListChangeListener<QuoteRow> listener = c -> shown.countDown();
        long t0 = System.nanoTime();
        onFx(() -> {
            quotes.quotes().addListener(listener);
            action.run();
            return null;
        });
        if (!shown.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the quote table's rows did not change within 60 s");
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        onFx(() -> {
            quotes.quotes().removeListener(listener);
            return null;
        });
        Thread.sleep(300);
        return ms;
    }

    private static String firstWord(String text) {
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2) {
                return w;
            }
        }
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    /** -Dfilmlens.panes.shots=DIR: a picture of each pane as visited, to look at. */
    private static void savePng(javafx.scene.image.WritableImage image, Path file) throws java.io.IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        java.nio.file.Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(out, "png", file.toFile());
    }

    private static void record(Map<String, Object> figures, String phase, FxStallProbe probe) {
        figures.put(phase + ".worstChargedMs", probe.worstMillis());
        figures.put(phase + ".worstWallMs", probe.worstWallMillis());
        figures.put(phase + ".posts", probe.posts());
        figures.put(phase + ".chargedOver100", probe.chargedOver100());
        figures.put(phase + ".wallOver100", probe.wallOver100());
        figures.put(phase + ".worstWhere", probe.report());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }

    private static <T> T onFxQuietly(Callable<T> check) {
        try {
            return onFx(check);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(long millis, BooleanSupplier done) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("timed out after " + millis + " ms");
            }
            Thread.sleep(200);
        }
    }
}
