package org.filmlens.ui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.filmlens.ui.common.FxDebouncer;
import org.filmlens.ui.common.PooledBackgroundRunner;

/**
 * The benchmark's responsiveness part, window side: the real window (as {@link FilmlensApp} builds it, on a
 * display) opens a fresh workspace, then imports a corpus through File > Import's call
 * ({@link WorkbenchViewModel#importPaths}, on the production runner) while an {@link FxStallProbe} posts to the FX
 * thread every 5 ms. Then every pane is visited once, as a user looks at the result, under a second probe.
 */
public final class WindowUnderIngest {
    static final long PROBE_EVERY_MILLIS = 5;
    private static final long SETTLE_MILLIS = 3_000;
    private static final long NOTE_EVERY_SECONDS = 30;

    private WindowUnderIngest() {}

    /** Figures by name (milliseconds unless the name says otherwise), in the order measured. */
    public static Map<String, Object> run(Path workspace, Path corpus, long timeoutMinutes) throws Exception {
        Preferences prefsNode = Preferences.userRoot().node("org/filmlens/bench/" + UUID.randomUUID());
        PooledBackgroundRunner runner = new PooledBackgroundRunner(3);
        Platform.startup(() -> { });
        WorkbenchViewModel vm = onFx(() -> new WorkbenchViewModel(runner,
                new FxDebouncer(FilmlensApp.SEARCH_DEBOUNCE)));
        WorkbenchWindow window = onFx(() -> {
            WorkbenchWindow w = new WorkbenchWindow(new Stage(), vm, new WindowPreferences(prefsNode));
            w.show(workspace, false);
            return w;
        });
        Map<String, Object> figures = new LinkedHashMap<>();
        try {
            waitUntil(60_000, () -> onFxQuietly(() -> vm.session().workspace() != null && !vm.busyProperty().get()));
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
            waitUntil(TimeUnit.MINUTES.toMillis(timeoutMinutes), () -> {
                if (System.nanoTime() - lastNote[0] > TimeUnit.SECONDS.toNanos(NOTE_EVERY_SECONDS)) {
                    lastNote[0] = System.nanoTime();
                    // a long import says how it goes, so that a stopped run still tells something
                    System.err.printf("  responsive: %d s, %s; so far the longest stall %d ms (wall %d ms)%n",
                            (System.nanoTime() - t0) / 1_000_000_000, onFxQuietly(() -> vm.progressStepProperty()
                                    .get()), probe.worstMillis(), probe.worstWallMillis());
                }
                return onFxQuietly(() -> !vm.busyProperty().get());
            });
            figures.put("ingestMs", (System.nanoTime() - t0) / 1_000_000);
            figures.put("ingestCpuMs", (processCpuNanos() - cpu0) / 1_000_000);
            Thread.sleep(SETTLE_MILLIS);
            probe.stop();
            figures.put("status", onFx(() -> vm.statusProperty().get()));
            record(figures, "during", probe);

            FxStallProbe panes = new FxStallProbe(PROBE_EVERY_MILLIS);
            panes.start();
            TabPane tabs = onFx(() -> (TabPane) window.stage().getScene().lookup("#panes"));
            int count = onFx(() -> tabs.getTabs().size());
            for (int i = 0; i < count; i++) {
                int tab = i;
                onFx(() -> {
                    tabs.getSelectionModel().select(tab);
                    return null;
                });
                Thread.sleep(1_500);
            }
            panes.stop();
            record(figures, "panes", panes);
        } finally {
            Platform.runLater(window.stage()::close);
            vm.close();
            runner.close();
            prefsNode.removeNode();
        }
        return figures;
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
