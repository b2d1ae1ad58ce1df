package org.filmlens.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The raw figures of one benchmark run: one {@code key<TAB>value} line each, appended by every benchmark process
 * (and by bench/run.sh for the peak resident memory it reads from /usr/bin/time), read back by {@link Report}.
 */
final class Results {
    private final Path file;

    Results(Path file) {
        this.file = file;
    }

    void put(String key, double value) {
        put(key, String.format(Locale.ROOT, "%.3f", value));
    }

    void put(String key, String value) {
        String line = key + "\t" + value.replace('\t', ' ').replace('\n', ' ') + "\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot record a result (" + e.getMessage() + ")", e);
        }
        System.err.println("  " + key + " = " + value);
    }

    /** The last value recorded for each key (a re-run of one part replaces its figures). */
    static Map<String, String> read(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return values;
        }
        List<String> lines = Files.readAllLines(file);
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                values.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return values;
    }
}
