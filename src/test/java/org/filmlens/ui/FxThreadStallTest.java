package org.filmlens.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.filmlens.ui.common.FxDebouncer;
import org.filmlens.ui.common.PooledBackgroundRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window is never frozen: while the sample is ingested through the window's view model (and for a second
 * after, while the panes take up the result), a probe keeps posting to the FX thread; nothing the window does may
 * hold a post up for more than 100 ms (see {@link StallProbe} for how that is told apart from a busy machine). The window is first used on the invented film, as a user would have used it, so that
 * the first-ever creation of its cells and skins (class loading, a one-off cost of any JavaFX window) is not
 * mistaken for work done on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class FxThreadStallTest {
    static final long MAX_STALL_MILLIS = 100;
    static final long PROBE_EVERY_MILLIS = 5;

    @TempDir
    Path dir;
    private InventedFilm film;
    private PooledBackgroundRunner runner;
    private WorkbenchViewModel vm;
    private Preferences prefsNode;

    @Start
    void start(Stage stage) throws Exception {
        film = InventedFilm.writeTo(dir);
        runner = new PooledBackgroundRunner(2);
        vm = new WorkbenchViewModel(runner, new FxDebouncer(Duration.millis(150)));
        prefsNode = Preferences.userRoot().node("org/filmlens/test/" + UUID.randomUUID());
        new WorkbenchWindow(stage, vm, new WindowPreferences(prefsNode)).show(dir, false);
    }

    @AfterEach
    void tearDown() throws Exception {
        runner.close();
        vm.close();
        prefsNode.removeNode();
    }

    @Test
    void theFxThreadNeverStallsWhileTheSampleIsIngested(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.session().workspace() != null
                && !vm.busyProperty().get());
        warmUp(robot);
        robot.interact(() -> vm.open(dir.resolve("empty"), false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.session().corpus().isEmpty()
                && !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        StallProbe probe = new StallProbe();
        probe.start();
        try {
            robot.interact(vm::ingestSample);
            assertTrue(vm.busyProperty().get() || !vm.session().corpus().isEmpty(), "the ingest started");
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !vm.busyProperty().get());
            Thread.sleep(1000);
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            probe.stop();
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm.session().corpus().isEmpty(), "the sample was ingested: " + vm.statusProperty().get());
        assertTrue(probe.worstMillis() <= MAX_STALL_MILLIS, "the FX thread stalled: " + probe.report());
    }

    /**
     * Posts to the FX thread every few milliseconds. Each post is charged with what kept the FX thread from it:
     * the CPU time the FX thread itself spent meanwhile (work done on it) plus the time it was seen waiting inside
     * Filmlens code (a lock or I/O taken on it). Time the thread merely was not scheduled (a busy machine, a GC
     * pause) is not the window's doing and is reported, not charged. While a charge grows past the limit, the FX
     * thread's stack is sampled, so a failure says where the time went.
     */
    static final class StallProbe {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final AtomicLong worstCharged = new AtomicLong();
        private final AtomicLong worstWall = new AtomicLong();
        private final AtomicLong pendingSince = new AtomicLong();
        private final AtomicLong blockedNanos = new AtomicLong();
        private volatile String worstStack = "";
        /** Where the FX thread was at each sample of the current wait: a tally by Filmlens frame. */
        private final java.util.concurrent.ConcurrentHashMap<String, Integer> tally =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final Thread thread = new Thread(this::run, "fx-stall-probe");
        private Thread fx;

        void start() throws Exception {
            fx = WaitForAsyncUtils.asyncFx(Thread::currentThread).get();
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            thread.interrupt();
            thread.join();
        }

        long worstMillis() {
            return worstCharged.get();
        }

        String report() {
            return "charged " + worstCharged.get() + " ms (longest wall-clock wait " + worstWall.get() + " ms), "
                    + "where the FX thread was during it:\n" + worstStack;
        }

        private void run() {
            while (!Thread.currentThread().isInterrupted()) {
                long now = System.nanoTime();
                long since = pendingSince.get();
                if (since != 0) {
                    sample(now - since);
                } else if (pendingSince.compareAndSet(0, now)) {
                    long cpuAtPost = threads.getThreadCpuTime(fx.getId());
                    blockedNanos.set(0);
                    tally.clear();
                    Platform.runLater(() -> {
                        long cpu = threads.getCurrentThreadCpuTime() - cpuAtPost;
                        long charged = (cpu + blockedNanos.get()) / 1_000_000;
                        if (charged > worstCharged.get()) {
                            worstCharged.set(charged);
                            worstStack = tally.entrySet().stream()
                                    .sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
                                    .map(e -> "    " + e.getValue() + " × " + e.getKey() + "\n")
                                    .reduce("", String::concat);
                        }
                        worstWall.accumulateAndGet((System.nanoTime() - now) / 1_000_000, Math::max);
                        pendingSince.set(0);
                    });
                }
                try {
                    Thread.sleep(PROBE_EVERY_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** While a post waits: is the FX thread blocked in our code, and what is it doing? */
        private void sample(long waitedNanos) {
            StackTraceElement[] frames = fx.getStackTrace();
            Thread.State state = fx.getState();
            boolean inFilmlens = java.util.Arrays.stream(frames)
                    .anyMatch(f -> f.getClassName().startsWith("org.filmlens."));
            if (inFilmlens && state != Thread.State.RUNNABLE) {
                blockedNanos.addAndGet(PROBE_EVERY_MILLIS * 1_000_000);
            }
            String where = java.util.Arrays.stream(frames).filter(f -> f.getClassName().startsWith("org.filmlens."))
                    .findFirst().map(StackTraceElement::toString)
                    .orElse(frames.length == 0 ? "?" : "(toolkit) " + frames[Math.min(frames.length - 1, 0)]);
            tally.merge(state + " " + where, 1, Integer::sum);
        }
    }

    /** Every pane shown once, a search typed, a passage opened: the window as someone has been using it. */
    private void warmUp(FxRobot robot) throws Exception {
        for (String tab : new String[] {"Character arcs", "Quote browser", "Scenes", "Source reader", "Annotations",
            "Ending explanations"}) {
            robot.clickOn(tab);
        }
        robot.clickOn("#search-field").write("lamp");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.search().hits().isEmpty());
        robot.interact(() -> vm.navigator().openPassage(film.passageId("harbor-review", 2)));
        robot.interact(() -> vm.search().queryProperty().set(""));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
