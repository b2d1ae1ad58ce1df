package org.filmlens.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;

/**
 * Posts to the FX thread every few milliseconds and records how long each post waited. Each post is charged with
 * what kept the FX thread from it: the CPU time the FX thread itself spent meanwhile (work done on it) plus the time
 * it was seen waiting inside Filmlens code (a lock or I/O taken on it). Time the thread merely was not scheduled (a
 * busy machine, a GC pause) is not the window's doing and is reported as the wall-clock wait, not charged. While a
 * post waits, the FX thread's stack is sampled, so the worst wait says where the time went. Used by the window's
 * stall test and by the benchmark's responsiveness part.
 */
public final class FxStallProbe {
    /** -Dfilmlens.probe.log=true: every wait over 50 ms wall on stderr, with its time. */
    private static final boolean LOG_LONG_WAITS = Boolean.getBoolean("filmlens.probe.log");
    private static final long JVM_START_NANOS = System.nanoTime()
            - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;
    /** A running FX thread's stack is read at every this many samples (see {@link #sample}). */
    private static final int RUNNING_STACK_EVERY = 4;
    /** How long a post waits before the FX thread is looked at (see {@link #sample}). */
    private static final long LOOK_AFTER_MILLIS = 20;
    private final long everyMillis;
    private int samples;
    private boolean looked;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final AtomicLong worstCharged = new AtomicLong();
    private final AtomicLong worstWall = new AtomicLong();
    private final AtomicLong posts = new AtomicLong();
    private final AtomicLong chargedOver100 = new AtomicLong();
    private final AtomicLong wallOver100 = new AtomicLong();
    private final AtomicLong pendingSince = new AtomicLong();
    private final AtomicLong blockedNanos = new AtomicLong();
    private volatile String worstStack = "";
    /** Where the FX thread was at each sample of the current wait: a tally by Filmlens frame. */
    private final ConcurrentHashMap<String, Integer> tally = new ConcurrentHashMap<>();
    private final Thread thread = new Thread(this::run, "fx-stall-probe");
    private Thread fx;

    public FxStallProbe(long everyMillis) {
        this.everyMillis = everyMillis;
    }

    public void start() throws InterruptedException {
        AtomicReference<Thread> fxThread = new AtomicReference<>();
        CountDownLatch found = new CountDownLatch(1);
        Platform.runLater(() -> {
            fxThread.set(Thread.currentThread());
            found.countDown();
        });
        found.await();
        fx = fxThread.get();
        thread.setDaemon(true);
        thread.start();
    }

    public void stop() throws InterruptedException {
        thread.interrupt();
        thread.join();
    }

    /** The FX thread's CPU time so far. */
    public long fxCpuNanos() {
        return threads.getThreadCpuTime(fx.getId());
    }

    /** The longest wait charged to the window (FX-thread CPU or blocking in Filmlens code), in ms. */
    public long worstMillis() {
        return worstCharged.get();
    }

    /** The longest wall-clock wait of a post, machine load included, in ms. */
    public long worstWallMillis() {
        return worstWall.get();
    }

    public long posts() {
        return posts.get();
    }

    /** Posts charged more than 100 ms. */
    public long chargedOver100() {
        return chargedOver100.get();
    }

    /** Posts that waited more than 100 ms of wall-clock time. */
    public long wallOver100() {
        return wallOver100.get();
    }

    public String report() {
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
                post(now);
            }
            try {
                Thread.sleep(everyMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void post(long now) {
        long cpuAtPost = threads.getThreadCpuTime(fx.getId());
        blockedNanos.set(0);
        tally.clear();
        samples = 0;
        looked = false;
        Platform.runLater(() -> {
            long cpu = threads.getCurrentThreadCpuTime() - cpuAtPost;
            long charged = (cpu + blockedNanos.get()) / 1_000_000;
            long wall = (System.nanoTime() - now) / 1_000_000;
            posts.incrementAndGet();
            if (charged > 100) {
                chargedOver100.incrementAndGet();
            }
            if (wall > 100) {
                wallOver100.incrementAndGet();
            }
            if (LOG_LONG_WAITS && wall > 50) {
                // JVM uptime at the post, to line up with -Xlog's uptime decorations
                System.err.printf("fx-wait: posted at uptime %.3f s, wall %d ms, charged %d ms%n",
                        (now - JVM_START_NANOS) / 1e9, wall, charged);
            }
            if (charged > worstCharged.get()) {
                worstCharged.set(charged);
                worstStack = tally.entrySet().stream()
                        .sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
                        .map(e -> "    " + e.getValue() + " × " + e.getKey() + "\n")
                        .reduce("", String::concat);
            }
            worstWall.accumulateAndGet(wall, Math::max);
            pendingSince.set(0);
        });
    }

    /**
     * While a post waits: is the FX thread blocked in our code, and what is it doing? Reading another thread's
     * stack stops the whole JVM at a safepoint (a thread dump), which on a loaded machine takes tens of ms and
     * would lengthen the very waits measured. So the thread is looked at only once a wait has lasted
     * {@link #LOOK_AFTER_MILLIS} (most end sooner), and a running FX thread (its CPU time is charged anyway) only
     * every few samples, for the report of where the time went. A thread found blocked in Filmlens code at the
     * first look is charged the whole wait so far, as if it had been blocked since the post: the probe errs
     * towards charging the window.
     */
    private void sample(long waitedNanos) {
        if (waitedNanos < LOOK_AFTER_MILLIS * 1_000_000) {
            return;
        }
        Thread.State state = fx.getState();
        boolean running = state == Thread.State.RUNNABLE;
        if (running && samples++ % RUNNING_STACK_EVERY != 0) {
            return;
        }
        StackTraceElement[] frames = fx.getStackTrace();
        boolean inFilmlens = Arrays.stream(frames).anyMatch(f -> f.getClassName().startsWith("org.filmlens."));
        if (inFilmlens && !running) {
            blockedNanos.addAndGet(looked ? everyMillis * 1_000_000 : waitedNanos);
        }
        looked = true;
        String where = Arrays.stream(frames).filter(f -> f.getClassName().startsWith("org.filmlens."))
                .findFirst().map(StackTraceElement::toString)
                .orElse(frames.length == 0 ? "?" : "(toolkit) " + frames[0]);
        tally.merge(state + " " + where, 1, Integer::sum);
    }
}
