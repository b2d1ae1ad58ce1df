package org.filmlens.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies of an ingested workspace for tests that damage or change one without touching the original. */
public final class FolderCopies {
    private FolderCopies() {}

    /** Copies the folder {@code from}, with everything in it, to {@code to}. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
