package org.filmlens.ui.common;

import java.util.concurrent.Callable;

/**
 * Runs long background work, such as an import, at the lowest thread priority, so that the window's own threads
 * (the FX thread and the renderer) win a core when the work's pools hold both: threads inherit the priority of
 * the thread that starts them, so the pools the work starts give way too (the import's pools make plain threads;
 * the JDK's default thread factory would reset them to normal). It costs the work nothing on an
 * otherwise idle machine: a priority only decides who waits when threads compete. Where the OS honours Java
 * priorities (Windows; Linux when the JVM runs with -XX:ThreadPriorityPolicy=1) it takes effect; elsewhere it is
 * a no-op.
 */
public final class GivingWay {
    private GivingWay() {}

    public static <T> T call(Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        int before = thread.getPriority();
        thread.setPriority(Thread.MIN_PRIORITY);
        try {
            return work.call();
        } finally {
            thread.setPriority(before);
        }
    }
}
