package org.filmlens.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The window's command line: at most {@code --workspace DIR} (or {@code --workspace=DIR}). */
record LaunchOptions(Optional<Path> workspace) {
    static LaunchOptions parse(List<String> args) {
        Path ws = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--workspace")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--workspace needs a folder");
                }
                ws = Path.of(args.get(++i));
            } else if (a.startsWith("--workspace=")) {
                ws = Path.of(a.substring("--workspace=".length()));
            } else {
                throw new IllegalArgumentException("unknown option for the window: " + a);
            }
        }
        return new LaunchOptions(Optional.ofNullable(ws));
    }
}
