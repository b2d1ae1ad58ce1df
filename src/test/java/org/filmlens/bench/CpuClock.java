package org.filmlens.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.lang.management.ThreadMXBean;

/**
 * CPU time beside wall time. The benchmark machine is shared, so wall time includes waiting for a core; CPU time
 * (of this thread for a search, of the whole process for an ingest, GC and JIT included) does not.
 */
final class CpuClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuClock() {}

    static long threadNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** The CPU time of every live Java thread: the work itself, without the collector's and compilers' threads. */
    static long liveThreadsNanos() {
        long sum = 0;
        for (long id : THREADS.getAllThreadIds()) {
            sum += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return sum;
    }

    static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * The process's CPU by kind of thread, from /proc (Linux; empty elsewhere), in milliseconds at the kernel's 10 ms
     * tick: "C2" and "C1" (the JIT compilers), "GC" (the collector) and "other" (the work itself and the rest), so a
     * stage's run can say how much of its CPU was compiling it.
     */
    static Map<String, Long> byThreadKind() {
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(stat.indexOf('(') + 1, close);
                    String[] f = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                    String kind = name.startsWith("C2 Compiler") ? "C2" : name.startsWith("C1 Compiler") ? "C1"
                            : name.contains("GC Thread") || name.startsWith("VM Thread") ? "GC" : "other";
                    out.merge(kind, ticks * 10, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return out;
    }
}
