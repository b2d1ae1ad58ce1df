package org.filmlens.ui;

import com.sun.javafx.tk.RenderJob;
import com.sun.javafx.tk.Toolkit;
import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Prints how long after the JVM started the window reached each startup milestone, on stderr, when run with
 * {@code -Dfilmlens.startupTiming=true} (how the 1 s startup budget is measured).
 */
final class StartupTiming {
    static final String PROPERTY = "filmlens.startupTiming";
    /** Also counts the nodes a painted milestone's frame holds (not in the benchmark's runs: it is FX work). */
    static final String CENSUS_PROPERTY = "filmlens.startupCensus";
    private static final Set<String> marked = ConcurrentHashMap.newKeySet();

    private StartupTiming() {}

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    static void mark(String milestone) {
        if (enabled()) {
            long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            // CPU time of the whole process (all threads): on a busy machine wall-clock time says more about the
            // machine than about Filmlens; and of the thread that reached the milestone
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
            long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            System.err.println("filmlens startup: " + milestone + " at " + since + " ms after JVM start (process CPU "
                    + cpu + " ms; " + Thread.currentThread().getName() + " " + thread + " ms)");
        }
    }

    /** Marks a milestone the first time only. */
    static void markOnce(String milestone) {
        if (enabled() && marked.add(milestone)) {
            mark(milestone);
        }
    }

    /**
     * Marks a milestone (once) when what the FX thread has put in {@code scene} so far is painted on screen, not
     * merely laid out: a pulse lays the scene out, then hands its painting to the render thread; a render job queued
     * after that pulse runs once that frame is painted. {@code laidOut} marks the end of that pulse (a name that
     * does not contain the milestone's, which the benchmark looks for).
     */
    static void markOncePainted(Scene scene, String laidOut, String milestone) {
        if (!enabled() || marked.contains(milestone)) {
            return;
        }
        Runnable afterLayout = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(() -> {
                    markOnce(laidOut);
                    if (Boolean.getBoolean(CENSUS_PROPERTY) && !marked.contains(milestone)) {
                        System.err.println("filmlens startup: " + laidOut + " with " + SceneCensus.of(scene));
                    }
                    Toolkit.getToolkit().addRenderJob(new RenderJob(() -> markOnce(milestone)));
                });
            }
        };
        scene.addPostLayoutPulseListener(afterLayout);
        Platform.requestNextPulse();
    }
}
