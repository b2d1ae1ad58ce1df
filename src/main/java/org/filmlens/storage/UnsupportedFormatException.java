package org.filmlens.storage;

import java.nio.file.Path;

/**
 * The file is intact but in a format this build cannot read (written by a newer Filmlens, or too old to migrate).
 * Unlike damage, this must never trigger recovery: the file is left exactly as it is.
 */
public class UnsupportedFormatException extends StorageException {
    public UnsupportedFormatException(Path file, String message) {
        super(file, message);
    }
}
