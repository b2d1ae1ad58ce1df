package org.filmlens.storage;

import java.io.IOException;
import java.nio.file.Path;

/** A file of the workspace could not be read or written; the message says which file and why. */
public class StorageException extends IOException {
    private final transient Path file;

    public StorageException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public StorageException(Path file, String message) {
        this(file, message, null);
    }

    public Path file() {
        return file;
    }
}
