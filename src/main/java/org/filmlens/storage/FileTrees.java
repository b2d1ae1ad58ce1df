package org.filmlens.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders the program made for itself (a side index, a build's parts) and removes again. */
public final class FileTrees {
    private FileTrees() {}

    /**
     * Deletes {@code root} and everything in it, as far as it can: what is left is only disk space in a folder of
     * our own, retried next time, and the caller's own outcome is what a user needs to hear about.
     */
    public static void deleteQuietly(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // go on with the rest
                }
            }
        } catch (IOException | UncheckedIOException ignored) {
            // the folder could not be walked: leave it
        }
    }
}
