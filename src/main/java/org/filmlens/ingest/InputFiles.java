package org.filmlens.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the paths given to ingest into files, folders into their .txt and .html files in a stable order. */
final class InputFiles {
    static final long MAX_BYTES = 512L * 1024 * 1024;

    private InputFiles() {
    }

    static List<Path> expand(List<Path> paths) throws IngestException {
        if (paths == null || paths.isEmpty()) {
            throw new IngestException("nothing to ingest: no file or folder given");
        }
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> inFolder = folder(p);
                if (inFolder.isEmpty()) {
                    throw new IngestException(p + ": folder has no .txt or .html files to ingest");
                }
                files.addAll(inFolder);
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IngestException(p + ": no such file or folder");
            }
        }
        for (Path f : files) {
            try {
                if (Files.size(f) > MAX_BYTES) {
                    throw new IngestException(f + ": file too large (over " + MAX_BYTES / (1024 * 1024) + " MB)");
                }
            } catch (IOException e) {
                throw new IngestException(f + ": cannot read (" + e.getMessage() + ")", e);
            }
        }
        return files;
    }

    /** Symbolic links are followed (a folder of links, or a linked folder, is what the user points at); a loop fails. */
    private static List<Path> folder(Path dir) throws IngestException {
        try (Stream<Path> s = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> isIngestible(f) && !f.getFileName().toString().startsWith("."))
                    .sorted((a, b) -> dir.relativize(a).toString().compareTo(dir.relativize(b).toString()))
                    .toList();
        } catch (IOException e) {
            throw new IngestException(dir + ": cannot list folder (" + e.getMessage() + ")", e);
        } catch (UncheckedIOException e) { // what the walk's stream throws for a loop or an unreadable subfolder
            throw new IngestException(dir + ": cannot list folder (" + e.getCause().getMessage() + ")", e);
        }
    }

    static boolean isIngestible(Path f) {
        return isHtml(f) || f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    static boolean isHtml(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm");
    }
}
