package org.filmlens.bench;

import java.lang.management.ManagementFactory;
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
}
