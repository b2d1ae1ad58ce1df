package org.filmlens.corpus.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class TaskResultTest {
    private static <T> CompletableFuture<T> failed(Throwable t) {
        return CompletableFuture.failedFuture(t);
    }

    private static <T> T await(CompletableFuture<T> f) throws IOException, InterruptedException {
        return TaskResult.await(f, IOException.class, IOException::new);
    }

    @Test
    void givesTheResult() throws Exception {
        assertEquals("done", await(CompletableFuture.completedFuture("done")));
    }

    @Test
    void theCallersOwnCheckedExceptionComesBackAsThrown() {
        IOException thrown = new IOException("disk full");
        assertSame(thrown, assertThrows(IOException.class, () -> await(failed(thrown))));
    }

    @Test
    void uncheckedExceptionsAndErrorsComeBackAsThrown() {
        IllegalStateException bug = new IllegalStateException("bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> await(failed(bug))));
        OutOfMemoryError oom = new OutOfMemoryError("heap");
        assertSame(oom, assertThrows(OutOfMemoryError.class, () -> await(failed(oom))));
    }

    @Test
    void anotherCheckedExceptionIsWrapped() {
        SQLException other = new SQLException("elsewhere");
        IOException wrapped = assertThrows(IOException.class, () -> await(failed(other)));
        assertSame(other, wrapped.getCause());
    }
}
