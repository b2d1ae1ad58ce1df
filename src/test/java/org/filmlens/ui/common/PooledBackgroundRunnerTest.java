package org.filmlens.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Whatever the background work throws reaches its error callback on the FX thread, and the pool carries on. */
@ExtendWith(ApplicationExtension.class)
class PooledBackgroundRunnerTest {
    @Start
    void start(Stage stage) {
        // the toolkit is all these tests need
    }

    @Test
    void runningOutOfMemoryIsReportedOnTheFxThreadInsteadOfEndingTheWorkSilently() throws Exception {
        try (PooledBackgroundRunner runner = new PooledBackgroundRunner(1)) {
            CompletableFuture<Throwable> failed = new CompletableFuture<>();
            runner.<String>submit(() -> {
                throw new OutOfMemoryError("Java heap space");
            }, ok -> failed.complete(null), error -> {
                assertTrue(Platform.isFxApplicationThread());
                failed.complete(error);
            });
            Throwable error = failed.get(10, TimeUnit.SECONDS);
            assertInstanceOf(OutOfMemoryError.class, error);
            assertTrue(ErrorMessages.oneLine(error).contains("ran out of memory"), ErrorMessages.oneLine(error));

            CompletableFuture<String> next = new CompletableFuture<>();
            runner.submit(() -> "still working", next::complete, next::completeExceptionally);
            assertEquals("still working", next.get(10, TimeUnit.SECONDS));
        }
    }
}
