package org.filmlens.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files of a benchmark corpus folder (as made by scale_corpus.py), in name order. */
record CorpusFiles(Path folder, List<Path> files, long bytes) {
    static CorpusFiles of(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + ": no such corpus folder (bench/run.sh makes it)");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException(folder + ": holds no .txt files");
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        return new CorpusFiles(folder, files, bytes);
    }

    double megabytes() {
        return bytes / 1e6;
    }
}
