package org.filmlens.ui;

import com.sun.javafx.tk.RenderJob;
import com.sun.javafx.tk.Toolkit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
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

    /**
     * Prints when {@code milestone} was reached. The thread that reached it only notes the time and hands the
     * line to a printer thread: Java's management beans (JVM start, thread CPU) take a cold JVM tens of
     * milliseconds to set up, which were otherwise spent on the main thread before the toolkit could start.
     */
    static void mark(String milestone) {
        if (enabled()) {
            Printer.MARKS.add(new Mark(milestone, System.currentTimeMillis(), Thread.currentThread()));
        }
    }

    private record Mark(String milestone, long atMillis, Thread thread) {}

    /** Prints the marks in order, with the CPU time used so far (read when printing, a moment after the mark). */
    private static final class Printer implements Runnable {
        static final BlockingQueue<Mark> MARKS = new LinkedBlockingQueue<>();

        static {
            Thread t = new Thread(new Printer(), "filmlens-startup-timing");
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void run() {
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            try {
                while (true) {
                    Mark m = MARKS.take();
                    // CPU time of the whole process (all threads): on a busy machine wall-clock time says more
                    // about the machine than about Filmlens; and of the thread that reached the milestone
                    long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
                    long threadNanos = threads.getThreadCpuTime(m.thread().getId()); // -1 once it has ended
                    StringBuilder line = new StringBuilder("filmlens startup: ").append(m.milestone()).append(" at ")
                            .append(m.atMillis() - jvmStart).append(" ms after JVM start (process CPU ").append(cpu)
                            .append(" ms; ").append(m.thread().getName());
                    if (threadNanos >= 0) {
                        line.append(' ').append(threadNanos / 1_000_000).append(" ms");
                    }
                    System.err.println(line.append(')'));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
