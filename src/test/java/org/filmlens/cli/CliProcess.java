package org.filmlens.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs Filmlens as a user does: a separate java process, its stdout and stderr captured whole. */
final class CliProcess {
    private CliProcess() {}

    record Run(int exit, String out, String err) {}

    static Run run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.filmlens.Main"));
        cmd.addAll(List.of(args));
        // Files, not pipes: a child that fills one pipe while we read the other would never finish.
        Path out = Files.createTempFile("filmlens-out", ".txt");
        Path err = Files.createTempFile("filmlens-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            int exit = p.waitFor();
            return new Run(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
