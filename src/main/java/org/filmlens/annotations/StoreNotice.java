package org.filmlens.annotations;

import java.nio.file.Path;

/**
 * Something the store did on its own that the user must be told about (the window shows it, the command line prints
 * it on stderr): a damaged file set aside, a backup restored.
 *
 * @param keptAt where the damaged file now lies, or null
 */
public record StoreNotice(Kind kind, String message, Path keptAt) {
    public enum Kind {
        /** annotations.json was damaged; it was set aside and the backup restored. */
        RESTORED_FROM_BACKUP,
        /** annotations.json was damaged and there was no usable backup; it was set aside, the store starts empty. */
        DAMAGED_WITHOUT_BACKUP,
        /** annotations.json was missing but a backup was there; the backup was restored. */
        MISSING_RESTORED,
        /** annotations.json held one id twice; the later annotation got a new id. */
        DUPLICATE_ID_RENAMED,
        /** annotations.json held annotations that could not be read; the others were kept, the file set aside. */
        DAMAGED_ENTRIES_SET_ASIDE
    }
}
