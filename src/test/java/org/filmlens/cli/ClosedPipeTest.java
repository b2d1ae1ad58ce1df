package org.filmlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader that stops early ({@code filmlens passages | head}) is no failure: the command exits 0 without a message,
 * as Unix tools do, while output a full disk cuts short is one (CliContractTest).
 */
class ClosedPipeTest {
    @Test
    void aReaderThatStopsEarlyIsNoFailure(@TempDir Path dir) throws Exception {
        Path ws = dir.resolve("ws");
        assertEquals(0, CliProcess.run("ingest", "samples/her-2013/her-2013-web-pages.txt", "--workspace",
                ws.toString()).exit());
        Path err = dir.resolve("err.txt");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.filmlens.Main", "passages", "--json", "--workspace",
                ws.toString());
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
        try (InputStream out = p.getInputStream()) {
            byte[] first = out.readNBytes(100); // then the reader goes away, as head does
            assertEquals(100, first.length);
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command ended");
        assertEquals(0, p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
        assertEquals("", Files.readString(err, StandardCharsets.UTF_8).strip());
    }
}
