package org.filmlens.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap of one benchmark phase, two ways: the largest heap in use seen by a 5 ms sampler (garbage included, so
 * what the heap must hold at its fullest), and the largest heap still in use right after a collection (the live set,
 * what a smaller -Xmx would have to fit). Under a generational collector without concurrent marking (the throughput
 * and serial collectors) only its full collections count for the live set, when it made any: after its young
 * collections the old generation still holds whatever died there since the last full one (without a full
 * collection the figure after young ones stands, which can only overstate the live set).
 */
final class HeapWatch implements AutoCloseable {
    private final AtomicLong maxUsed = new AtomicLong();
    private final AtomicLong maxAfterGc = new AtomicLong();
    private final AtomicLong maxAfterFullGc = new AtomicLong(-1);
    /** Whether the collector is one whose young collections leave the old generation's garbage in place. */
    private final boolean liveOnlyAfterFullGc;
    private final Thread sampler;
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private final Set<String> heapPools = new HashSet<>();
    private volatile boolean running = true;

    private HeapWatch() {
        sampler = new Thread(this::sample, "heap-watch");
        sampler.setDaemon(true);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        liveOnlyAfterFullGc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .anyMatch(gc -> gc.getName().equals("PS MarkSweep") || gc.getName().equals("MarkSweepCompact"));
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = this::afterGc;
                emitter.addNotificationListener(listener, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (Exception ignored) {
                        // the JVM is shutting the bean down; nothing to undo
                    }
                });
            }
        }
    }

    static HeapWatch start() {
        System.gc();
        HeapWatch w = new HeapWatch();
        w.sampler.start();
        return w;
    }

    private void sample() {
        while (running) {
            maxUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void afterGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long before = heapOnly(info.getGcInfo().getMemoryUsageBeforeGc());
        long after = heapOnly(info.getGcInfo().getMemoryUsageAfterGc());
        maxUsed.accumulateAndGet(before, Math::max);
        maxAfterGc.accumulateAndGet(after, Math::max);
        if (liveOnlyAfterFullGc && "end of major GC".equals(info.getGcAction())) {
            maxAfterFullGc.accumulateAndGet(after, Math::max);
        }
    }

    /** GC info lists every pool; metaspace and code cache are not heap. */
    private long heapOnly(Map<String, MemoryUsage> byPool) {
        long sum = 0;
        for (Map.Entry<String, MemoryUsage> e : byPool.entrySet()) {
            if (heapPools.contains(e.getKey())) {
                sum += e.getValue().getUsed();
            }
        }
        return sum;
    }

    long maxUsedMb() {
        return maxUsed.get() >> 20;
    }

    long maxLiveAfterGcMb() {
        long full = maxAfterFullGc.get();
        return (full >= 0 ? full : maxAfterGc.get()) >> 20;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        unsubscribe.forEach(Runnable::run);
    }
}
