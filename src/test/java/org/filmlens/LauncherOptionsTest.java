package org.filmlens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** What bin/filmlens gives the JVM, read from a stand-in java that prints its arguments. */
@DisabledOnOs(OS.WINDOWS)
class LauncherOptionsTest {
    @TempDir
    Path tmp;
    private Path fakeJava;
    private Path jar;

    @BeforeEach
    void standIns() throws IOException {
        fakeJava = tmp.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));
        jar = Files.createFile(tmp.resolve("filmlens.jar"));
    }

    @Test
    void aCommandsHeapIsSizedByTheJvmAndItRunsTheThroughputCollector() throws Exception {
        List<String> args = launch(Map.of(), "search", "love");
        assertTrue(args.contains("-XX:+UseParallelGC"), args.toString());
        assertFalse(args.contains("-Xms32m"), args.toString());
        assertFalse(args.stream().anyMatch(a -> a.contains("HeapFreeRatio")), args.toString());
        assertFalse(args.contains("-XX:TieredStopAtLevel=1"), args.toString());
        assertEquals(List.of("-jar", jar.toString(), "search", "love"), args.subList(args.size() - 4, args.size()));
    }

    @Test
    void theWindowsHeapStartsSmallAndGivesMemoryBack() throws Exception {
        List<String> args = launch(Map.of(), "--workspace", tmp.resolve("ws").toString());
        assertTrue(args.containsAll(List.of("-Xms32m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
                "-XX:TieredStopAtLevel=1")), args.toString());
        assertFalse(args.contains("-XX:+UseParallelGC"), args.toString());
    }

    @Test
    void theWindowCompilesOnOneThreadOnTwoCoresOrFewer() throws Exception {
        String ws = tmp.resolve("ws").toString();
        assertTrue(launch(cores("2"), "--workspace", ws).contains("-XX:CICompilerCount=1"), "two cores");
        assertTrue(launch(cores("1"), "--workspace", ws).contains("-XX:CICompilerCount=1"), "one core");
        assertFalse(launch(cores("8"), "--workspace", ws).contains("-XX:CICompilerCount=1"), "eight cores");
        assertFalse(launch(cores(""), "--workspace", ws).contains("-XX:CICompilerCount=1"), "cores unknown");
        assertFalse(launch(cores("2"), "search", "love").contains("-XX:CICompilerCount=1"), "a command keeps both");
        // the JVM refuses to start with one compiler thread beside both compilers: compilers named in JAVA_OPTS
        // are the user's choice
        for (String opts : List.of("-XX:TieredStopAtLevel=4", "-XX:+TieredCompilation", "-XX:-TieredCompilation",
                "-XX:CICompilerCount=3")) {
            Map<String, String> env = new java.util.HashMap<>(cores("2"));
            env.put("JAVA_OPTS", opts);
            List<String> named = launch(env, "--workspace", ws);
            assertFalse(named.contains("-XX:CICompilerCount=1"), opts + ": " + named);
            assertTrue(named.contains(opts), named.toString());
        }
    }

    /** An environment whose {@code getconf} says the machine has {@code count} cores (nothing when empty). */
    private Map<String, String> cores(String count) throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("getconf-" + (count.isEmpty() ? "none" : count)));
        Path getconf = bin.resolve("getconf");
        Files.writeString(getconf, "#!/bin/sh\n" + (count.isEmpty() ? "exit 1\n" : "echo " + count + "\n"));
        Files.setPosixFilePermissions(getconf, PosixFilePermissions.fromString("rwxr-xr-x"));
        return Map.of("PATH", bin + ":" + System.getenv("PATH"));
    }

    @Test
    void aCollectorNamedInJavaOptsIsTheOnlyOne() throws Exception {
        List<String> args = launch(Map.of("JAVA_OPTS", "-XX:+UseNUMA -XX:+UseG1GC"), "search", "love");
        assertTrue(args.contains("-XX:+UseG1GC"), args.toString());
        assertFalse(args.contains("-XX:+UseParallelGC"), args.toString());
    }

    private List<String> launch(Map<String, String> env, String... command) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("sh", Path.of("bin/filmlens").toAbsolutePath().toString()));
        cmd.addAll(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("FILMLENS_JAVA", fakeJava.toString());
        pb.environment().put("FILMLENS_JAR", jar.toString());
        pb.environment().put("FILMLENS_CDS", "0");
        pb.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }
}
