package org.filmlens.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save killed mid-way leaves its temp file, as large as the file it was writing: the next cleaning removes it
 * at once when the process that wrote it is gone, and leaves a running writer's alone.
 */
class AtomicFilesTest {
    @Test
    void aTempFileOfAProcessNoLongerRunningGoesAtOnce(@TempDir Path dir) throws Exception {
        Process done = new ProcessBuilder("true").start();
        done.waitFor();
        Path target = dir.resolve("corpus.json");
        Path dead = Files.writeString(dir.resolve(".corpus.json." + done.pid() + "-123.tmp"), "half a corpus");
        Path live = Files.writeString(dir.resolve(".corpus.json." + ProcessHandle.current().pid() + "-456.tmp"),
                "a save under way");
        AtomicFiles.deleteStaleTemps(target, Instant.now().minus(Duration.ofHours(1)));
        assertFalse(Files.exists(dead), "its writer is gone");
        assertTrue(Files.exists(live), "its writer is this process, still running");
    }

    @Test
    void aSavesTempFileNamesItsWriter(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("scenes.json");
        try (AtomicFiles.Staged staged = AtomicFiles.stage(target, out -> out.write(new byte[] {'[', ']'}))) {
            try (var temps = Files.list(dir)) {
                assertTrue(temps.anyMatch(t -> t.getFileName().toString()
                        .startsWith(".scenes.json." + ProcessHandle.current().pid() + "-")));
            }
            staged.commit();
        }
        assertTrue(Files.exists(target));
    }
}
